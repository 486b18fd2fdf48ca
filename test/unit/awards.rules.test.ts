import { expect } from 'chai';
import { computeResults, type SecretaryInput } from '../../server/modules/evaluation/evaluation.rules.js';
import { awardGroups, selectAwardees, selectInGroups, streetQuotas, type StreetSize } from '../../server/modules/evaluation/awards.rules.js';
import { eligibleProjects } from '../../server/modules/evaluation/project-awards.rules.js';
import { addWorkingDays, noticeOpen, noticePeriod } from '../../server/modules/evaluation/notice.rules.js';
import { resolveRules, rulesHash } from '../../server/modules/evaluation/cycle-rules.js';
import type { CycleDoc } from '../../models/evaluation.model.js';

const IND = [{ key: 'a', name: '党员管得住', weight: 1 }];
const SRC = [
  { key: 'mentor', name: '大梁实地评估', weight: 0.4 },
  { key: 'resident', name: '群众线上打分', weight: 0.3 },
  { key: 'department', name: '街镇部门综合测评', weight: 0.3 },
];
const minimums = { mentor: 2, resident: 30, department: 1 };
const tally = (count: number, mean: number) => ({ count, sums: { a: count * mean } });
const sec = (id: string, street: string, mentor: number, resident: number, department = 80, residents = 30): SecretaryInput => ({
  secretaryId: id, displayName: id, streetId: street,
  tallies: { mentor: tally(2, mentor), resident: tally(residents, resident), department: tally(1, department) },
});
const street = (streetId: string, code: string, communities: number): StreetSize => ({ streetId, code, name: streetId, communities });

/** A seeded shuffle (mulberry32): the same seed gives the same order, every seed a different one. */
function shuffled<T>(items: T[], seed: number): T[] {
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('street quotas (largest remainder)', () => {
  it('when 53 places are shared among 10 streets of 278 communities, then they sum to 53 and each is its share rounded down or up', () => {
    const sizes = [40, 35, 32, 30, 28, 27, 25, 22, 20, 19].map((c, i) => street(`s${i}`, `S${String(i).padStart(2, '0')}`, c));
    const quotas = streetQuotas(53, sizes);
    expect(quotas.reduce((n, q) => n + q.quota, 0)).to.equal(53);
    for (const q of quotas) expect(q.quota).to.be.oneOf([Math.floor((53 * q.communities) / 278), Math.ceil((53 * q.communities) / 278)]);
    expect(quotas.map((q) => q.quota)).to.deep.equal([8, 7, 6, 6, 5, 5, 5, 4, 4, 3]);
  });

  it('when the shares are 4.2, 2.1 and 0.7, then the one place left goes to the largest remainder: 4, 2, 1', () => {
    expect(streetQuotas(7, [street('a', 'A', 6), street('b', 'B', 3), street('c', 'C', 1)]).map((q) => [q.code, q.quota, q.exact]))
      .to.deep.equal([['A', 4, 4.2], ['B', 2, 2.1], ['C', 1, 0.7]]);
  });

  it('when remainders are equal, then street code decides (ascending), whatever the input order; a street without communities gets none', () => {
    const sizes = [street('x', 'S2', 1), street('y', 'S3', 1), street('z', 'S1', 1), street('e', 'S0', 0)];
    for (const seed of [1, 2, 3, 4]) {
      expect(streetQuotas(5, shuffled(sizes, seed)).map((q) => [q.code, q.quota])).to.deep.equal([['S0', 0], ['S1', 2], ['S2', 2], ['S3', 1]]);
    }
  });
});

describe('selecting the awardees', () => {
  // 12 secretaries over two streets; f and g tie on every score at the cut-off (place 5 / 6).
  const inputs = [
    sec('a', 's1', 95, 90), sec('b', 's1', 90, 90), sec('c', 's2', 88, 85), sec('d', 's2', 85, 85), sec('g', 's1', 80, 80),
    sec('f', 's2', 80, 80), sec('h', 's1', 70, 70), sec('i', 's2', 65, 65), sec('j', 's1', 60, 60), sec('k', 's2', 55, 55),
    sec('lone', 's1', 100, 100, 100, 1), // 证据不足: one resident score
    { secretaryId: 'nostreet', displayName: 'nostreet', streetId: null, tallies: sec('x', '', 99, 99).tallies },
  ];
  const results = computeResults(IND, SRC, inputs, { minimums });

  it('when the inputs are shuffled, then the list, its places and the tie at the cut-off come out identical', () => {
    const reference = selectAwardees(results, [{ key: 'district', quota: 6 }]).holders.map((h) => [h.place, h.result.secretaryId]);
    expect(reference).to.deep.equal([[1, 'nostreet'], [2, 'a'], [3, 'b'], [4, 'c'], [5, 'd'], [6, 'f']]);
    for (let seed = 1; seed <= 25; seed++) {
      expect(selectAwardees(shuffled(results, seed), [{ key: 'district', quota: 6 }]).holders.map((h) => [h.place, h.result.secretaryId])).to.deep.equal(reference);
    }
  });

  it('when a secretary is below an evidence minimum, then she is not in the pool even with the best score', () => {
    const { pool, holders } = selectAwardees(results, [{ key: 'district', quota: 53 }]);
    expect(pool.map((x) => x.result.secretaryId)).not.to.include('lone');
    expect(holders).to.have.length(11);
  });

  it('when places are by street, then each street fills its own quota in order, a secretary without a street is out, and a short street is reported unfilled', () => {
    const quotas = [{ ...street('s1', 'S1', 3), exact: 3, quota: 3 }, { ...street('s2', 'S2', 2), exact: 2, quota: 6 }];
    const selection = selectAwardees(shuffled(results, 7), awardGroups(9, quotas));
    expect(selection.holders.map((h) => [h.place, h.result.secretaryId, h.group])).to.deep.equal([
      [1, 'a', 's1'], [2, 'b', 's1'], [3, 'c', 's2'], [4, 'd', 's2'], [5, 'f', 's2'], [6, 'g', 's1'], [7, 'i', 's2'], [8, 'k', 's2'],
    ]);
    expect(selection.unfilled).to.deep.equal([{ group: 's2', quota: 6, filled: 5 }]);
    expect(selection.pool.map((x) => x.result.secretaryId)).not.to.include('nostreet');
  });
});

describe('公示 working days', () => {
  it('when published on Friday 2026-11-20, then 5 working days run Monday to Friday and end at 24:00 on 2026-11-27 in Shanghai', () => {
    const period = noticePeriod(new Date('2026-11-20T10:00:00+08:00'), 5);
    expect(period.lastDay).to.equal('2026-11-27');
    expect(period.endsAt.toISOString()).to.equal('2026-11-27T15:59:59.999Z');
    expect(noticeOpen(period, new Date('2026-11-27T23:59:59+08:00'))).to.equal(true);
    expect(noticeOpen(period, new Date('2026-11-28T00:00:00+08:00'))).to.equal(false);
    expect(noticeOpen(period, new Date('2026-11-20T09:59:59+08:00'))).to.equal(false);
  });

  it('when published on a Wednesday, a Saturday, or early on a Shanghai day that is still the day before in UTC, then the count starts the next Shanghai day', () => {
    expect(addWorkingDays('2026-11-25', 5)).to.equal('2026-12-02');
    expect(addWorkingDays('2026-11-21', 5)).to.equal('2026-11-27');
    expect(noticePeriod(new Date('2026-11-20T00:30:00+08:00'), 5).lastDay).to.equal('2026-11-27');
    expect(noticePeriod(new Date('2026-11-19T23:30:00+08:00'), 1).lastDay).to.equal('2026-11-20');
  });

  it('when holidays are given, then they do not count (public holidays are not built in)', () => {
    expect(addWorkingDays('2026-11-25', 5, new Set(['2026-11-26']))).to.equal('2026-12-03');
    expect(addWorkingDays('2026-09-30', 5, new Set(['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07']))).to.equal('2026-10-14');
  });
});

describe('selecting the most popular projects', () => {
  const project = (projectId: string, streetId: string, score: number, votes: number) => ({ projectId, streetId, score, votes });
  // p2 and p3 tie on score and votes at the cut-off; p4 ties p1 on score with fewer votes; few has the best score on 3 votes.
  const ranked = [
    project('p1', 's1', 4.8, 100), project('p4', 's2', 4.8, 60), project('p3', 's1', 4.5, 40), project('p2', 's2', 4.5, 40),
    project('few', 's1', 4.9, 3), project('p5', 's2', 4.1, 30), project('none', 's1', 4.3, 0),
  ];

  it('when the ranking comes in any order, then the eligible projects, the places and the tie at the cut-off come out identical: score, then votes, then id', () => {
    const pick = (items: typeof ranked) => selectInGroups(eligibleProjects(items, 30).eligible, [{ key: 'district', quota: 3 }]).holders.map((h) => [h.place, h.result.projectId]);
    expect(pick(ranked)).to.deep.equal([[1, 'p1'], [2, 'p4'], [3, 'p2']]);
    for (let seed = 1; seed <= 25; seed++) expect(pick(shuffled(ranked, seed))).to.deep.equal([[1, 'p1'], [2, 'p4'], [3, 'p2']]);
  });

  it('when a project has fewer votes than the minimum, then it is excluded with the reason, even with the best score; one without votes is neither', () => {
    const { eligible, excluded } = eligibleProjects(ranked, 30);
    expect(eligible.map((p) => p.projectId)).to.deep.equal(['p1', 'p4', 'p2', 'p3', 'p5']);
    expect(excluded.map((e) => e.project.projectId)).to.deep.equal(['few']);
    expect(excluded[0].reason).to.include('3 票').and.include('30 票');
    expect(eligibleProjects(ranked, 31).eligible.map((p) => p.projectId)).to.deep.equal(['p1', 'p4', 'p2', 'p3']);
  });

  it('when places are shared by street, then each street takes its quota of its own projects in order', () => {
    const { holders, pool, unfilled } = selectInGroups(eligibleProjects(ranked, 30).eligible, awardGroups(4, [
      { ...street('s1', 'S1', 1), exact: 2, quota: 2 }, { ...street('s2', 'S2', 1), exact: 2, quota: 2 },
    ]));
    expect(holders.map((h) => [h.place, h.result.projectId, h.group])).to.deep.equal([[1, 'p1', 's1'], [2, 'p4', 's2'], [3, 'p2', 's2'], [4, 'p3', 's1']]);
    expect(pool.map((x) => x.result.projectId)).to.deep.equal(['p1', 'p4', 'p2', 'p3', 'p5']);
    expect(unfilled).to.deep.equal([]);
  });
});

describe('frozen rules', () => {
  const cycle = { indicators: IND, sources: SRC, scale: { min: 0, max: 100 }, minimums: { resident: 10 }, awards: { total: 20 } } as unknown as CycleDoc;

  it('when a cycle lacks settings, then the defaults fill them in and the hash changes with any rule but not with key order', () => {
    const rules = resolveRules(cycle, null);
    expect(rules.minimums).to.deep.equal({ mentor: 2, resident: 10, department: 1 });
    expect(rules.awards).to.deep.equal({ total: 20, quotaMode: 'district', noticeWorkingDays: 5, quotas: null });
    expect(rules.projectAwards).to.deep.equal({ total: 18, quotaMode: 'district', noticeWorkingDays: 5, minVotes: 30, quotas: null });
    const reordered = JSON.parse(JSON.stringify({ projectAwards: rules.projectAwards, awards: rules.awards, trimming: rules.trimming, minimums: rules.minimums, scale: rules.scale, sources: rules.sources, indicators: rules.indicators }));
    expect(rulesHash(reordered)).to.equal(rulesHash(rules));
    expect(rulesHash({ ...rules, minimums: { ...rules.minimums, resident: 11 } })).not.to.equal(rulesHash(rules));
    expect(rulesHash({ ...rules, projectAwards: { ...rules.projectAwards!, minVotes: 31 } })).not.to.equal(rulesHash(rules));
  });
});
