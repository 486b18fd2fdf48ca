import { randomUUID } from 'node:crypto';
import { ScoreWriteInFlight } from '../../../models/transition.model.js';
import { findTransition } from '../../db/transitions.js';
import { conflict } from '../../lib/errors.js';
import { CLAIM_GRACE_MS, pastGrace } from '../../lib/claims.js';

const cycleClosedId = (cycleId: string) => `cycle:${cycleId}:closed`;

/**
 * Runs a score write while it is registered as in flight, after checking that the cycle has not
 * begun closing. Registering comes first, so a close either is seen by the check or waits for the
 * write (waitForScoreWrites): no accepted score is left out of the frozen results.
 */
export async function asScoreWrite<T>(cycleId: string, write: () => Promise<T>): Promise<T> {
  const _id = `${cycleId}:${randomUUID()}`;
  await ScoreWriteInFlight.create({ _id, cycleId });
  try {
    if (await findTransition(cycleClosedId(cycleId))) {
      throw conflict('cycle_not_open', '评估周期已结束评分，不能再评分 (the cycle is closed for scoring)');
    }
    return await write();
  } finally {
    await ScoreWriteInFlight.deleteOne({ _id });
  }
}

/** Waits until no score write that may have passed the open check is still running (a crashed one counts after the grace period). */
export async function waitForScoreWrites(cycleId: string): Promise<void> {
  const deadline = Date.now() + CLAIM_GRACE_MS + 5_000;
  while (Date.now() < deadline) {
    const inFlight = await ScoreWriteInFlight.find({ cycleId }).lean<Array<{ createdAt: Date }>>();
    if (!inFlight.some((w) => !pastGrace(w.createdAt))) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}
