import { expect } from 'chai';
import { computeResults, DEFAULT_INDICATORS, DEFAULT_SOURCES, scoreSecretary, weightsAddUp, type SecretaryInput } from '../../server/modules/evaluation/evaluation.rules.js';

const IND = [
  { key: 'a', name: '党员管得住', weight: 0.4 },
  { key: 'b', name: '群众愿意跟', weight: 0.6 },
];
const SRC = [
  { key: 'mentor', name: '大梁实地评估', weight: 0.5 },
  { key: 'resident', name: '群众线上打分', weight: 0.3 },
  { key: 'department', name: '街镇部门综合测评', weight: 0.2 },
];
const tally = (count: number, a: number, b: number) => ({ count, sums: { a, b } });
const sec = (id: string, tallies: SecretaryInput['tallies'], streetId = 's1'): SecretaryInput => ({ secretaryId: id, displayName: id, streetId, tallies });

describe('evaluation formula', () => {
  it('when every source has scores, then mean per indicator → indicator weights → source weights', () => {
    // mentor: means a=80, b=90 → 0.4×80 + 0.6×90 = 86
    // resident: means a=70, b=60 → 28 + 36 = 64
    // department: means a=90, b=100 → 36 + 60 = 96
    // final = 0.5×86 + 0.3×64 + 0.2×96 = 43 + 19.2 + 19.2 = 81.4
    const r = scoreSecretary(IND, SRC, sec('x', { mentor: tally(2, 160, 180), resident: tally(3, 210, 180), department: tally(1, 90, 100) }));
    expect(r.perSource.mentor!.score).to.be.closeTo(86, 1e-9);
    expect(r.perSource.resident!.score).to.be.closeTo(64, 1e-9);
    expect(r.final).to.be.closeTo(81.4, 1e-9);
    expect(r.perIndicator.a).to.be.closeTo(0.5 * 80 + 0.3 * 70 + 0.2 * 90, 1e-9);
    expect(r.renormalized).to.equal(false);
    expect(r.explanation).to.include('综合得分 = 0.5×86.00 + 0.3×64.00 + 0.2×96.00 = 81.40');
  });

  it('when a source is missing, then the others are re-normalized and it is flagged', () => {
    // mentor 86 (0.5), resident 64 (0.3), no department: (43 + 19.2) / 0.8 = 77.75
    const r = scoreSecretary(IND, SRC, sec('x', { mentor: tally(2, 160, 180), resident: tally(3, 210, 180) }));
    expect(r.final).to.be.closeTo(77.75, 1e-9);
    expect(r.missingSources).to.deep.equal(['department']);
    expect(r.renormalized).to.equal(true);
    expect(r.explanation).to.include('缺少：街镇部门综合测评');
  });

  it('when nobody scored, then no final score and no rank', () => {
    const [r] = computeResults(IND, SRC, [sec('x', {})]);
    expect(r.final).to.equal(null);
    expect(r.rank).to.deep.equal({ district: null, street: null });
  });

  it('when finals and both tie-breaks are equal, then they share a rank and the id decides the order', () => {
    const results = computeResults(IND, SRC, [
      sec('p', { mentor: tally(1, 100, 100), resident: tally(1, 0, 0) }, 's1'), // 0.5×100 + 0.3×0 over 0.8 = 62.5
      sec('q', { mentor: tally(1, 0, 0), resident: tally(1, 100, 100), department: tally(1, 100, 100) }, 's2'), // 0 + 30 + 20 = 50
      sec('r', { mentor: tally(1, 50, 50), resident: tally(1, 100, 100) }, 's1'), // (25 + 30) / 0.8 = 68.75
      sec('s', { mentor: tally(1, 100, 100), resident: tally(1, 0, 0) }, 's2'), // 62.5, same as p
    ]);
    expect(results.map((r) => [r.secretaryId, r.rank.district])).to.deep.equal([['r', 1], ['p', 2], ['s', 2], ['q', 4]]);
    expect(results.find((r) => r.secretaryId === 's')!.rank.street).to.equal(1);
    expect(results.find((r) => r.secretaryId === 'p')!.rank.street).to.equal(2);
  });

  it('when finals tie, then the residents\' score decides the order, then the mentors\'', () => {
    const results = computeResults(IND, SRC, [
      sec('a', { mentor: tally(1, 60, 60), resident: tally(1, 60, 60), department: tally(1, 60, 60) }), // 60
      sec('b', { mentor: tally(1, 40, 40), resident: tally(1, 80, 80), department: tally(1, 80, 80) }), // 20 + 24 + 16 = 60
      sec('c', { mentor: tally(1, 60, 60), resident: tally(1, 60, 60), department: tally(1, 60, 60) }), // 60
      sec('d', { mentor: tally(1, 70, 70), resident: tally(1, 60, 60), department: tally(1, 35, 35) }), // 35 + 18 + 7 = 60
    ]);
    expect(results.map((r) => r.secretaryId)).to.deep.equal(['b', 'd', 'a', 'c']);
    expect(results.map((r) => r.rank.district)).to.deep.equal([1, 1, 1, 1]);
  });

  it('when secretaries lack resident or mentor scores, then any input order gives the same ranking', () => {
    const inputs = [
      sec('m1', { mentor: tally(1, 80, 80) }),
      sec('m2', { department: tally(1, 80, 80) }),
      sec('m3', { mentor: tally(1, 80, 80) }),
      sec('m4', { department: tally(1, 80, 80), resident: tally(1, 80, 80) }),
      sec('m5', {}),
      sec('m6', { department: tally(1, 80, 80) }),
      sec('m7', { resident: tally(2, 150, 170) }),
      sec('m8', {}),
    ];
    const expected = computeResults(IND, SRC, inputs).map((r) => r.secretaryId);
    expect(expected).to.deep.equal(['m7', 'm4', 'm1', 'm3', 'm2', 'm6', 'm5', 'm8']);
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 50; round++) {
      const shuffled = [...inputs].sort(() => random() - 0.5);
      expect(computeResults(IND, SRC, shuffled).map((r) => r.secretaryId), `round ${round}`).to.deep.equal(expected);
    }
  });

  it('when weights are the defaults, then they add up to 1', () => {
    expect(weightsAddUp(DEFAULT_INDICATORS)).to.equal(true);
    expect(weightsAddUp(DEFAULT_SOURCES)).to.equal(true);
    expect(weightsAddUp([{ key: 'x', name: 'x', weight: 0.5 }])).to.equal(false);
  });
});
