/**
 * Trimming of residents' scores (documented in the README): a cycle may drop, per indicator, the
 * lowest and the highest `residentTrimPercent`% of its residents' scores before averaging (a
 * trimmed mean). The percentage is chosen when the cycle is created and frozen with its rules.
 */
export const MAX_TRIM_PERCENT = 25;

/** How many scores of each value: the tallies keep one per indicator, so a trimmed mean never reads the scores themselves. */
export interface HistogramBin {
  v: number;
  n: number;
}

/** As frozen in a cycle's rules; cycles frozen before trimming existed say 'none'. */
export type Trimming = 'none' | { residentTrimPercent: number };

export const trimPercentOf = (trimming: Trimming | null | undefined): number =>
  trimming && trimming !== 'none' ? trimming.residentTrimPercent : 0;

/** Scores dropped at each end: ⌊n × p / 100⌋ (percent ≤ 25, so at least half the scores are kept). */
export const trimCount = (n: number, percent: number) => Math.floor((n * percent) / 100);

/** Counts per value, ascending by value (values are compared exactly: scores need not be integers). */
export function histogramOf(values: Iterable<number>): HistogramBin[] {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => ({ v, n })).sort((a, b) => a.v - b.v);
}

/**
 * The mean after dropping the `trimCount` lowest and as many highest values, from a histogram:
 * a bin straddling a cut contributes only its kept part, so ties at the cut are exact. Summed in
 * ascending order of value, so the answer never depends on the order scores were written in.
 * Null without values.
 */
export function trimmedMean(bins: HistogramBin[], percent: number): { mean: number; count: number; dropped: number } | null {
  const sorted = [...bins].filter((b) => b.n > 0).sort((a, b) => a.v - b.v);
  const count = sorted.reduce((s, b) => s + b.n, 0);
  if (count === 0) return null;
  const dropped = trimCount(count, percent);
  const [from, to] = [dropped, count - dropped]; // positions kept: [from, to)
  let start = 0;
  let sum = 0;
  for (const b of sorted) {
    const kept = Math.min(start + b.n, to) - Math.max(start, from);
    if (kept > 0) sum += b.v * kept;
    start += b.n;
  }
  return { mean: sum / (to - from), count, dropped };
}
