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

/** A period's stored sums (PointsPeriodSums): a month's, or a year's. */
export interface StoredMonth {
  memberIds: string[];
  points: number[];
  through?: Date | null;
  recent?: string[] | null;
  /** The accounts' version (their placements) the period's member totals were written with… */
  placements?: string | null;
  /** …and whether those totals were all written (false between the sums and the totals' writes). */
  totalsSynced?: boolean;
}

/** A year's stored sums: the sum of its months' sums, each as of the `through` recorded in `parts`. */
export interface StoredYear extends StoredMonth {
  /** Month → the `through` (ISO) of the month's sums the year adds; "totals" for a month read from its member totals. */
  parts?: Record<string, string> | null;
  /** Set before a run rewrites any month of the year, cleared when the year is written: a crash in between leaves it set. */
  pending?: boolean;
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

/**
 * What differs between a period's stored sums and its new ones: members whose total is new or
 * changed, and members who no longer have one. Pure.
 */
export function sumsDiff(before: Pick<StoredMonth, 'memberIds' | 'points'>, after: MemberSums): { changed: MemberSums; gone: string[] } {
  const old = new Map(before.memberIds.map((id, i) => [id, before.points[i]]));
  const kept = new Set(after.map((s) => s.memberId));
  return {
    changed: after.filter((s) => old.get(s.memberId) !== s.points),
    gone: before.memberIds.filter((id) => !kept.has(id)),
  };
}

/** The key of a month's sums as a year records it: its `through`, or "" for a month without sums. */
export const partOf = (month: StoredMonth | null) => month?.through ? month.through.toISOString() : '';

/**
 * A year's sums brought forward from its stored document: each month rebuilt by this run replaces
 * its old sums (as read before the run wrote it) by its new ones. Null when the year cannot be
 * brought forward: no document, one a crashed run left pending, or one built from another version
 * of a rebuilt month than the run read (the year is then added up from all its months). Pure.
 */
export function yearCarriedForward(
  year: StoredYear | null,
  rebuilt: Map<string, { before: StoredMonth | null; after: MemberSums; through: Date }>,
): { sums: MemberSums; parts: Record<string, string> } | null {
  if (!year || year.pending || !year.parts) return null;
  const parts = { ...year.parts };
  for (const [month, { before }] of rebuilt) if ((parts[month] ?? '') !== partOf(before)) return null;
  const totals = new Map(year.memberIds.map((id, i) => [id, year.points[i]]));
  const add = (memberId: string, points: number) => totals.set(memberId, (totals.get(memberId) ?? 0) + points);
  for (const [month, { before, after, through }] of rebuilt) {
    // Entries are never deleted, so a month keeps every member it listed; one that lost a member
    // (a ledger edited by hand) may take them out of the year, which only all the months can tell.
    if (before && sumsDiff(before, after).gone.length) return null;
    before?.memberIds.forEach((id, i) => add(id, -before.points[i]));
    for (const s of after) add(s.memberId, s.points);
    parts[month] = through.toISOString();
  }
  return { sums: [...totals].map(([memberId, points]) => ({ memberId, points })), parts };
}
