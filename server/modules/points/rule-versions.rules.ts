/** Pure rules of rule versions (no I/O): which version is in force on a day, and what an edit may change. */

export interface VersionTerms {
  version: number;
  /** A Shanghai day "YYYY-MM-DD"; null: from the beginning. */
  effectiveFrom: string | null;
  points: number;
  unit: 'event' | 'hour';
  monthlyCap: number | null;
}

/** The fields a version carries; the others (name, active, partyDayItem) are edited on the rule in place. */
export const VERSIONED_FIELDS = ['points', 'unit', 'monthlyCap'] as const;

/**
 * The version in force on `day`: the latest `effectiveFrom` on or before it, the higher version on
 * a tie (a second edit for the same day replaces the first). Null when none is in force yet.
 */
export function versionInForce<V extends VersionTerms>(versions: readonly V[], day: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    const from = v.effectiveFrom ?? '';
    if (from > day) continue;
    const bestFrom = best?.effectiveFrom ?? '';
    if (!best || from > bestFrom || (from === bestFrom && v.version > best.version)) best = v;
  }
  return best;
}

/** A rule without version documents is its own version 1, in force from the beginning. */
export const baseVersion = (rule: { points: number; unit: string; monthlyCap?: number | null }): VersionTerms => ({
  version: 1, effectiveFrom: null, points: rule.points, unit: rule.unit as VersionTerms['unit'], monthlyCap: rule.monthlyCap ?? null,
});

/** Why an edit may not take effect from `day` (today is the Shanghai day now), or null. */
export function effectiveFromProblem(day: string, today: string): string | null {
  if (day < today) return `生效日期不能早于今天 ${today}：已登记的积分和已结账月份不随规则修改而改变 (effectiveFrom must be today or later)`;
  return null;
}
