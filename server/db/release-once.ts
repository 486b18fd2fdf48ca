import { ClaimRelease } from '../../models/transition.model.js';
import { isDuplicateKeyError } from '../lib/errors.js';
import { pastGrace } from '../lib/claims.js';

/** A release whose ticket is this many generations deep has failed over and over: stop and leave it to the sweep. */
const MAX_GENERATIONS = 8;

/**
 * Runs `release` (the delete of one holder's claim) only if this caller wins the release ticket
 * `ticket` (e.g. "mentor-slot:<place>:<mentorshipId>"). Without it, two releasers of the same claim
 * could both read it, one delete it, a new holder claim the place, and the other's delete-by-`_id`
 * remove the new claim. A ticket whose holder died before releasing (past the grace period) is
 * superseded by the next generation. Returns whether this caller released.
 */
export async function releaseOnce(ticket: string, release: () => Promise<unknown>): Promise<boolean> {
  for (let generation = 1; generation <= MAX_GENERATIONS; generation++) {
    const _id = `${ticket}#${generation}`;
    try {
      await ClaimRelease.create({ _id });
      await release();
      return true;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    const held = await ClaimRelease.findById(_id).lean<{ createdAt: Date }>();
    if (held && !pastGrace(held.createdAt)) return false; // being released right now by another caller
  }
  return false;
}

/**
 * Inserts a claim (`insert` rejects with a duplicate-key error when the place is held); when held,
 * `repair` frees dead holders (returning how many) and the insert is tried once more. False: held.
 */
export async function insertClaimRepairing(insert: () => Promise<unknown>, repair: () => Promise<number>): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await insert();
      return true;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    if (attempt === 0 && !(await repair())) return false;
  }
  return false;
}
