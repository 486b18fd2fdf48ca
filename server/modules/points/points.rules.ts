import { createHash } from 'node:crypto';
import type { PartyDayItem } from '../../../models/points.model.js';

export interface RuleDefinition {
  _id: string;
  name: string;
  points: number;
  unit: 'event' | 'hour';
  monthlyCap: number | null;
  partyDayItem: PartyDayItem | null;
}

/** Seeded once; admins may edit them afterwards. Caps make the themed-day items count once a month. */
export const DEFAULT_RULES: RuleDefinition[] = [
  { _id: 'micro_lesson', name: '讲授微党课', points: 10, unit: 'event', monthlyCap: 20, partyDayItem: null },
  { _id: 'party_day_lesson', name: '主题党日·一课', points: 2, unit: 'event', monthlyCap: 2, partyDayItem: 'lesson' },
  { _id: 'party_day_film', name: '主题党日·一片', points: 2, unit: 'event', monthlyCap: 2, partyDayItem: 'film' },
  { _id: 'party_day_practice', name: '主题党日·一实践', points: 2, unit: 'event', monthlyCap: 2, partyDayItem: 'practice' },
  { _id: 'study_discussion', name: '学习讨论', points: 3, unit: 'event', monthlyCap: 12, partyDayItem: null },
  { _id: 'volunteer_hour', name: '志愿服务（每小时）', points: 1, unit: 'hour', monthlyCap: 20, partyDayItem: null },
];

/** Points are whole numbers: a rule's points × a whole quantity (events, or hours). */
export const pointsFor = (rule: { points: number }, quantity: number) => rule.points * quantity;

/** A stable fingerprint of a request body: same fields and values in any key order → same hash. */
export function requestHash(body: Record<string, unknown>): string {
  const canonical = (v: unknown): unknown => {
    if (v instanceof Date) return v.toISOString();
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
    }
    return v;
  };
  return createHash('sha256').update(JSON.stringify(canonical(body))).digest('hex');
}

/**
 * The ledger's first month: no entry is dated before it (awardOnce refuses one), so a full rollup
 * finds every month with entries by probing the months from here to now through the `month` index,
 * instead of a `distinct` that passes over the whole ledger (183 s at 1,070,000 entries on FerretDB).
 */
/** An entry written this long after its id was minted is noted for the rollup (LateLedgerEntry) by its writer. */
export const LATE_ENTRY_MS = 10 * 60_000;

export const LEDGER_FIRST_MONTH = '2010-01';

/** Every month from `first` to `last` ("YYYY-MM"), in order. Pure. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number);
  for (let key = first; key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    months.push(key);
    if (++m > 12) { m = 1; y++; }
  }
  return months;
}

/** A month is closed once the next month has begun (Shanghai time): only admins may still post to it. */
export const isClosedMonth = (month: string, currentMonth: string) => month < currentMonth;

export interface Ranked {
  memberId: string;
  points: number;
  rank: number;
}

/**
 * Standard competition ranking (1, 2, 2, 4) by points, highest first. Equal points share a rank;
 * their order in the list is by member id so that every run lists them the same way.
 */
export function rankByPoints(rows: Array<{ memberId: string; points: number }>): Ranked[] {
  const sorted = [...rows].sort((a, b) => b.points - a.points || a.memberId.localeCompare(b.memberId));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || r.points !== sorted[i - 1].points) rank = i + 1;
    return { ...r, rank };
  });
}

/**
 * A scope's ranking as counts: each distinct net total (highest first) and how many members have
 * it. Enough to give any member their competition rank, so a member's stored total need not carry
 * a rank that moves whenever someone else's points do.
 */
export interface RankCounts {
  points: number[];
  counts: number[];
}

export function rankCounts(totals: number[]): RankCounts {
  const byValue = new Map<number, number>();
  for (const p of totals) byValue.set(p, (byValue.get(p) ?? 0) + 1);
  const points = [...byValue.keys()].sort((a, b) => b - a);
  return { points, counts: points.map((p) => byValue.get(p)!) };
}

/** The competition rank (1, 2, 2, 4) of a member with `points` in a scope, as rankByPoints gives it; null rank without a total. */
export function rankIn(c: RankCounts, points: number | null): { rank: number | null; of: number } {
  let above = 0;
  let of = 0;
  c.points.forEach((p, i) => {
    of += c.counts[i];
    if (points !== null && p > points) above += c.counts[i];
  });
  return { rank: points === null ? null : above + 1, of };
}

/**
 * History rows as readers need them: the ledger links a reversal to its award (`revokesId`) but not
 * the award to its reversal, so each row of `page` says whether a reversal among `all` (the member's
 * entries) revokes it, and why. The reversal itself is the row of kind 'revoke'.
 */
export function markRevoked<T extends { _id: unknown; kind: string; revokesId?: unknown; reason?: string | null }>(page: T[], all: T[]) {
  const reversals = new Map(all.filter((e) => e.kind === 'revoke' && e.revokesId).map((e) => [String(e.revokesId), e]));
  return page.map((e) => {
    const reversal = reversals.get(String(e._id));
    return { ...e, revoked: !!reversal, revokedReason: reversal?.reason ?? null };
  });
}

/** The themed-day checklist of one member-month from the net points per party-day item. */
export function partyDayChecklist(netByItem: Partial<Record<PartyDayItem, number>>) {
  const done = (item: PartyDayItem) => (netByItem[item] ?? 0) > 0;
  const checklist = { lesson: done('lesson'), film: done('film'), practice: done('practice') };
  return { ...checklist, complete: checklist.lesson && checklist.film && checklist.practice };
}

/** Ranked rows kept per scope, and per leaderboard document. */
export const LEADERBOARD_DEPTH = 500;
export const LEADERBOARD_PAGE = 50;

export const leaderboardPageId = (period: string, scope: string, page: number) => (page === 1 ? `${period}:${scope}` : `${period}:${scope}#${page}`);

/** The page documents holding the top `limit` rows of a scope (page 1 always, for `of`). */
export const leaderboardPageIds = (period: string, scope: string, limit: number) =>
  Array.from({ length: Math.max(1, Math.ceil(Math.min(limit, LEADERBOARD_DEPTH) / LEADERBOARD_PAGE)) }, (_, i) => leaderboardPageId(period, scope, i + 1));

/** Splits a scope's ranked rows (best first) into its page documents; an empty scope still gets page 1. */
export function leaderboardPages<T>(period: string, scope: string, ranked: T[]) {
  const top = ranked.slice(0, LEADERBOARD_DEPTH);
  const pages = Math.max(1, Math.ceil(top.length / LEADERBOARD_PAGE));
  return Array.from({ length: pages }, (_, i) => ({
    _id: leaderboardPageId(period, scope, i + 1), period, scope, of: ranked.length, page: i + 1,
    items: top.slice(i * LEADERBOARD_PAGE, (i + 1) * LEADERBOARD_PAGE),
  }));
}
