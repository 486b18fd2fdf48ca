import { Types } from 'mongoose';
import { ClaimSweep, IdempotencyKey, PointsEntry, type IdempotencyKeyDoc, type PointsEntryDoc } from '../../../models/points.model.js';
import { Reply } from '../../http/route.js';
import { conflict, isDuplicateKeyError, requestInProgress } from '../../lib/errors.js';
import { CLAIM_GRACE_MS, pastGrace, retryAfterSeconds } from '../../lib/claims.js';
import { releaseCap } from './cap-chain.js';
import { releaseOnce } from '../../db/release-once.js';
import { bulkWriteInChunks, upsertSetById } from '../../db/bulk.js';
import { minuteOf, newIdempotencyKey } from './raw-documents.js';
import { inserterInto } from '../../db/batched-inserts.js';

export type AwardClaim = Pick<IdempotencyKeyDoc, '_id' | 'entryId' | 'capChain' | 'createdAt'>;

/**
 * Claims the Idempotency-Key for a new award, or answers a replay:
 * - the same key and body whose entry exists → 200 with that entry;
 * - … whose entry is still being written → 409 request_in_progress with Retry-After;
 * - … whose claim was left by a crash (past the grace period, entry missing) → released and claimed afresh;
 * - the same key with another body → 409 idempotency_key_reused.
 */
export async function claimIdempotencyKey(_id: string, requestHash: string, capChain: string | null): Promise<AwardClaim | Reply> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const entryId = new Types.ObjectId();
    try {
      const created = newIdempotencyKey({ _id, requestHash, entryId, capChain }, new Date());
      await inserterInto(IdempotencyKey.collection)(created);
      return { _id, entryId, capChain, createdAt: created.createdAt };
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    const claim = await IdempotencyKey.findById(_id).lean<IdempotencyKeyDoc>();
    if (!claim) continue; // released between our insert and read: claim it again
    if (claim.requestHash !== requestHash) {
      throw conflict('idempotency_key_reused', 'Idempotency-Key 已用于另一笔不同的登记 (key reused with a different body)');
    }
    const existing = await PointsEntry.findById(claim.entryId).lean<PointsEntryDoc>();
    if (existing) return new Reply(200, existing);
    if (!pastGrace(claim.createdAt)) throw requestInProgress(retryAfterSeconds(claim.createdAt));
    await releaseAwardClaim(claim);
  }
  throw requestInProgress(1);
}

/**
 * Undoes an award that was not written: its cap room first, then its key (so a sweep still finds the
 * key if we stop between). Returns whether this caller freed the key.
 */
export async function releaseAwardClaim(claim: Pick<AwardClaim, '_id' | 'entryId' | 'capChain'>): Promise<boolean> {
  if (claim.capChain) await releaseCap(claim.capChain, claim.entryId);
  return releaseKey(claim);
}

/** Frees the key for a new request (only the holder of this claim's release ticket deletes it). */
export const releaseKey = (claim: Pick<AwardClaim, '_id' | 'entryId'>) =>
  releaseOnce(`idempotency-key:${claim._id}:${claim.entryId}`, () => IdempotencyKey.deleteOne({ _id: claim._id, entryId: claim.entryId }));

/** A minute's claims are read once this long after it ends: past the grace period, with room for other processes' clocks. */
const SWEEP_LAG_MS = CLAIM_GRACE_MS + 5 * 60_000;
/** With no sweep recorded yet, claims are read from this far back. */
const FIRST_SWEEP_LOOKBACK_MS = 2 * 86_400_000;
const SWEEP_ID = 'award-claims';

const nextMinute = (minute: string) => minuteOf(new Date(Date.parse(`${minute}:00Z`) + 60_000));

/**
 * The sweep's half for awards: releases the claims a crash left (past the grace period, entry
 * missing). Each minute's claims are read once, by their `minute`, from where the last sweep stopped
 * to SWEEP_LAG_MS ago: a claim that old is either written or dead for good (a writer gives up within
 * CLAIM_WRITE_DEADLINE_MS). Nothing is written for a claim whose award was written, so an award costs
 * no update. Claims made before minutes existed are found by `settled: false`, as they were then.
 * Returns how many were released. `nowMs` is the real clock (claims age on it, see lib/claims.ts).
 */
export async function sweepAwardClaims(nowMs = Date.now()): Promise<number> {
  let released = await sweepUnsettledClaims(nowMs);
  const mark = await ClaimSweep.findById(SWEEP_ID).lean<{ through: string }>();
  const last = minuteOf(new Date(nowMs - SWEEP_LAG_MS));
  const first = mark ? nextMinute(mark.through) : minuteOf(new Date(nowMs - FIRST_SWEEP_LOOKBACK_MS));
  if (first > last) return released;
  for (let minute = first; minute <= last; minute = nextMinute(minute)) {
    released += await releaseDeadClaims(await IdempotencyKey.find({ minute }).lean<IdempotencyKeyDoc[]>(), nowMs);
  }
  // Two sweeps at once read the same minutes (releases happen once) and record the same end.
  await upsertSetById(ClaimSweep, SWEEP_ID, { through: last });
  return released;
}

/** Releases the claims whose entry is missing past the grace period; answers how many this caller released. */
async function releaseDeadClaims(claims: IdempotencyKeyDoc[], nowMs: number): Promise<number> {
  if (!claims.length) return 0;
  const written = new Set(
    (await PointsEntry.find({ _id: { $in: claims.map((k) => k.entryId) } }, { _id: 1 }).lean()).map((e) => String(e._id)),
  );
  let released = 0;
  for (const claim of claims) {
    if (!written.has(String(claim.entryId)) && pastGrace(claim.createdAt, nowMs) && (await releaseAwardClaim(claim))) released++;
  }
  return released;
}

/** Claims made before minutes existed, not yet seen with their entry: marked settled once it is, released when dead. */
async function sweepUnsettledClaims(nowMs: number): Promise<number> {
  const unsettled = await IdempotencyKey.find({ settled: false }).lean<IdempotencyKeyDoc[]>();
  if (!unsettled.length) return 0;
  const written = new Set(
    (await PointsEntry.find({ _id: { $in: unsettled.map((k) => k.entryId) } }, { _id: 1 }).lean()).map((e) => String(e._id)),
  );
  const settled = unsettled.filter((k) => written.has(String(k.entryId)));
  await bulkWriteInChunks(
    IdempotencyKey,
    settled.map((k) => ({ updateOne: { filter: { _id: k._id, entryId: k.entryId }, update: { $set: { settled: true } } } })),
    { ordered: false },
  );
  return releaseDeadClaims(unsettled.filter((k) => !written.has(String(k.entryId))), nowMs);
}
