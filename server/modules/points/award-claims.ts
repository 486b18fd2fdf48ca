import { Types } from 'mongoose';
import { IdempotencyKey, PointsEntry, type IdempotencyKeyDoc, type PointsEntryDoc } from '../../../models/points.model.js';
import { Reply } from '../../http/route.js';
import { conflict, isDuplicateKeyError, requestInProgress } from '../../lib/errors.js';
import { pastGrace, retryAfterSeconds } from '../../lib/claims.js';
import { releaseCap } from './cap-chain.js';
import { releaseOnce } from '../../db/release-once.js';
import { bulkWriteInChunks } from '../../db/bulk.js';
import { newIdempotencyKey } from './raw-documents.js';

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
      await IdempotencyKey.collection.insertOne(created as never);
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

/** Settled marks wait this long to be written together with others (one bulk write instead of one update per award). */
const SETTLE_BATCH_MS = 50;
let settling: Array<Pick<AwardClaim, '_id' | 'entryId'>> = [];
let settleTimer: NodeJS.Timeout | null = null;

/**
 * Marks a key whose entry is written as settled, so the sweep no longer looks at it. The mark is
 * written shortly after, in a batch: it only saves the sweep work, and a mark lost in a crash is
 * written by the sweep, which settles every key whose entry exists.
 */
export function settleKey(claim: Pick<AwardClaim, '_id' | 'entryId'>): void {
  settling.push({ _id: claim._id, entryId: claim.entryId });
  settleTimer ??= setTimeout(() => void flushSettled(), SETTLE_BATCH_MS);
}

/** Writes the waiting settled marks now (also called by the sweep and at shutdown). */
export async function flushSettled(): Promise<void> {
  if (settleTimer) clearTimeout(settleTimer);
  settleTimer = null;
  const batch = settling;
  settling = [];
  if (!batch.length) return;
  await bulkWriteInChunks(
    IdempotencyKey,
    batch.map((k) => ({ updateOne: { filter: { _id: k._id, entryId: k.entryId }, update: { $set: { settled: true } } } })),
    { ordered: false },
  ).catch(() => undefined); // the sweep settles what this missed
}

/**
 * The sweep's half for awards: settles keys whose entry was written, releases those left by a crash.
 * Returns how many were released.
 */
export async function sweepAwardClaims(): Promise<number> {
  await flushSettled();
  const unsettled = await IdempotencyKey.find({ settled: false }).lean<IdempotencyKeyDoc[]>();
  const written = new Set(
    (await PointsEntry.find({ _id: { $in: unsettled.map((k) => k.entryId) } }, { _id: 1 }).lean()).map((e) => String(e._id)),
  );
  let released = 0;
  for (const key of unsettled) {
    if (written.has(String(key.entryId))) {
      await IdempotencyKey.updateOne({ _id: key._id, entryId: key.entryId }, { $set: { settled: true } });
    } else if (pastGrace(key.createdAt) && (await releaseAwardClaim(key))) {
      released++;
    }
  }
  return released;
}
