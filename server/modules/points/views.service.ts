import { Types } from 'mongoose';
import { PointsEntry, type PartyDayItem, type PointsEntryDoc } from '../../../models/points.model.js';
import { PointsMemberTotal, PointsRankCounts, type MemberTotalDoc, type RankCountsDoc } from '../../../models/rollup.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor } from '../../lib/paging.js';
import { monthKey, monthRange, yearKey } from '../../lib/time.js';
import { markRevoked, monthsBetween, partyDayChecklist, rankIn } from './points.rules.js';
import { rankFromLedger, scopeKey, type Scope } from './leaderboard.service.js';
import { rollupWatermark } from './rollup-state.js';
import { readerById } from '../../db/reads-by-id.js';

/** Members read their own points; a secretary reads their community's members; admins read all. Others: 404. */
export async function visibleMember(memberId: string, actor: Actor): Promise<UserDoc> {
  const member = await readerById<UserDoc>(User)(memberId);
  const allowed =
    member?.role === 'member' &&
    (isAdmin(actor) || sameId(member._id, actor.id) || (actor.role === 'secretary' && sameId(member.orgUnitId, actor.orgUnitId)));
  if (!member || !allowed) throw notFound('党员');
  return member;
}

async function rankFromScope(period: string, scope: Scope, memberId: string) {
  const ranked = await rankFromLedger(period, scope);
  const me = ranked.find((r) => r.memberId === memberId);
  return { rank: me?.rank ?? null, of: ranked.length };
}

type RankSet = Record<'community' | 'street' | 'district', { rank: number | null; of: number }>;

const periodStart = (period: string) => monthRange(period.length === 4 ? `${period}-01` : period).start;

/** What the rollup stored of a member in a period: their net points and the scopes it placed them in. */
type StoredTotal = Pick<MemberTotalDoc, 'points' | 'communityId' | 'streetId' | 'ranks'>;

/**
 * A member's stored total for a month, or for a year as the sum of its months' totals up to `month`
 * (the rollup writes no year totals: its year sums add the same month sums). A year is placed where
 * the current month's total placed the member (the same run wrote both), else where they are now.
 * Null: no total in the period as of the rollup's last run.
 */
async function storedTotal(period: string, month: string, member: UserDoc): Promise<StoredTotal | null> {
  const readTotal = readerById<MemberTotalDoc>(PointsMemberTotal);
  if (period.length > 4) return readTotal(`${period}:${member._id}`);
  const months = monthsBetween(`${period}-01`, month);
  const totals = (await Promise.all(months.map((m) => readTotal(`${m}:${member._id}`)))).filter((t) => t !== null);
  if (!totals.length) return null;
  const placed = totals.find((t) => t.period === month) ?? { communityId: member.orgUnitId ?? null, streetId: member.streetId ?? null };
  return { points: totals.reduce((sum, t) => sum + t.points, 0), communityId: placed.communityId, streetId: placed.streetId };
}

/**
 * The member's ranks for a period, by `_id` reads only once the rollup has run during the period:
 * their stored total placed in each scope's rank counts, in the scopes the rollup placed them (their
 * community and street as of that run). No total then means no points as of the watermark (rank
 * null, "of" from the counts; the hourly run catches up). Before that, ranked from the ledger, which
 * on FerretDB/SQLite is a scan.
 */
async function ranksFor(period: string, month: string, member: UserDoc, watermark: Date | null): Promise<RankSet & { source: string }> {
  const stored = await storedTotal(period, month, member);
  const placed = { communityId: stored?.communityId ?? member.orgUnitId, streetId: stored?.streetId ?? member.streetId };
  const scopes: Array<[keyof RankSet, Scope]> = [
    ['community', { kind: 'community', id: String(placed.communityId) }],
    ['street', { kind: 'street', id: String(placed.streetId) }],
    ['district', { kind: 'district' }],
  ];
  if (stored || (watermark && watermark > periodStart(period))) {
    // One query for the three (and for other members' reads at the same time).
    const readCounts = readerById<RankCountsDoc>(PointsRankCounts);
    const counts = await Promise.all(scopes.map(([, scope]) => readCounts(`${period}:${scopeKey(scope)}`)));
    // Totals written before rank counts existed carry their ranks until the next run rewrites them.
    if (stored?.ranks && counts.some((c) => !c)) return { ...stored.ranks, source: 'rollup' };
    const ranks = scopes.map(([name], i) => [name, rankIn(counts[i] ?? { points: [], counts: [] }, stored?.points ?? null)]);
    return { ...(Object.fromEntries(ranks) as RankSet), source: 'rollup' };
  }
  const id = String(member._id);
  const ranks = await Promise.all(scopes.map(([, scope]) => rankFromScope(period, scope, id)));
  return { ...(Object.fromEntries(scopes.map(([name], i) => [name, ranks[i]])) as RankSet), source: 'ledger' };
}

/** Net points per themed-day item in a month, from a member's entries. */
function partyDayNetsOf(entries: Array<{ month: string; partyDayItem?: string | null; points: number }>, month: string) {
  const nets: Partial<Record<PartyDayItem, number>> = {};
  for (const e of entries) {
    if (e.month === month && e.partyDayItem) nets[e.partyDayItem as PartyDayItem] = (nets[e.partyDayItem as PartyDayItem] ?? 0) + e.points;
  }
  return nets;
}

/** Net points by month from a member's entries. */
function pointsByMonth(entries: Array<{ month: string; points: number }>) {
  const months = new Map<string, number>();
  for (const e of entries) months.set(e.month, (months.get(e.month) ?? 0) + e.points);
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, points]) => ({ month, points }));
}

export async function memberPoints(memberId: string, actor: Actor, now: Date, page: { page: number; pageSize: number }) {
  const member = await visibleMember(memberId, actor);
  const month = monthKey(now);
  const year = String(yearKey(now));
  // One read of the member's entries (tens a year) serves the balance, months and history page:
  // on FerretDB/SQLite each ledger query is a collection scan, so one beats three.
  const [entries, watermark] = await Promise.all([
    PointsEntry.find({ memberId: new Types.ObjectId(memberId) }).sort({ occurredAt: -1, _id: -1 }).lean<PointsEntryDoc[]>(),
    rollupWatermark(),
  ]);
  const byMonth = pointsByMonth(entries);
  const sum = (rows: typeof byMonth) => rows.reduce((s, r) => s + r.points, 0);
  const [monthRanks, yearRanks] = await Promise.all([ranksFor(month, month, member, watermark), ranksFor(year, month, member, watermark)]);
  const skip = skipFor(page.page, page.pageSize);
  return {
    member: { id: memberId, displayName: member.displayName, communityId: member.orgUnitId },
    balance: {
      allTime: sum(byMonth),
      thisYear: sum(byMonth.filter((r) => r.month.startsWith(year))),
      thisMonth: sum(byMonth.filter((r) => r.month === month)),
    },
    byMonth,
    ranks: { month: { period: month, ...monthRanks }, year: { period: year, ...yearRanks } },
    partyDay: { month, ...partyDayChecklist(partyDayNetsOf(entries, month)) },
    history: {
      items: markRevoked(entries.slice(skip, skip + page.pageSize), entries),
      page: page.page,
      pageSize: page.pageSize,
      total: entries.length,
    },
  };
}

/** Net points per member per themed-day item for a month, for the given members. */
async function partyDayNets(month: string, match: Record<string, unknown>) {
  const rows = await PointsEntry.aggregate<{ _id: { m: Types.ObjectId; i: PartyDayItem }; points: number }>([
    { $match: { month, ...match, partyDayItem: { $in: ['lesson', 'film', 'practice'] } } },
    { $group: { _id: { m: '$memberId', i: '$partyDayItem' }, points: { $sum: '$points' } } },
  ]);
  const nets = new Map<string, Partial<Record<PartyDayItem, number>>>();
  for (const r of rows) {
    const key = String(r._id.m);
    nets.set(key, { ...nets.get(key), [r._id.i]: r.points });
  }
  return nets;
}

export async function myPartyDay(actor: Actor, month: string) {
  if (actor.role !== 'member') throw forbidden('只有党员有主题党日清单 (members only)');
  const nets = await partyDayNets(month, { memberId: new Types.ObjectId(actor.id) });
  return { month, memberId: actor.id, ...partyDayChecklist(nets.get(actor.id) ?? {}) };
}

export async function communityPartyDay(communityId: string, actor: Actor, month: string) {
  if (!isAdmin(actor) && !(actor.role === 'secretary' && sameId(communityId, actor.orgUnitId))) throw notFound('居村');
  const [members, nets] = await Promise.all([
    User.find({ role: 'member', orgUnitId: new Types.ObjectId(communityId), active: true }).sort({ displayName: 1 }).lean<UserDoc[]>(),
    partyDayNets(month, { communityId: new Types.ObjectId(communityId) }),
  ]);
  const items = members.map((m) => ({ memberId: String(m._id), displayName: m.displayName, ...partyDayChecklist(nets.get(String(m._id)) ?? {}) }));
  return { month, communityId, complete: items.filter((i) => i.complete).length, total: items.length, items };
}
