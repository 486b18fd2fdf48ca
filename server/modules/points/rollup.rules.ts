/** Net points per member in one period. */
export type MemberSums = Array<{ memberId: string; points: number }>;

/** A ledger entry as the hourly rollup reads the ones written since its last run. */
export interface FreshEntry {
  id: string;
  memberId: string;
  month: string;
  points: number;
  createdAt: Date;
}

/** A month's stored sums (PointsPeriodSums). */
export interface StoredMonth {
  memberIds: string[];
  points: number[];
  through?: Date | null;
  recent?: string[] | null;
}

/** Member sums with these entries' points added; a member new to the sums is appended. Pure. */
export function addToSums(base: MemberSums, entries: Array<{ memberId: string; points: number }>): MemberSums {
  const totals = new Map(base.map((s) => [s.memberId, s.points]));
  for (const e of entries) totals.set(e.memberId, (totals.get(e.memberId) ?? 0) + e.points);
  return [...totals].map(([memberId, points]) => ({ memberId, points }));
}

/** The ids of the entries created after `until`: a month's sums hold them as well as everything up to `until`. */
export const createdAfter = (entries: FreshEntry[], until: Date) => entries.filter((e) => e.createdAt > until).map((e) => e.id);

/**
 * A month's sums brought forward from its stored document: the month's fresh entries created after
 * its `through` that it does not already hold (`recent`) are added, so an hourly run reads what was
 * written since the last one, not the month. Null when the document cannot be brought forward (none,
 * written before `through` was kept, or by a run later than this one): the month is then summed
 * from the ledger. Pure.
 */
export function carriedForward(stored: StoredMonth | null, monthFresh: FreshEntry[], until: Date): { sums: MemberSums; recent: string[] } | null {
  const through = stored?.through;
  if (!stored || !through || through > until) return null;
  const held = new Set(stored.recent ?? []);
  const added = monthFresh.filter((e) => e.createdAt > through && !held.has(e.id));
  const base = stored.memberIds.map((memberId, i) => ({ memberId, points: stored.points[i] }));
  return { sums: addToSums(base, added), recent: createdAfter(monthFresh, until) };
}
