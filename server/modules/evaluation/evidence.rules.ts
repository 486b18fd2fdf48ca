import type { Weighted } from './evaluation.rules.js';

/**
 * How many scores each source needs before a result is ranked (documented in the README): at least
 * 2 on-site evaluators, 30 residents and 1 department. A source missing from a cycle's own
 * minimums (a cycle created before they existed, or a source of another name) takes these, else 0.
 */
export const DEFAULT_MINIMUMS: Readonly<Record<string, number>> = { mentor: 2, resident: 30, department: 1 };

export type Minimums = Record<string, number>;

/** A cycle's minimum per source: its stored value, else the default, else 0. */
export function minimumsFor(sources: Weighted[], stored?: Minimums | null): Minimums {
  return Object.fromEntries(sources.map((s) => [s.key, stored?.[s.key] ?? DEFAULT_MINIMUMS[s.key] ?? 0]));
}

export interface Shortfall {
  source: string;
  name: string;
  count: number;
  minimum: number;
}

/** Whether a result rests on enough scores to be ranked, and if not, which sources fall short and why (in Chinese). */
export interface Evidence {
  sufficient: boolean;
  shortfalls: Shortfall[];
  reason: string | null;
}

/** Compares each source's number of scores with its minimum; any source short makes the result 证据不足. */
export function evidenceOf(sources: Weighted[], minimums: Minimums, counts: Record<string, number>): Evidence {
  const shortfalls = sources
    .map((s) => ({ source: s.key, name: s.name, count: counts[s.key] ?? 0, minimum: minimums[s.key] ?? 0 }))
    .filter((s) => s.count < s.minimum);
  if (!shortfalls.length) return { sufficient: true, shortfalls, reason: null };
  const parts = shortfalls.map((s) => `${s.name} ${s.count} 份（至少 ${s.minimum} 份）`).join('、');
  return { sufficient: false, shortfalls, reason: `证据不足：${parts}，不参加排名和最美书记评选 (insufficient evidence: not ranked, not eligible for awards)` };
}
