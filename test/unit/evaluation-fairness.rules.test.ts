import { expect } from 'chai';
import { computeResults, type SecretaryInput } from '../../server/modules/evaluation/evaluation.rules.js';
import { DEFAULT_MINIMUMS, evidenceOf, minimumsFor } from '../../server/modules/evaluation/evidence.rules.js';
import { busiestWindow, residentAnomalies, type ResidentEvidence } from '../../server/modules/evaluation/anomaly.rules.js';
import { hashVoterKey, mobileNumber, normalizeVoterKey } from '../../server/lib/voter-key.js';

const IND = [{ key: 'a', name: '党员管得住', weight: 0.5 }, { key: 'b', name: '群众愿意跟', weight: 0.5 }];
const SRC = [
  { key: 'mentor', name: '大梁实地评估', weight: 0.4 },
  { key: 'resident', name: '群众线上打分', weight: 0.3 },
  { key: 'department', name: '街镇部门综合测评', weight: 0.3 },
];
const tally = (count: number, mean: number) => ({ count, sums: { a: count * mean, b: count * mean } });
const sec = (id: string, tallies: SecretaryInput['tallies']): SecretaryInput => ({ secretaryId: id, displayName: id, streetId: 's1', tallies });
const minimums = { mentor: 2, resident: 30, department: 1 };

describe('minimum evidence', () => {
  it('when one resident gives 100 to a secretary nobody else scored, then she is 证据不足, unranked and after every ranked result', () => {
    const results = computeResults(IND, SRC, [
      sec('lone', { resident: tally(1, 100) }),
      sec('solid', { mentor: tally(3, 80), resident: tally(120, 75), department: tally(1, 85) }),
      sec('none', {}),
    ], { minimums });
    expect(results.map((r) => [r.secretaryId, r.rank.district, r.rank.street])).to.deep.equal([['solid', 1, 1], ['lone', null, null], ['none', null, null]]);
    const lone = results.find((r) => r.secretaryId === 'lone')!;
    expect(lone.final).to.equal(100);
    expect(lone.renormalized).to.equal(true);
    expect(lone.evidence.sufficient).to.equal(false);
    expect(lone.evidence.shortfalls.map((s) => [s.source, s.count, s.minimum])).to.deep.equal([['mentor', 0, 2], ['resident', 1, 30], ['department', 0, 1]]);
    expect(lone.evidence.reason).to.include('证据不足：大梁实地评估 0 份（至少 2 份）、群众线上打分 1 份（至少 30 份）');
    expect(lone.explanation).to.include('不参加排名和最美书记评选');
  });

  it('when every source has exactly its minimum, then the result is sufficient; one score fewer and it is not', () => {
    const counts = { mentor: 2, resident: 30, department: 1 };
    expect(evidenceOf(SRC, minimums, counts)).to.deep.equal({ sufficient: true, shortfalls: [], reason: null });
    const short = evidenceOf(SRC, minimums, { ...counts, resident: 29 });
    expect(short.sufficient).to.equal(false);
    expect(short.shortfalls).to.deep.equal([{ source: 'resident', name: '群众线上打分', count: 29, minimum: 30 }]);
  });

  it('when a cycle names some minimums, then the others take the defaults and an unknown source needs none', () => {
    expect(DEFAULT_MINIMUMS).to.deep.equal({ mentor: 2, resident: 30, department: 1 });
    expect(minimumsFor([...SRC, { key: 'street_office', name: '街道办', weight: 0 }], { resident: 50 }))
      .to.deep.equal({ mentor: 2, resident: 50, department: 1, street_office: 0 });
    expect(minimumsFor(SRC, null)).to.deep.equal(DEFAULT_MINIMUMS);
  });

  it('when sufficient and insufficient results are shuffled, then the ranking and order are the same every time', () => {
    const inputs = [
      sec('i1', { resident: tally(1, 100) }),
      sec('i2', { mentor: tally(1, 99), department: tally(1, 99) }),
      sec('k1', { mentor: tally(2, 70), resident: tally(30, 70), department: tally(1, 70) }),
      sec('k2', { mentor: tally(2, 90), resident: tally(30, 60), department: tally(1, 60) }),
      sec('k3', { mentor: tally(2, 70), resident: tally(30, 70), department: tally(1, 70) }),
      sec('n', {}),
    ];
    const expected = computeResults(IND, SRC, inputs, { minimums }).map((r) => [r.secretaryId, r.rank.district]);
    expect(expected).to.deep.equal([['k2', 1], ['k1', 2], ['k3', 2], ['i1', null], ['i2', null], ['n', null]]);
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 30; round++) {
      const shuffled = [...inputs].sort(() => random() - 0.5);
      expect(computeResults(IND, SRC, shuffled, { minimums }).map((r) => [r.secretaryId, r.rank.district]), `round ${round}`).to.deep.equal(expected);
    }
  });
});

const evidence = (over: Partial<ResidentEvidence>): ResidentEvidence => ({ minutes: [], resident: null, others: null, scale: { min: 0, max: 100 }, ...over });
const resident = (count: number, a: number, b = a) => ({ count, indicators: { a, b }, score: (a + b) / 2 });

describe('anomaly flags on residents\' scores', () => {
  it('when scores cluster, then the busiest 10-minute window is found, the earliest of equals', () => {
    const minutes = [{ minute: 100, count: 5 }, { minute: 103, count: 10 }, { minute: 109, count: 6 }, { minute: 110, count: 4 }, { minute: 130, count: 1 }];
    expect(busiestWindow(minutes, 10)).to.deep.equal({ from: 100, to: 109, count: 21 });
    expect(busiestWindow([...minutes].reverse(), 10)).to.deep.equal({ from: 100, to: 109, count: 21 });
    expect(busiestWindow([], 10)).to.equal(null);
  });

  it('when 20 scores land within 10 minutes, then a burst is flagged with its window; the same 20 over 11 minutes are not', () => {
    const at = Date.parse('2026-11-20T02:00:00Z') / 60_000;
    const [burst] = residentAnomalies(evidence({ minutes: [{ minute: at, count: 12 }, { minute: at + 9, count: 8 }, { minute: at + 40, count: 3 }] }));
    expect(burst.kind).to.equal('burst');
    expect(burst.evidence).to.deep.equal({ from: '2026-11-20T02:00:00.000Z', to: '2026-11-20T02:09:59.999Z', count: 20, ofTotal: 23 });
    expect(burst.message).to.include('2026-11-20 10:00 至 2026-11-20 10:09');
    expect(residentAnomalies(evidence({ minutes: [{ minute: at, count: 12 }, { minute: at + 10, count: 8 }] }))).to.deep.equal([]);
  });

  it('when residents differ from the other sources by a quarter of the scale, then it is flagged; less, or fewer than 5 residents, is not', () => {
    const [far] = residentAnomalies(evidence({ resident: resident(5, 95), others: 70 }));
    expect(far).to.deep.include({ kind: 'far_from_others', evidence: { resident: 95, others: 70, difference: 25, residentCount: 5 } });
    expect(residentAnomalies(evidence({ resident: resident(5, 94.9), others: 70 }))).to.deep.equal([]);
    expect(residentAnomalies(evidence({ resident: resident(4, 100), others: 50 }))).to.deep.equal([]);
    expect(residentAnomalies(evidence({ resident: resident(5, 100), others: null }))).to.deep.equal([]);
  });

  it('when 10 or more residents all give the maximum on every indicator, then all_max is flagged; one indicator below is not', () => {
    const flags = residentAnomalies(evidence({ resident: resident(10, 100), others: 90 }));
    expect(flags.map((f) => f.kind)).to.deep.equal(['all_max']);
    expect(flags[0].message).to.include('10 份群众评分全部为满分 100');
    expect(residentAnomalies(evidence({ resident: resident(10, 100, 99.9), others: 90 }))).to.deep.equal([]);
    expect(residentAnomalies(evidence({ resident: resident(9, 100), others: 90 }))).to.deep.equal([]);
  });

  it('when 10 or more residents scored from one address, then one_address is flagged with a short tag of its hash; 9 are not', () => {
    const minutes = [{ minute: 1000, count: 15 }];
    const [flag] = residentAnomalies(evidence({ minutes, clusters: [{ kind: 'address', key: '0123456789abcdef', count: 10 }, { kind: 'address', key: 'fedcba9876543210', count: 3 }] }));
    expect(flag).to.deep.equal({
      kind: 'one_address',
      message: '同一网络地址（标识 01234567）有 10 位群众为其打分（共 15 份线上评分）(many residents from one address)',
      evidence: { address: '01234567', count: 10, ofTotal: 15 },
    });
    expect(residentAnomalies(evidence({ minutes, clusters: [{ kind: 'address', key: '0123456789abcdef', count: 9 }] }))).to.deep.equal([]);
  });

  it('when 20 or more codes of one batch, 90% of it or more, scored one secretary, then one_batch is flagged; 19, or 20 of 30, are not', () => {
    const batch = (count: number, issued: number) => evidence({ clusters: [{ kind: 'batch', key: 'b1', count, issued }] });
    const [flag] = residentAnomalies(batch(20, 22));
    expect(flag).to.deep.include({ kind: 'one_batch', evidence: { batchId: 'b1', count: 20, issued: 22 } });
    expect(flag.message).to.include('同一批投票码（共 22 个）中有 20 个为其打分，占 91%');
    expect(residentAnomalies(batch(19, 19))).to.deep.equal([]);
    expect(residentAnomalies(batch(20, 30))).to.deep.equal([]);
  });
});

describe('voter keys', () => {
  it('when a mobile number is written with dashes, spaces, brackets or +86, then it is one key', () => {
    const ways = ['13700000001', '137-0000-0001', '137 0000 0001', '+86 137 0000 0001', '+86-13700000001', '008613700000001', '(137) 0000-0001'];
    expect(new Set(ways.map(normalizeVoterKey))).to.deep.equal(new Set(['13700000001']));
    expect(new Set(ways.map((k) => hashVoterKey('salt', k))).size).to.equal(1);
  });

  it('when a key is not a mainland mobile number, then mobileNumber is null and other keys keep their own normalization', () => {
    for (const bad of ['1370000000', '137000000012', '12700000001', 'abcdefghijk', '+1 137 0000 0001']) expect(mobileNumber(bad), bad).to.equal(null);
    expect(normalizeVoterKey('Voter-0001')).to.equal('voter0001');
  });
});
