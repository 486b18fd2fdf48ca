import { Types } from 'mongoose';
import { CapSlot, IdempotencyKey, LateLedgerEntry, PointsEntry, Revocation, type PointsEntryDoc, type PointsRuleDoc } from '../../../models/points.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { Reply } from '../../http/route.js';
import { conflict, forbidden, invalid, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { monthKey, yearKey } from '../../lib/time.js';
import { isClosedMonth, pointsFor, requestHash } from './points.rules.js';
import { getActiveRule } from './rules.service.js';

export interface EntryInput {
  memberId: string;
  ruleKey: string;
  occurredAt: Date;
  quantity: number;
  note: string;
}

/** Admins may write for anyone; a secretary only for members of their own community. */
export async function loadMemberFor(memberId: string, actor: Actor): Promise<UserDoc> {
  const member = await User.findById(memberId).lean<UserDoc>();
  if (!member || member.role !== 'member') throw notFound('党员');
  if (!isAdmin(actor) && !(actor.role === 'secretary' && sameId(member.orgUnitId, actor.orgUnitId))) {
    throw forbidden('只能为本居村的党员登记积分 (only members of your own community)');
  }
  return member;
}

/** Claims `points` cap slots among 1..cap by insert; all or none. */
async function claimCapSlots(prefix: string, points: number, cap: number, entryId: Types.ObjectId): Promise<string[] | null> {
  const claimed: string[] = [];
  for (let n = 1; n <= cap && claimed.length < points; n++) {
    const id = `${prefix}:${n}`;
    try {
      await CapSlot.create({ _id: id, entryId });
      claimed.push(id);
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
  }
  if (claimed.length === points) return claimed;
  await CapSlot.deleteMany({ _id: { $in: claimed } });
  return null;
}

/**
 * Claims the Idempotency-Key. Returns the entry id to write, or the entry a previous identical
 * request already wrote. The key's document is inserted first, so two racing requests with the
 * same key agree on one entry id, and the entry's own `_id` insert decides which one writes.
 */
async function claimIdempotencyKey(actor: Actor, key: string, hash: string) {
  const _id = `${actor.id}:${key}`;
  const entryId = new Types.ObjectId();
  try {
    await IdempotencyKey.create({ _id, requestHash: hash, entryId });
    return { entryId, existing: null, owned: true };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const claim = await IdempotencyKey.findById(_id).lean<{ requestHash: string; entryId: Types.ObjectId }>();
  if (!claim) throw conflict('request_in_progress', '相同请求正在处理，请稍后重试 (same request in progress)');
  if (claim.requestHash !== hash) {
    throw conflict('idempotency_key_reused', 'Idempotency-Key 已用于另一笔不同的登记 (key reused with a different body)');
  }
  const existing = await PointsEntry.findById(claim.entryId).lean<PointsEntryDoc>();
  return { entryId: claim.entryId, existing, owned: false };
}

export async function postEntry(input: EntryInput, idempotencyKey: string, actor: Actor, now: Date): Promise<Reply> {
  // Both reads at once; a member problem still answers before a rule problem.
  const [loaded, rule] = await Promise.all([loadMemberFor(input.memberId, actor).catch((err: Error) => err), getActiveRule(input.ruleKey)]);
  if (loaded instanceof Error) throw loaded;
  const member = loaded;
  if (!rule || !rule.active) throw invalid('rule_not_found', `积分规则不存在或已停用：${input.ruleKey} (unknown or inactive rule)`, [{ path: 'ruleKey' }]);
  if (input.occurredAt > now) throw invalid('occurred_in_future', '发生时间不能晚于现在 (occurredAt is in the future)', [{ path: 'occurredAt' }]);
  const month = monthKey(input.occurredAt);
  if (isClosedMonth(month, monthKey(now)) && !isAdmin(actor)) {
    throw forbidden(`${month} 已结账，只有区级管理员可以补登 (month closed: admins only)`);
  }
  if (rule.monthlyCap != null && pointsFor(rule, input.quantity) > rule.monthlyCap) {
    throw conflict('monthly_cap', `「${rule.name}」每月最多 ${rule.monthlyCap} 分 (monthly cap ${rule.monthlyCap})`, [{ cap: rule.monthlyCap }]);
  }

  const claim = await claimIdempotencyKey(actor, idempotencyKey, requestHash({ ...input }));
  if (claim.existing) return new Reply(200, claim.existing);
  try {
    return await writeAward(member, rule, input, claim.entryId, actor, month);
  } catch (err) {
    // A rejected request leaves its key free, so the caller may retry after fixing the cause.
    if (claim.owned) await IdempotencyKey.deleteOne({ _id: `${actor.id}:${idempotencyKey}`, entryId: claim.entryId });
    throw err;
  }
}

async function writeAward(member: UserDoc, rule: PointsRuleDoc, input: EntryInput, entryId: Types.ObjectId, actor: Actor, month: string) {
  const points = pointsFor(rule, input.quantity);
  let capSlots: string[] = [];
  if (rule.monthlyCap !== null && rule.monthlyCap !== undefined) {
    const slots = await claimCapSlots(`${member._id}:${rule._id}:${month}`, points, rule.monthlyCap, entryId);
    if (!slots) {
      throw conflict('monthly_cap', `「${rule.name}」本月已达上限 ${rule.monthlyCap} 分，本次 ${points} 分未登记 (monthly cap ${rule.monthlyCap} reached)`, [
        { cap: rule.monthlyCap, requested: points },
      ]);
    }
    capSlots = slots;
  }
  try {
    await noteIfLate(entryId, month);
    const entry = await PointsEntry.create({
      _id: entryId,
      memberId: member._id,
      communityId: member.orgUnitId!,
      streetId: member.streetId,
      districtId: member.districtId,
      kind: 'award',
      ruleKey: rule._id,
      ruleName: rule.name,
      partyDayItem: rule.partyDayItem ?? null,
      quantity: input.quantity,
      pointsPerUnit: rule.points,
      points,
      occurredAt: input.occurredAt,
      month,
      year: yearKey(input.occurredAt),
      note: input.note,
      createdById: actor.id,
      capSlots,
    });
    return new Reply(201, entry.toObject());
  } catch (err) {
    await CapSlot.deleteMany({ _id: { $in: capSlots }, entryId });
    if (!isDuplicateKeyError(err)) throw err;
    // The same Idempotency-Key won the race in another request: answer with its entry.
    return new Reply(200, await PointsEntry.findById(entryId).lean<PointsEntryDoc>());
  }
}

/** An entry written this long after its id was minted is noted for the rollup (well within its hour of slack). */
const LATE_ENTRY_MS = 10 * 60_000;

/** Before writing an entry whose id is old (a claim finished late), notes its month for the rollup. */
async function noteIfLate(entryId: Types.ObjectId, month: string) {
  if (Date.now() - entryId.getTimestamp().getTime() < LATE_ENTRY_MS) return;
  try {
    await LateLedgerEntry.create({ _id: `${month}:${entryId}`, month });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

/** A revocation marker this old whose negative entry is still missing was left by a crash. */
const REVOCATION_GRACE_MS = 60_000;

/**
 * Revokes an award by adding a negative entry in the award's month. The marker (keyed by the award)
 * is inserted first and names the negative entry's id, so two revocations of one award agree on a
 * single negative entry, and its insert decides which request wrote it. A marker whose entry is
 * still missing after the grace period was left by a crash: the next revocation writes the entry.
 */
export async function revokeEntry(entryId: string, reason: string, actor: Actor, now: Date) {
  const original = await PointsEntry.findById(entryId).lean<PointsEntryDoc>();
  if (!original) throw notFound('积分记录');
  await loadMemberFor(String(original.memberId), actor);
  if (original.kind !== 'award') throw invalid('not_revocable', '撤销记录本身不能再撤销 (a revocation cannot be revoked)');
  if (isClosedMonth(original.month, monthKey(now)) && !isAdmin(actor)) {
    throw forbidden(`${original.month} 已结账，只有区级管理员可以撤销该月积分 (month closed: admins only)`);
  }
  const revocationId = await claimRevocation(entryId);
  const { _id, createdAt: _c, capSlots, ...rest } = original as PointsEntryDoc & { __v?: number };
  delete (rest as { __v?: number }).__v;
  try {
    await noteIfLate(revocationId, original.month);
    const revocation = await PointsEntry.create({
      ...rest,
      _id: revocationId,
      kind: 'revoke',
      points: -original.points,
      revokesId: original._id,
      reason,
      note: `撤销：${reason}`,
      createdById: actor.id,
      capSlots: [],
    });
    // Counted in the original's month, so the original disappears from that month's totals; its cap room frees up.
    await CapSlot.deleteMany({ _id: { $in: capSlots }, entryId: original._id });
    return revocation.toObject();
  } catch (err) {
    if (isDuplicateKeyError(err)) throw alreadyRevoked();
    throw err;
  }
}

const alreadyRevoked = () => conflict('already_revoked', '该积分记录已撤销 (entry already revoked)');

/** The id the award's negative entry is to be written under: a new claim, or a dead one to finish. */
async function claimRevocation(entryId: string): Promise<Types.ObjectId> {
  const revocationId = new Types.ObjectId();
  try {
    await Revocation.create({ _id: entryId, revocationId });
    return revocationId;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const marker = await Revocation.findById(entryId).lean<{ revocationId: Types.ObjectId; createdAt: Date }>();
  const unfinished = marker && !(await PointsEntry.exists({ _id: marker.revocationId }));
  if (unfinished && Date.now() - marker.createdAt.getTime() > REVOCATION_GRACE_MS) return marker.revocationId;
  throw alreadyRevoked();
}
