import { Types } from 'mongoose';
import { LateLedgerEntry, PointsEntry } from '../../../models/points.model.js';
import { PointsLeaderboard, PointsMemberTotal, PointsPeriodSums, PointsRankCounts, RollupState } from '../../../models/rollup.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { replaceAllById, syncDocsById, upsertSetById, writeDocsById } from '../../db/bulk.js';
import { cachedByVersion, collectionKey, versionsOf } from '../../db/versioned-cache.js';
import { groupBy } from '../../lib/group-by.js';
import { monthKey } from '../../lib/time.js';
import { periodFilter } from './leaderboard.service.js';
import { LATE_ENTRY_MS, leaderboardPages, LEDGER_FIRST_MONTH, monthsBetween, rankByPoints, rankCounts, type Ranked } from './points.rules.js';
import { ROLLUP_STATE_ID, rollupWatermark } from './rollup-state.js';
import { addToSums, carriedForward, partOf, sumsDiff, yearCarriedForward, type FreshEntry, type MemberSums, type StoredMonth, type StoredYear } from './rollup.rules.js';

/** Entries stamped this long before a run may still be in flight: the next run looks at them again. */
const WATERMARK_LAG_MS = 5 * 60_000;
/**
 * How long before its write an entry's id may have been minted (see writtenSince): an entry whose
 * write came later than LATE_ENTRY_MS is noted by its writer; five more minutes are margin.
 */
const ENTRY_ID_SLACK_MS = LATE_ENTRY_MS + 5 * 60_000;
/** Leaderboard documents keep the top of each scope (the API's limit is at most this). */

type Placement = { communityId: string | null; streetId: string | null; districtId: string | null };

/** Every member ranked inside each scope (community, street, district, whole district). Pure. */
export function rankScopes(rows: Array<{ memberId: string; points: number } & Placement>): Map<string, Ranked[]> {
  const memberships = rows.flatMap((r) => [
    ['district', r] as const,
    ...(r.districtId ? [[`district:${r.districtId}`, r] as const] : []),
    ...(r.streetId ? [[`street:${r.streetId}`, r] as const] : []),
    ...(r.communityId ? [[`community:${r.communityId}`, r] as const] : []),
  ]);
  const groups = groupBy(memberships, ([scope]) => scope);
  return new Map([...groups].map(([scope, list]) => [scope, rankByPoints(list.map(([, r]) => r))]));
}

/** Net points per member in one month of the entries created up to `until`: a server-side $match (equality key) + $group over the ledger. */
async function memberSums(period: string, until: Date): Promise<MemberSums> {
  const rows = await PointsEntry.aggregate<{ _id: Types.ObjectId; points: number }>([
    { $match: { ...periodFilter(period), createdAt: { $lte: until } } },
    { $group: { _id: '$memberId', points: { $sum: '$points' } } },
  ]);
  return rows.map((r) => ({ memberId: String(r._id), points: r.points }));
}

type Placements = Map<string, { orgUnitId?: unknown; streetId?: unknown; districtId?: unknown }>;
/** Where every account sits, and the accounts' version it was read at (null: no version yet). */
interface Where { version: string | null; placements: Placements }

/**
 * Where every account sits, shared by a run's periods and by later runs until an account changes:
 * reading 21,000 accounts takes seconds on FerretDB, more than the hourly run's other reads. The
 * version is read first, so it is never newer than the placements read with it.
 */
async function allPlacements(): Promise<Where> {
  const version = await versionsOf([collectionKey('users')]);
  const placements = await cachedByVersion(collectionKey('users'), 'placements', async () => {
    const users = await User.find({}, { orgUnitId: 1, streetId: 1, districtId: 1 }).lean<UserDoc[]>();
    return new Map(users.map((u) => [String(u._id), u]));
  });
  return { version, placements };
}

/** A period to write: its new sums, and its stored sums as the run read them before writing (null: none, or a full run). */
interface PeriodWrite {
  sums: MemberSums;
  before: StoredMonth | null;
  /** A month's: what its sums hold (see StoredMonth). */
  held?: { through: Date; recent: string[] };
  /** A year's: the months' sums it adds. */
  parts?: Record<string, string>;
}

type PlacedRow = { memberId: string; points: number } & Placement;

/**
 * A month's member totals from its rows, only the changed ones when the stored sums tell which (they
 * were written with the same placements and all their totals were written); otherwise the period's
 * totals are read and compared. The sums document is marked as not yet matched by the totals until
 * they are all written, so a crash in between makes the next run read them.
 */
async function writeMonthTotals(month: string, write: PeriodWrite, rows: PlacedRow[], where: Where) {
  const oid = (v: string | null) => (v ? new Types.ObjectId(v) : null);
  const totalOf = (r: PlacedRow) => ({
    _id: `${month}:${r.memberId}`, period: month, memberId: new Types.ObjectId(r.memberId), points: r.points,
    communityId: oid(r.communityId), streetId: oid(r.streetId), districtId: oid(r.districtId),
  });
  const before = write.before;
  if (before?.totalsSynced && where.version && before.placements === where.version) {
    const { changed, gone } = sumsDiff(before, write.sums);
    const changedIds = new Set(changed.map((c) => c.memberId));
    const stored = new Set(before.memberIds);
    await writeDocsById(PointsMemberTotal, { period: month }, {
      remove: [...changed.filter((c) => stored.has(c.memberId)).map((c) => c.memberId), ...gone].map((id) => `${month}:${id}`),
      insert: rows.filter((r) => changedIds.has(r.memberId)).map(totalOf),
      all: rows.map(totalOf),
      existing: before.memberIds.length,
    });
  } else {
    await syncDocsById(PointsMemberTotal, { period: month }, rows.map(totalOf));
  }
  await PointsPeriodSums.updateOne({ _id: month }, { $set: { totalsSynced: true } });
}

/**
 * Writes one period ("YYYY-MM" or "YYYY") from its member sums: its sums document, a month's member
 * totals, each scope's rank counts and leaderboard pages, by deterministic `_id` (only changed
 * documents are written; a member who no longer has entries loses the total). Totals carry no rank
 * (a reader takes it from the rank counts), so a run rewrites the totals of the members whose points
 * or place changed, not of everyone a changed member passed. A year has no member totals: a reader
 * adds up the member's month totals, which saves rewriting most of the district's totals twice an
 * hour. Re-running with the same ledger writes nothing new.
 */
async function writePeriod(period: string, write: PeriodWrite, where: Where) {
  const str = (v: unknown) => (v ? String(v) : null);
  const rows: PlacedRow[] = write.sums.map((s) => {
    const m = where.placements.get(s.memberId);
    return { ...s, communityId: str(m?.orgUnitId), streetId: str(m?.streetId), districtId: str(m?.districtId) };
  });
  const ranked = rankScopes(rows);
  const isYear = period.length === 4;
  const sumsDoc = {
    _id: period, memberIds: rows.map((r) => r.memberId), points: rows.map((r) => r.points), ...write.held,
    ...(write.parts ? { parts: write.parts, pending: false } : {}), placements: where.version, ...(isYear ? {} : { totalsSynced: false }),
  };
  // Two runs at once may both create it: replaceAllById replays a lost insert race as a replacement.
  await replaceAllById(PointsPeriodSums, [sumsDoc as unknown as { _id: string }]);
  // Year totals written by earlier versions would go stale: an index probe finds none once removed.
  if (isYear) await PointsMemberTotal.deleteMany({ period });
  else await writeMonthTotals(period, write, rows, where);
  await syncDocsById(PointsRankCounts, { period }, [...ranked].map(([scope, list]) => ({
    _id: `${period}:${scope}`, period, scope, ...rankCounts(list.map((r) => r.points)),
  })));
  await syncDocsById(PointsLeaderboard, { period }, [...ranked].flatMap(([scope, list]) =>
    leaderboardPages(period, scope, list.map((r) => ({ memberId: new Types.ObjectId(r.memberId), points: r.points, rank: r.rank }))),
  ));
  return { period, members: rows.length };
}

/** Months rebuilt at once: FerretDB scans the ledger per aggregation, two scans keep both cores busy. */
const PARALLEL_PERIODS = 2;

const monthsOf = (year: string) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/**
 * A year's net points per member from all its months: taken from this run where the month was just
 * rebuilt and from the stored month sums otherwise (those months have no entries since the
 * watermark, and the job's run lock keeps other runs from rewriting them meanwhile). Not one more
 * `$group` over the ledger: FerretDB 1.24.2 looks each document's group up in a list, so a year of
 * 1,000,000 entries over 20,000 members cost most of a run (PostgreSQL: 311 s for the job against
 * 82 s for the twelve monthly aggregations). A member with entries in the year has a total in some
 * month, even if it nets to 0, so the year lists the same members as the ledger would.
 */
async function yearFromMonths(year: string, rebuilt: Map<string, RebuiltMonth>): Promise<{ sums: MemberSums; parts: Record<string, string> }> {
  const totals = new Map<string, number>();
  const parts: Record<string, string> = {};
  const add = (memberId: string, points: number) => totals.set(memberId, (totals.get(memberId) ?? 0) + points);
  const months = monthsOf(year);
  for (const m of months) {
    const month = rebuilt.get(m);
    if (!month) continue;
    for (const s of month.after) add(s.memberId, s.points);
    parts[m] = month.through.toISOString();
  }
  const stored = await storedMonthSums(months.filter((m) => !rebuilt.has(m)));
  for (const s of stored.sums) add(s.memberId, s.points);
  return { sums: [...totals].map(([memberId, points]) => ({ memberId, points })), parts: { ...parts, ...stored.parts } };
}

/**
 * Stored months' member sums, all months together: each month from its sums document, else (a month
 * rolled up before those existed) from its member totals.
 */
async function storedMonthSums(months: string[]): Promise<{ sums: MemberSums; parts: Record<string, string> }> {
  if (!months.length) return { sums: [], parts: {} };
  const docs = await PointsPeriodSums.find({ _id: { $in: months } }).lean<Array<StoredMonth & { _id: string }>>();
  const sums: MemberSums = docs.flatMap((d) => d.memberIds.map((memberId, i) => ({ memberId, points: d.points[i] })));
  const parts: Record<string, string> = Object.fromEntries(docs.map((d) => [d._id, partOf(d)]).filter(([, part]) => part));
  const missing = months.filter((m) => !docs.some((d) => d._id === m));
  if (missing.length) {
    const rows = await PointsMemberTotal.find({ period: { $in: missing } }, { memberId: 1, points: 1, period: 1 })
      .lean<Array<{ memberId: Types.ObjectId; points: number; period: string }>>();
    for (const r of rows) {
      sums.push({ memberId: String(r.memberId), points: r.points });
      parts[r.period] = 'totals';
    }
  }
  return { sums, parts };
}

/** What a run knows of the ledger: entries created up to `until` are settled; `fresh` were written since the last run. */
interface RunLedger {
  until: Date;
  fresh: FreshEntry[];
  /** Months to sum from the ledger whatever their stored sums say (a full run, late entries). */
  resum: (month: string) => boolean;
  /** A full run: every period from the ledger, nothing read from the stored sums. */
  full: boolean;
}

/** A month this run rebuilt: its stored sums as read before (null: none, or a full run), its new sums and their `through`. */
interface RebuiltMonth { before: StoredMonth | null; after: MemberSums; through: Date }

/**
 * A month's member sums: brought forward from its stored sums with the fresh entries when it can
 * be (rollup.rules.ts carriedForward), else one aggregation of the month's entries up to `until`
 * plus the fresh ones after it. Also the stored sums as read (unless a full run, which needs none).
 */
async function monthSums(month: string, ledger: RunLedger): Promise<PeriodWrite & { held: { through: Date; recent: string[] } }> {
  const monthFresh = ledger.fresh.filter((e) => e.month === month);
  const before = ledger.full ? null : await PointsPeriodSums.findById(month).lean<StoredMonth>();
  const carried = ledger.resum(month) ? null : carriedForward(before, monthFresh, ledger.until);
  if (carried) return { sums: carried.sums, before, held: { through: ledger.until, recent: carried.recent } };
  const after = monthFresh.filter((e) => e.createdAt > ledger.until);
  const sums = addToSums(await memberSums(month, ledger.until), after);
  return { sums, before, held: { through: ledger.until, recent: after.map((e) => e.id) } };
}

/** Runs `work` on each item, `width` at a time; the results in the items' order. */
async function inParallel<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i]);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/**
 * Rebuilds these periods: each month's sums (monthSums), then each year's, brought forward from its
 * stored sums with the months rebuilt (rollup.rules.ts yearCarriedForward) or else added up from all
 * its months; then every period is written, two at a time (a month and its year use both cores).
 * A year is marked pending before any of its months is rewritten, and records which sums of each
 * month it adds: a run that dies with a month or the year unwritten leaves the next one to add the
 * year up. (One member × month aggregation for all periods was tried: FerretDB 1.24.2 groups by a
 * compound key about 13× slower, 59 s vs 4.4 s on 53k entries.)
 */
async function rebuildPeriods(periods: string[], ledger: RunLedger): Promise<Array<{ period: string; members: number }>> {
  const months = periods.filter((p) => p.length > 4);
  const years = periods.filter((p) => p.length === 4);
  const where = await allPlacements();
  const storedYears = new Map<string, StoredYear | null>();
  for (const year of years) {
    const stored = ledger.full ? null : await PointsPeriodSums.findById(year).lean<StoredYear>();
    storedYears.set(year, stored);
    if (stored) await PointsPeriodSums.updateOne({ _id: year }, { $set: { pending: true } });
  }
  const monthWrites = await inParallel(months, PARALLEL_PERIODS, (month) => monthSums(month, ledger));
  const rebuilt = new Map<string, RebuiltMonth>(months.map((m, i) => {
    const write = monthWrites[i];
    return [m, { before: write.before, after: write.sums, through: write.held.through }];
  }));
  const yearWrites = await Promise.all(years.map(async (year): Promise<PeriodWrite> => {
    const before = storedYears.get(year) ?? null;
    const yearMonths = new Map([...rebuilt].filter(([m]) => m.startsWith(`${year}-`)));
    const { sums, parts } = yearCarriedForward(before, yearMonths) ?? (await yearFromMonths(year, yearMonths));
    return { sums, before, parts };
  }));
  const writes: Array<[string, PeriodWrite]> = [...months.map((m, i) => [m, monthWrites[i]] as [string, PeriodWrite]), ...years.map((y, i) => [y, yearWrites[i]] as [string, PeriodWrite])];
  // Years first in the queue: a year's write is the longest, so it starts alongside the first month.
  writes.sort(([a], [b]) => a.length - b.length);
  const results = await inParallel(writes, PARALLEL_PERIODS, ([period, write]) => writePeriod(period, write, where));
  return results.sort((x, y) => x.period.localeCompare(y.period));
}

/**
 * Entries written after `since`. The exact condition is `createdAt`; the `_id` bound lets the
 * database start from the `_id` index instead of passing over the whole ledger (FerretDB serves
 * no range of a date field from an index; our build serves an ObjectId range of `_id`). An entry's
 * id is minted when its request claims the Idempotency-Key, moments before the entry is written;
 * ENTRY_ID_SLACK_MS keeps any entry whose write was delayed by less than that, and a writer finishing
 * an older claim notes the entry's month in LateLedgerEntry first. Each run decodes again the
 * entries minted within the slack before its watermark (left out by createdAt): keep it narrow.
 */
const writtenSince = (since: Date) => ({
  _id: { $gt: Types.ObjectId.createFromTime(Math.floor((since.getTime() - ENTRY_ID_SLACK_MS) / 1000)) },
  createdAt: { $gt: since },
});

export interface RollupOptions {
  now: Date;
  /** Rebuild every period in the ledger, ignoring the watermark. */
  full?: boolean;
  /** Months to rebuild in any case (e.g. the month just ended, the current month). */
  months?: string[];
}

/** The entries written since `since` (the exact condition is `createdAt`), as the run sums them. */
async function freshEntries(since: Date): Promise<FreshEntry[]> {
  const rows = await PointsEntry.find(writtenSince(since), { memberId: 1, month: 1, points: 1, createdAt: 1 })
    .lean<Array<{ _id: Types.ObjectId; memberId: Types.ObjectId; month: string; points: number; createdAt: Date }>>();
  return rows.map((r) => ({ id: String(r._id), memberId: String(r.memberId), month: r.month, points: r.points, createdAt: r.createdAt }));
}

/** Probes of the `month` index at once (the connection pool serves them side by side). */
const PROBES_AT_ONCE = 24;

/**
 * The months that hold entries, up to `current`: each month since the ledger's first is probed
 * through the `month` index (a few milliseconds each), not found by a `distinct` over the ledger.
 */
async function ledgerMonths(current: string): Promise<string[]> {
  const candidates = monthsBetween(LEDGER_FIRST_MONTH, current);
  const found: string[] = [];
  for (let i = 0; i < candidates.length; i += PROBES_AT_ONCE) {
    const batch = candidates.slice(i, i + PROBES_AT_ONCE);
    const hits = await Promise.all(batch.map((month) => PointsEntry.exists({ month })));
    batch.forEach((month, j) => { if (hits[j]) found.push(month); });
  }
  return found;
}

/**
 * The points rollup. Entries created up to `until` (five minutes before the run starts) are taken
 * as settled; every month touched by an entry written since the last run is brought up to date from
 * its stored sums and those entries (late awards and revocations land in their own month), plus its
 * year. A month noted as holding a late entry (an id minted long before its write, which the `_id`
 * bound of the fresh entries misses), a month without usable stored sums, and every month of a full
 * run are summed from the ledger. The watermark moves only after every period is written, so a run
 * killed midway is redone by the next one; each month's sums record what they hold, so redoing it
 * never counts an entry twice.
 */
export async function runPointsRollup(opts: RollupOptions) {
  const until = new Date(Date.now() - WATERMARK_LAG_MS);
  const since = opts.full ? null : await rollupWatermark();
  const [fresh, late] = await Promise.all([
    freshEntries(since ?? until),
    LateLedgerEntry.find({}).lean<Array<{ _id: string; month: string; createdAt: Date }>>(),
  ]);
  const touched = since ? fresh.map((e) => e.month) : await ledgerMonths(monthKey(opts.now));
  const lateMonths = new Set(late.map((l) => l.month));
  const months = [...new Set([...touched, ...lateMonths, ...(opts.months ?? [monthKey(opts.now)])])].sort();
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const results = await rebuildPeriods([...months, ...years], { until, fresh, resum: (m) => !since || lateMonths.has(m), full: !since });
  await upsertSetById(RollupState, ROLLUP_STATE_ID, { watermark: until });
  // A note is done once a run summed its month from the ledger through a time its entry was written
  // by (its entry follows it within moments; five more minutes allow for a slow write).
  const done = late.filter((l) => l.createdAt.getTime() < until.getTime() - WATERMARK_LAG_MS).map((l) => l._id);
  if (done.length) await LateLedgerEntry.deleteMany({ _id: { $in: done } });
  return { full: !!opts.full, since, watermark: until, periods: results };
}
