import { expect } from 'chai';
import { histogramOf, trimCount, trimmedMean, trimPercentOf } from '../../server/modules/evaluation/trimming.rules.js';
import { foldResidentScores } from '../../server/modules/evaluation/resident-tallies.rules.js';
import { scoreSecretary, type SecretaryInput, type SourceTally } from '../../server/modules/evaluation/evaluation.rules.js';
import { flagListsToStore, type Anomaly } from '../../server/modules/evaluation/anomaly.rules.js';
import { TEST_NOW } from '../support/clock.js';

/** The definition, by brute force: sort, drop ⌊n × p / 100⌋ at each end, average the rest. */
function bruteTrimmedMean(values: number[], percent: number): number | null {
  if (!values.length) return null;
  const k = Math.floor((values.length * percent) / 100);
  const kept = [...values].sort((a, b) => a - b).slice(k, values.length - k);
  return kept.reduce((s, v) => s + v, 0) / kept.length;
}

/** Seeded (mulberry32), so a failure repeats. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('trimmed mean of residents\' scores from a histogram', () => {
  it('when nothing is trimmed (0%), then it is the plain mean of every score', () => {
    expect(trimmedMean(histogramOf([0, 60, 60, 100]), 0)).to.deep.equal({ mean: 55, count: 4, dropped: 0 });
  });

  it('when there are too few scores for one to be dropped, then all of them count', () => {
    expect(trimCount(9, 10)).to.equal(0);
    expect(trimmedMean(histogramOf([0, 50, 100, 100, 100, 100, 100, 100, 100]), 10)).to.deep.include({ dropped: 0, count: 9 });
    expect(trimmedMean(histogramOf([70]), 25)).to.deep.equal({ mean: 70, count: 1, dropped: 0 });
    expect(trimmedMean([], 10)).to.equal(null);
  });

  it('when n × p / 100 is not whole, then it is rounded down: 10 scores at 10% drop one at each end, 19 at 10% still one', () => {
    expect(trimmedMean(histogramOf([0, ...Array(8).fill(60), 100]), 10)).to.deep.equal({ mean: 60, count: 10, dropped: 1 });
    expect(trimmedMean(histogramOf([0, ...Array(17).fill(60), 100]), 10)).to.deep.include({ mean: 60, dropped: 1 });
  });

  it('when equal scores straddle a cut, then only as many of them as fall outside are dropped', () => {
    // 1 1 1 | 2 2 2 | 3 3 3 3, 20%: drop two 1s and two 3s, keep 1 2 2 2 3 3.
    expect(trimmedMean(histogramOf([3, 1, 2, 3, 1, 2, 3, 1, 2, 3]), 20)!.mean).to.be.closeTo(13 / 6, 1e-12);
    // One value only: both cuts fall inside the same bin.
    expect(trimmedMean([{ v: 80, n: 12 }], 25)).to.deep.equal({ mean: 80, count: 12, dropped: 3 });
  });

  it('when the histogram comes unsorted or with empty bins, then the answer is the same', () => {
    expect(trimmedMean([{ v: 100, n: 1 }, { v: 5, n: 0 }, { v: 0, n: 1 }, { v: 60, n: 8 }], 10)).to.deep.equal({ mean: 60, count: 10, dropped: 1 });
  });

  it('when compared with the brute-force trimmed mean on 500 random samples (ties, decimals, 0–25%), then they agree', () => {
    const next = random(20);
    for (let round = 0; round < 500; round++) {
      const n = Math.floor(next() * 80);
      const decimals = round % 3 === 0;
      const values = Array.from({ length: n }, () => (decimals ? Math.round(next() * 1000) / 10 : Math.floor(next() * 11) * 10));
      const percent = Math.floor(next() * 26);
      const expected = bruteTrimmedMean(values, percent);
      const got = trimmedMean(histogramOf(values), percent);
      if (expected === null) expect(got, `round ${round}`).to.equal(null);
      else expect(got!.mean, `round ${round}: n ${n}, ${percent}%`).to.be.closeTo(expected, 1e-9);
    }
  });

  it('when a cycle was frozen before trimming existed, then its rule reads as 0%', () => {
    expect([trimPercentOf('none'), trimPercentOf(undefined), trimPercentOf({ residentTrimPercent: 10 })]).to.deep.equal([0, 0, 10]);
  });
});

describe('folding resident scores into tallies', () => {
  it('when scores are folded, then each secretary has count, sums and a histogram per indicator, scores per minute and clusters of two or more', () => {
    const rows = [
      { secretaryId: 's1', indicators: { a: 80, b: 90 }, minute: 7, addressKey: 'x', batchId: 'b1' },
      { secretaryId: 's1', indicators: { a: 80, b: 70 }, minute: 7, addressKey: 'x', batchId: null },
      { secretaryId: 's1', indicators: { a: 60 }, minute: 5, addressKey: 'y' },
      { secretaryId: 's2', indicators: { a: 100, b: 100 } },
    ];
    const folded = foldResidentScores(rows, ['a', 'b']);
    const s1 = folded.get('s1')!;
    expect(s1.tally).to.deep.equal({
      count: 3, sums: { a: 220, b: 160 },
      hist: { a: [{ v: 60, n: 1 }, { v: 80, n: 2 }], b: [{ v: 0, n: 1 }, { v: 70, n: 1 }, { v: 90, n: 1 }] }, // a missing value counts as 0, as $sum did
    });
    expect(s1.minutes).to.deep.equal([{ minute: 5, count: 1 }, { minute: 7, count: 2 }]);
    expect(s1.clusters).to.deep.equal([{ kind: 'address', key: 'x', count: 2 }]);
    expect(folded.get('s2')!).to.deep.include({ minutes: [], clusters: [] });
  });

  it('when the same scores are read in another order, then the tallies are identical', () => {
    const next = random(5);
    const rows = Array.from({ length: 60 }, (_, i) => ({ secretaryId: `s${i % 3}`, indicators: { a: Math.round(next() * 1000) / 10 }, minute: i % 4 }));
    const shuffled = [...rows].sort(() => next() - 0.5);
    expect([...foldResidentScores(shuffled, ['a'])].sort()).to.deep.equal([...foldResidentScores(rows, ['a'])].sort());
  });
});

describe('a result with trimmed residents\' scores', () => {
  const IND = [{ key: 'a', name: '党员管得住', weight: 0.5 }, { key: 'b', name: '群众愿意跟', weight: 0.5 }];
  const SRC = [{ key: 'mentor', name: '大梁实地评估', weight: 0.5 }, { key: 'resident', name: '群众线上打分', weight: 0.5 }];
  const residents = (values: number[]): SourceTally => {
    const { tally } = foldResidentScores(values.map((v) => ({ secretaryId: 'x', indicators: { a: v, b: v } })), ['a', 'b']).get('x')!;
    return tally;
  };
  const sec = (resident: SourceTally): SecretaryInput => ({ secretaryId: 'x', displayName: '书记', streetId: null, tallies: { mentor: { count: 1, sums: { a: 100, b: 100 } }, resident } });
  const scores = [...Array(18).fill(100), 0, 0]; // plain mean 90

  it('when the cycle trims 10%, then the residents\' source is the trimmed mean, says what was dropped, and the final score follows', () => {
    const r = scoreSecretary(IND, SRC, sec(residents(scores)), { residentTrimPercent: 10 });
    expect(r.perSource.resident).to.deep.include({ count: 20, score: 100, trimmed: { percent: 10, droppedEachEnd: 2, averaged: 16 } });
    expect(r.final).to.equal(100);
    expect(r.explanation).to.include('群众线上打分（20 份，按 10% 去掉最高、最低各 2 份后取其余 16 份平均）');
  });

  it('when the cycle trims nothing, then the result is the plain mean with no trimming noted, as before', () => {
    const r = scoreSecretary(IND, SRC, sec(residents(scores)), { residentTrimPercent: 0 });
    expect(r.perSource.resident).to.deep.equal({ count: 20, indicators: { a: 90, b: 90 }, score: 90 });
    expect(r.explanation).to.include('群众线上打分（20 份）');
  });

  it('when trimming hides the two zeros, then the flags still describe the input as given: not every score is the maximum', () => {
    const r = scoreSecretary(IND, SRC, sec(residents(scores)), { residentTrimPercent: 10 });
    expect(r.anomalies.map((a) => a.kind)).not.to.include('all_max');
    const allMax = scoreSecretary(IND, SRC, sec(residents(Array(20).fill(100))), { residentTrimPercent: 10 });
    expect(allMax.anomalies.map((a) => a.kind)).to.include('all_max');
  });

  it('when a tally without histograms meets a trimming cycle, then it fails loudly instead of silently not trimming', () => {
    expect(() => scoreSecretary(IND, SRC, sec({ count: 20, sums: { a: 1800, b: 1800 } }), { residentTrimPercent: 10 })).to.throw(/histogram/);
  });
});

describe('storing the anomaly flags computed by the job', () => {
  const burst = (count: number): Anomaly => ({ kind: 'burst', message: `集中打分 ${count}`, evidence: { from: 'f', to: 't', count, ofTotal: count } });
  const earlier = new Date(TEST_NOW.getTime() - 3_600_000);

  it('when a list is unchanged (keys in another order too), then it keeps its time; a changed or new one is stamped now; one not computed is dropped', () => {
    const same = { flags: [burst(20)], computedAt: earlier };
    const reordered = [{ evidence: { ofTotal: 20, count: 20, to: 't', from: 'f' }, message: '集中打分 20', kind: 'burst' }] as Anomaly[];
    const stored = new Map([['a', same], ['b', { flags: [burst(20)], computedAt: earlier }], ['gone', { flags: [], computedAt: earlier }]]);
    const next = flagListsToStore(stored, new Map([['a', reordered], ['b', [burst(21)]], ['new', []]]), TEST_NOW);
    expect(next.get('a')).to.equal(same);
    expect(next.get('b')).to.deep.equal({ flags: [burst(21)], computedAt: TEST_NOW });
    expect(next.get('new')).to.deep.equal({ flags: [], computedAt: TEST_NOW });
    expect([...next.keys()]).to.deep.equal(['a', 'b', 'new']);
  });
});
