import { randomUUID } from 'node:crypto';
import { ScoreWriteInFlight } from '../../../models/transition.model.js';
import { findTransition } from '../../db/transitions.js';
import { conflict, writeTimedOut } from '../../lib/errors.js';
import { claimAge, CLAIM_WRITE_DEADLINE_MS } from '../../lib/claims.js';

const cycleClosedId = (cycleId: string) => `cycle:${cycleId}:closed`;

/**
 * Runs a score write while it is registered as in flight, after checking that the cycle has not
 * begun closing. Registering comes first, so a close either is seen by the check or waits for the
 * write (waitForScoreWrites): no accepted score is left out of the frozen results.
 */
export async function asScoreWrite<T>(cycleId: string, write: () => Promise<T>): Promise<T> {
  const _id = `${cycleId}:${randomUUID()}`;
  const registered = await ScoreWriteInFlight.create({ _id, cycleId });
  try {
    if (await findTransition(cycleClosedId(cycleId))) {
      throw conflict('cycle_not_open', '评估周期已结束评分，不能再评分 (the cycle is closed for scoring)');
    }
    // A close waits at most this long for the writes in flight: one this late is refused, not written after the freeze.
    if (claimAge(registered.createdAt) > CLAIM_WRITE_DEADLINE_MS) throw writeTimedOut();
    return await write();
  } finally {
    await ScoreWriteInFlight.deleteOne({ _id });
  }
}

/**
 * Waits until the score writes registered before the close (`closedAt`) have finished; later ones
 * see the close and are refused. A write gives up after CLAIM_WRITE_DEADLINE_MS, so that is the
 * longest wait (a crashed write's registration is simply outwaited).
 */
export async function waitForScoreWrites(cycleId: string, closedAt: Date): Promise<void> {
  const deadline = closedAt.getTime() + CLAIM_WRITE_DEADLINE_MS + 1_000;
  while (Date.now() < deadline) {
    const inFlight = await ScoreWriteInFlight.find({ cycleId }).lean<Array<{ createdAt: Date }>>();
    if (!inFlight.some((w) => w.createdAt.getTime() <= closedAt.getTime())) return;
    await new Promise((r) => setTimeout(r, 25));
  }
}
