import { Types } from 'mongoose';
import { PointsClaim, type ClaimStatus, type PointsClaimDoc } from '../../../models/points-claim.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../lib/errors.js';
import { checkPhotos, type DeclaredPhoto } from '../../lib/photos.js';
import type { StoredPhoto } from '../../db/photo-store.js';
import type { Actor } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { monthKey } from '../../lib/time.js';
import { isClosedMonth, pointsFor, ruleInForce } from '../points/index.js';
import { canSeeClaim, claimListFilter } from './claims.rules.js';
import { claimPhotos } from './photos.js';

export interface ClaimInput {
  ruleKey: string;
  occurredAt: Date;
  quantity: number;
  description: string;
  photos: DeclaredPhoto[];
}

/** What readers get: photos as links (their storage ids stay inside). */
export function toClaim(c: PointsClaimDoc) {
  const { __v: _v, photos, ...rest } = c as PointsClaimDoc & { __v?: number };
  return {
    ...rest,
    photos: photos.map((p, i) => ({ n: i + 1, contentType: p.contentType, size: p.size, url: `/api/v1/points/claims/${c._id}/photos/${i + 1}` })),
  };
}

/** The claim if the actor may see it (the member, their community's secretary, admins); others 404. */
export async function visibleClaim(id: string, actor: Actor): Promise<PointsClaimDoc> {
  const claim = await PointsClaim.findById(id).lean<PointsClaimDoc>();
  if (!claim || !canSeeClaim(actor, claim)) throw notFound('积分申请');
  return claim;
}

/** The rule in force on the day, and the checks an award would fail at once (so a claim that can never be approved is refused now). */
async function checkRule(input: ClaimInput, now: Date) {
  if (input.occurredAt > now) throw invalid('occurred_in_future', '发生时间不能晚于现在 (occurredAt is in the future)', [{ path: 'occurredAt' }]);
  const month = monthKey(input.occurredAt);
  if (isClosedMonth(month, monthKey(now))) {
    throw new DomainError('forbidden', 'month_closed', `${month} 已结账，不能再申请该月积分 (month closed)`, [{ path: 'occurredAt' }]);
  }
  const rule = await ruleInForce(input.ruleKey, input.occurredAt);
  if (!rule || !rule.active) throw invalid('rule_not_found', `积分规则不存在或已停用：${input.ruleKey} (unknown or inactive rule)`, [{ path: 'ruleKey' }]);
  const points = pointsFor(rule, input.quantity);
  if (rule.monthlyCap != null && points > rule.monthlyCap) {
    throw conflict('monthly_cap', `「${rule.name}」每月最多 ${rule.monthlyCap} 分 (monthly cap ${rule.monthlyCap})`, [{ cap: rule.monthlyCap, requested: points }]);
  }
  return { rule, month };
}

/** A member's claim: checked, its photos stored, then the claim written (pending). */
export async function submitClaim(input: ClaimInput, actor: Actor, now: Date) {
  const member = await User.findById(actor.id).lean<UserDoc>();
  if (!member || member.role !== 'member' || !member.orgUnitId) throw forbidden('只有所属居村的党员可以申请积分 (members of a community only)');
  const photos = checkPhotos(input.photos);
  const { rule, month } = await checkRule(input, now);
  const _id = new Types.ObjectId();
  const stored: StoredPhoto[] = [];
  try {
    for (const [i, p] of photos.entries()) stored.push(await claimPhotos.save(p, `${_id}-${i + 1}`, { claimId: _id, n: i + 1 }));
    const claim = await PointsClaim.create({
      _id, memberId: member._id, displayName: member.displayName, communityId: member.orgUnitId, streetId: member.streetId ?? null,
      districtId: member.districtId ?? null, ruleKey: rule._id, ruleName: rule.name, occurredAt: input.occurredAt, month,
      quantity: input.quantity, description: input.description, submittedAt: now,
      photos: stored,
    });
    return toClaim(claim.toObject() as PointsClaimDoc);
  } catch (err) {
    await claimPhotos.delete(stored.map((p) => p.fileId));
    throw err;
  }
}

export interface ClaimQuery {
  status: 'pending' | 'approved' | 'rejected';
  community?: string;
  page: number;
  pageSize: number;
}

/** A member's own claims, a secretary's community's, an admin's (all or one community's): by status, newest first, paged in the database. */
export async function listClaims(q: ClaimQuery, actor: Actor): Promise<Page<ReturnType<typeof toClaim>>> {
  const keys = claimListFilter(actor, q);
  if (!keys) throw forbidden('只能查看本居村的积分申请 (only your own community\'s claims)');
  const filter = Object.fromEntries(Object.entries(keys).map(([k, v]) => [k, k === 'status' ? v : new Types.ObjectId(v)]));
  const [items, total] = await Promise.all([
    PointsClaim.find(filter).sort({ submittedAt: -1, _id: -1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<PointsClaimDoc[]>(),
    PointsClaim.countDocuments(filter),
  ]);
  return { items: items.map(toClaim), page: q.page, pageSize: q.pageSize, total };
}

export const claimDetail = async (id: string, actor: Actor) => toClaim(await visibleClaim(id, actor));

/** The stored photo `n` (1-based) of a claim the actor may see. */
export async function claimPhoto(id: string, n: number, actor: Actor) {
  const claim = await visibleClaim(id, actor);
  const photo = claim.photos[n - 1];
  if (!photo) throw notFound('照片');
  return photo;
}

/** For the member's page: their pending claims and their latest decided ones (each list from the member's index). */
export async function memberClaimsSummary(memberId: string, limit = 10) {
  const mine = (status: ClaimStatus) =>
    PointsClaim.find({ memberId: new Types.ObjectId(memberId), status }).sort({ submittedAt: -1, _id: -1 }).limit(limit).lean<PointsClaimDoc[]>();
  const [pending, approved, rejected] = await Promise.all([mine('pending'), mine('approved'), mine('rejected')]);
  const decided = [...approved, ...rejected]
    .sort((a, b) => new Date(b.decidedAt ?? b.updatedAt).getTime() - new Date(a.decidedAt ?? a.updatedAt).getTime())
    .slice(0, limit);
  return { pending: pending.map(toClaim), decided: decided.map(toClaim) };
}
