import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PointsClaim, type PointsClaimDoc } from '../../../models/points-claim.model.js';
import type { PointsEntryDoc } from '../../../models/points.model.js';
import { findTransition, recordTransition, withdrawTransition } from '../../db/transitions.js';
import type { TransitionDoc } from '../../../models/transition.model.js';
import { conflict, DomainError, forbidden, requestInProgress } from '../../lib/errors.js';
import { pastGrace } from '../../lib/claims.js';
import type { Actor } from '../../lib/actor.js';
import { awardOnce } from '../points/index.js';
import { notify } from '../notifications/index.js';
import { canDecideClaim } from './claims.rules.js';
import { toClaim, visibleClaim } from './claims.service.js';

type Outcome = 'approved' | 'rejected';

/** The decision, inserted once: `attempt` names this try, so a refused approval withdraws only itself. */
export interface Decision extends Record<string, unknown> {
  outcome: Outcome;
  attempt: string;
  by: Actor;
  at: Date;
  reason: string | null;
}

export const decisionId = (claimId: unknown) => `points-claim:${claimId}:decided`;
/** The ledger's Idempotency-Key of a claim's award: one entry per claim, whoever approves and however often. */
export const claimAwardKey = (claimId: unknown) => `points-claim:${claimId}`;

/** A parallel decision of the same outcome is still being carried out: wait this long for it. */
const WAIT_MS = 150;
const ROUNDS = 40;

const snapshot = (a: Actor): Actor => ({ id: a.id, role: a.role, username: a.username, orgUnitId: a.orgUnitId, streetId: a.streetId, districtId: a.districtId });

const alreadyDecided = (status: string) =>
  conflict('claim_decided', status === 'approved' ? '该申请已批准，不能再驳回 (the claim was approved)' : '该申请已驳回，不能再批准 (the claim was rejected)', [{ status }]);

async function tellMember(claim: PointsClaimDoc, outcome: Outcome, detail: string) {
  await notify({
    id: `points-claim:${claim._id}:decided`, userId: claim.memberId, kind: `points_claim_${outcome}`,
    title: outcome === 'approved' ? `积分申请已通过：「${claim.ruleName}」` : `积分申请未通过：「${claim.ruleName}」`,
    body: detail, link: '/member/points',
  });
}

/** The award a claim asks for: the same input every time, so replays of its key hash alike. */
const awardInput = (c: PointsClaimDoc) => ({
  memberId: String(c.memberId), ruleKey: c.ruleKey, occurredAt: new Date(c.occurredAt), quantity: c.quantity, note: `积分申请：${c.description.slice(0, 200)}`,
});

/**
 * Carries out a decision (the first time, or rolling forward one a crash cut off). An approval
 * writes the award under the claim's key; if the ledger refuses it (cap reached, month closed, the
 * member moved away), the approval is withdrawn, the refusal noted on the claim (still pending),
 * and the refusal thrown to the approver.
 */
async function carryOut(claim: PointsClaimDoc, t: TransitionDoc<Decision>, now: Date): Promise<PointsClaimDoc> {
  const d = t.data;
  const decided = { decidedAt: new Date(d.at), decidedById: d.by.id };
  if (d.outcome === 'rejected') {
    await PointsClaim.updateOne({ _id: claim._id }, { $set: { status: 'rejected', reason: d.reason, ...decided } });
    await tellMember(claim, 'rejected', `驳回理由：${d.reason}`);
  } else {
    let entry: PointsEntryDoc;
    try {
      entry = (await awardOnce(awardInput(claim), claimAwardKey(claim._id), d.by, now)).body as PointsEntryDoc;
    } catch (err) {
      if (err instanceof DomainError && err.code !== 'request_in_progress') {
        await PointsClaim.updateOne({ _id: claim._id }, { $set: { refusal: { code: err.code, message: err.message, at: now, byId: d.by.id } } });
        await withdrawTransition(t._id, d.attempt);
      }
      throw err;
    }
    await PointsClaim.updateOne({ _id: claim._id }, { $set: { status: 'approved', entryId: entry._id, points: entry.points, refusal: null, ...decided } });
    await tellMember(claim, 'approved', `已计入 ${entry.points} 分（${entry.month}）`);
  }
  return (await PointsClaim.findById(claim._id).lean<PointsClaimDoc>())!;
}

/**
 * Approves or rejects a pending claim. The decision is the unique insert "points-claim:<id>:decided":
 * of parallel decisions exactly one wins. A repeat of the decision that stands answers the same claim
 * (200); the opposite decision is 409 claim_decided. A decision whose writer crashed (older than the
 * grace period, claim still pending) is rolled forward by the next caller.
 */
export async function decideClaim(id: string, outcome: Outcome, reason: string | null, actor: Actor, now: Date) {
  let claim = await visibleClaim(id, actor);
  if (!canDecideClaim(actor, claim)) throw forbidden('只有本居村书记或区级管理员可以审核积分申请 (only the community\'s secretary or an admin)');
  for (let round = 0; round < ROUNDS; round++) {
    if (claim.status !== 'pending') {
      if (claim.status !== outcome) throw alreadyDecided(claim.status);
      return toClaim(claim);
    }
    const { won, transition } = await recordTransition<Decision>(decisionId(claim._id), { outcome, attempt: randomUUID(), by: snapshot(actor), at: now, reason });
    if (won || pastGrace(transition.createdAt)) return toClaim(await carryOut(claim, transition, now));
    if (transition.data.outcome !== outcome) throw alreadyDecided(transition.data.outcome);
    await sleep(WAIT_MS); // the same decision by someone else, being carried out (or withdrawn): look again
    claim = await visibleClaim(id, actor);
  }
  throw requestInProgress(1);
}

/**
 * For the reminder job: a pending claim that already has a decision is not waiting for the secretary.
 * One whose writer crashed (past the grace period) is carried out now; a refused approval stays
 * pending. Returns whether the claim is decided (or being decided right now).
 */
export async function settleDecided(claim: PointsClaimDoc, now: Date): Promise<boolean> {
  const t = await findTransition<Decision>(decisionId(claim._id));
  if (!t) return false;
  if (!pastGrace(t.createdAt)) return true;
  return carryOut(claim, t, now).then(() => true, () => false);
}
