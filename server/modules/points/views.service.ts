import { Types } from 'mongoose';
import { PointsEntry, type PartyDayItem, type PointsEntryDoc } from '../../../models/points.model.js';
import { PointsMemberTotal, type MemberTotalDoc } from '../../../models/rollup.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor } from '../../lib/paging.js';
import { monthKey, yearKey } from '../../lib/time.js';
import { partyDayChecklist } from './points.rules.js';
import { rankFromLedger, type Scope } from './leaderboard.service.js';

/** Members read their own points; a secretary reads their community's members; admins read all. Others: 404. */
export async function visibleMember(memberId: string, actor: Actor): Promise<UserDoc> {
  const member = await User.findById(memberId).lean<UserDoc>();
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

/** The member's ranks for a period: one read of the rollup document, or the ledger if the job has not seen it yet. */
async function ranksFor(period: string, member: UserDoc): Promise<RankSet & { source: string }> {
  const stored = await PointsMemberTotal.findById(`${period}:${member._id}`).lean<MemberTotalDoc>();
  if (stored) return { ...stored.ranks, source: 'rollup' };
  const id = String(member._id);
  const [community, street, district] = await Promise.all([
    rankFromScope(period, { kind: 'community', id: String(member.orgUnitId) }, id),
    rankFromScope(period, { kind: 'street', id: String(member.streetId) }, id),
    rankFromScope(period, { kind: 'district' }, id),
  ]);
  return { community, street, district, source: 'ledger' };
}

export async function memberPoints(memberId: string, actor: Actor, now: Date, page: { page: number; pageSize: number }) {
  const member = await visibleMember(memberId, actor);
  const id = new Types.ObjectId(memberId);
  const month = monthKey(now);
  const year = String(yearKey(now));
  const [byMonth, history, total] = await Promise.all([
    PointsEntry.aggregate<{ _id: string; points: number }>([
      { $match: { memberId: id } },
      { $group: { _id: '$month', points: { $sum: '$points' } } },
    ]),
    PointsEntry.find({ memberId: id }).sort({ occurredAt: -1, _id: -1 }).skip(skipFor(page.page, page.pageSize)).limit(page.pageSize).lean<PointsEntryDoc[]>(),
    PointsEntry.countDocuments({ memberId: id }),
  ]);
  const sum = (rows: typeof byMonth) => rows.reduce((s, r) => s + r.points, 0);
  const [monthRanks, yearRanks] = await Promise.all([ranksFor(month, member), ranksFor(year, member)]);
  return {
    member: { id: memberId, displayName: member.displayName, communityId: member.orgUnitId },
    balance: {
      allTime: sum(byMonth),
      thisYear: sum(byMonth.filter((r) => r._id.startsWith(year))),
      thisMonth: sum(byMonth.filter((r) => r._id === month)),
    },
    byMonth: byMonth.sort((a, b) => a._id.localeCompare(b._id)).map((r) => ({ month: r._id, points: r.points })),
    ranks: { month: { period: month, ...monthRanks }, year: { period: year, ...yearRanks } },
    history: {
      items: history.map(({ capSlots: _s, ...e }) => e),
      page: page.page,
      pageSize: page.pageSize,
      total,
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
