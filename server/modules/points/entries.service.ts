import { Types } from 'mongoose';
import { IdempotencyKey, LateLedgerEntry, PointsEntry, Revocation, type PointsEntryDoc, type PointsRuleDoc } from '../../../models/points.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { Reply } from '../../http/route.js';
import { conflict, DomainError, forbidden, invalid, isDuplicateKeyError, notFound, requestInProgress, writeTimedOut } from '../../lib/errors.js';
import { claimAge, CLAIM_WRITE_DEADLINE_MS, pastGrace, retryAfterSeconds } from '../../lib/claims.js';
import { claimIdempotencyKey, releaseAwardClaim, releaseKey } from './award-claims.js';
import { capChainOf, claimCap, releaseCap } from './cap-chain.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { monthKey, yearKey } from '../../lib/time.js';
import { isClosedMonth, LATE_ENTRY_MS, LEDGER_FIRST_MONTH, pointsFor, requestHash } from './points.rules.js';
import { ruleInForce, type RuleInForce } from './rule-versions.service.js';
import { readerById } from '../../db/reads-by-id.js';
import { newAwardEntry } from './raw-documents.js';
import { inserterInto } from '../../db/batched-inserts.js';

export interface EntryInput {
  memberId: string;
  ruleKey: string;
  occurredAt: Date;
  quantity: number;
  note: string;
}

/** Admins may write for anyone; a secretary only for members of their own community. */
export async function loadMemberFor(memberId: string, actor: Actor): Promise<UserDoc> {
  const member = await readerById<UserDoc>(User)(memberId);
  if (!member || member.role !== 'member') throw notFound('党员');
  if (!isAdmin(actor) && !(actor.role === 'secretary' && sameId(member.orgUnitId, actor.orgUnitId))) {
    throw forbidden('只能为本居村的党员登记积分 (only members of your own community)');
  }
  return member;
}

export const postEntry = (input: EntryInput, idempotencyKey: string, actor: Actor, now: Date): Promise<Reply> =>
  awardOnce(input, `${actor.id}:${idempotencyKey}`, actor, now);

/**
 * Writes an award at most once per `claimId` (the Idempotency-Key's stored `_id`): 201 with the new
 * entry, or 200 with the entry an earlier request under the same claim wrote. Caps and closed months
 * apply. A caller that is not an HTTP client (an activity's close) names its own deterministic claim.
 */
export async function awardOnce(input: EntryInput, claimId: string, actor: Actor, now: Date): Promise<Reply> {
  // Both reads at once; a member problem still answers before a rule problem.
  const [loaded, rule] = await Promise.all([loadMemberFor(input.memberId, actor).catch((err: Error) => err), ruleInForce(input.ruleKey, input.occurredAt)]);
  if (loaded instanceof Error) throw loaded;
  const member = loaded;
  if (!rule || !rule.active) throw invalid('rule_not_found', `积分规则不存在或已停用：${input.ruleKey} (unknown or inactive rule)`, [{ path: 'ruleKey' }]);
  if (input.occurredAt > now) throw invalid('occurred_in_future', '发生时间不能晚于现在 (occurredAt is in the future)', [{ path: 'occurredAt' }]);
  const month = monthKey(input.occurredAt);
  if (month < LEDGER_FIRST_MONTH) {
    throw invalid('occurred_too_early', `发生时间不能早于 ${LEDGER_FIRST_MONTH.slice(0, 4)} 年 (occurredAt before the ledger's first month ${LEDGER_FIRST_MONTH})`, [{ path: 'occurredAt' }]);
  }
  if (isClosedMonth(month, monthKey(now)) && !isAdmin(actor)) {
    throw monthClosed(`${month} 已结账，只有区级管理员可以补登 (month closed: admins only)`);
  }
  const points = pointsFor(rule, input.quantity);
  if (rule.monthlyCap != null && points > rule.monthlyCap) throw overCap(rule, points);

  const capChain = rule.monthlyCap != null ? capChainOf(member._id, rule._id, month) : null;
  const claim = await claimIdempotencyKey(claimId, requestHash({ ...input }), capChain);
  if (claim instanceof Reply) return claim;
  let entry: PointsEntryDoc;
  try {
    if (capChain && !(await claimCap(capChain, claim.entryId, points, rule.monthlyCap!)).ok) {
      await releaseKey(claim);
      throw overCap(rule, points, true);
    }
    // Past this point a replay may already call the claim dead: undo instead of writing late.
    if (claimAge(claim.createdAt) > CLAIM_WRITE_DEADLINE_MS) throw writeTimedOut();
    entry = await writeAward(member, rule, input, claim.entryId, actor, month);
  } catch (err) {
    // A rejected request leaves its key and cap room free, so the caller may retry after fixing the cause.
    if ((err as { code?: string }).code !== 'monthly_cap') await releaseAwardClaim(claim);
    throw err;
  }
  return new Reply(201, entry);
}

/** 403 with its own code, so a batch (an activity's close) can report it per member. */
const monthClosed = (message: string) => new DomainError('forbidden', 'month_closed', message);

const overCap = (rule: PointsRuleDoc, points: number, reached = false) =>
  conflict(
    'monthly_cap',
    reached
      ? `「${rule.name}」本月已达上限 ${rule.monthlyCap} 分，本次 ${points} 分未登记 (monthly cap ${rule.monthlyCap} reached)`
      : `「${rule.name}」每月最多 ${rule.monthlyCap} 分 (monthly cap ${rule.monthlyCap})`,
    [{ cap: rule.monthlyCap, requested: points }],
  );

async function writeAward(member: UserDoc, rule: RuleInForce, input: EntryInput, entryId: Types.ObjectId, actor: Actor, month: string) {
  await noteIfLate(entryId, month);
  const entry = newAwardEntry({
    _id: entryId,
    memberId: member._id,
    communityId: member.orgUnitId!,
    streetId: member.streetId,
    districtId: member.districtId,
    ruleKey: rule._id,
    ruleName: rule.name,
    ruleVersion: rule.version,
    partyDayItem: rule.partyDayItem ?? null,
    quantity: input.quantity,
    pointsPerUnit: rule.points,
    points: pointsFor(rule, input.quantity),
    occurredAt: input.occurredAt,
    month,
    year: yearKey(input.occurredAt),
    note: input.note,
    createdById: actor.id,
  }, new Date());
  await inserterInto(PointsEntry.collection)(entry);
  return entry;
}

/** Before writing an entry whose id is old (a claim finished late), notes its month for the rollup. */
async function noteIfLate(entryId: Types.ObjectId, month: string) {
  if (Date.now() - entryId.getTimestamp().getTime() < LATE_ENTRY_MS) return;
  try {
    await LateLedgerEntry.create({ _id: `${month}:${entryId}`, month });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

/**
 * Revokes an award by adding a negative entry in the award's month. The marker (keyed by the award)
 * is inserted first and names the negative entry's id, so two revocations of one award agree on a
 * single negative entry. While the first is being written a second answers request_in_progress; a
 * marker whose entry is still missing after the grace period was left by a crash, and the next
 * revocation (or the claims sweep) finishes it.
 */
export async function revokeEntry(entryId: string, reason: string, actor: Actor, now: Date) {
  const original = await PointsEntry.findById(entryId).lean<PointsEntryDoc>();
  if (!original) throw notFound('积分记录');
  await loadMemberFor(String(original.memberId), actor);
  if (original.kind !== 'award') throw invalid('not_revocable', '撤销记录本身不能再撤销 (a revocation cannot be revoked)');
  if (isClosedMonth(original.month, monthKey(now)) && !isAdmin(actor)) {
    throw monthClosed(`${original.month} 已结账，只有区级管理员可以撤销该月积分 (month closed: admins only)`);
  }
  const revocationId = await claimRevocation(entryId);
  try {
    const revocation = await finishRevocation(original, revocationId, { reason, createdById: actor.id });
    return revocation;
  } catch (err) {
    if (isDuplicateKeyError(err)) throw alreadyRevoked();
    throw err;
  }
}

/**
 * Writes the negative entry (counted in the original's month, so the award leaves that month's
 * totals) and gives the award's cap room back. Each step is idempotent, so a sweep may finish it.
 */
export async function finishRevocation(
  original: PointsEntryDoc,
  revocationId: Types.ObjectId,
  by: { reason: string; createdById: Types.ObjectId | string },
) {
  const { _id, createdAt: _c, ...rest } = original as PointsEntryDoc & { __v?: number; capSlots?: unknown };
  delete (rest as { __v?: number }).__v;
  delete (rest as { capSlots?: unknown }).capSlots;
  await noteIfLate(revocationId, original.month);
  const revocation = await PointsEntry.create({
    ...rest,
    _id: revocationId,
    kind: 'revoke',
    points: -original.points,
    revokesId: original._id,
    reason: by.reason,
    note: `撤销：${by.reason}`,
    createdById: by.createdById,
  });
  await settleRevocation(original);
  return revocation.toObject();
}

/** The award's cap room is released and its marker marked settled. */
export async function settleRevocation(original: PointsEntryDoc) {
  await releaseCap(capChainOf(original.memberId, original.ruleKey, original.month), original._id);
  await Revocation.updateOne({ _id: String(original._id) }, { $set: { settled: true } });
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
  if (!marker || (await PointsEntry.exists({ _id: marker.revocationId }))) throw alreadyRevoked();
  if (!pastGrace(marker.createdAt)) throw requestInProgress(retryAfterSeconds(marker.createdAt));
  return marker.revocationId;
}

/**
 * The sweep's half for revocations: a marker whose negative entry was written but whose cap room was
 * not yet given back is settled; one whose entry is still missing after the grace period is finished.
 */
export async function sweepRevocations(): Promise<number> {
  const unsettled = await Revocation.find({ settled: false }).lean<Array<{ _id: string; revocationId: Types.ObjectId; createdAt: Date }>>();
  let finished = 0;
  for (const marker of unsettled) {
    const [original, negative] = await Promise.all([
      PointsEntry.findById(marker._id).lean<PointsEntryDoc>(),
      PointsEntry.findById(marker.revocationId).lean<PointsEntryDoc>(),
    ]);
    if (!original) continue;
    if (negative) await settleRevocation(original);
    else if (pastGrace(marker.createdAt)) {
      await finishRevocation(original, marker.revocationId, { reason: '撤销中断后自动完成 (finished after an interruption)', createdById: original.createdById })
        .catch((err) => { if (!isDuplicateKeyError(err)) throw err; });
      finished++;
    }
  }
  return finished;
}
