import type { Model } from 'mongoose';
import { MenteeLock, Mentorship, MentorSlot } from '../../../models/mentorship.model.js';
import { pastGrace } from '../../lib/claims.js';
import { releaseOnce } from '../../db/release-once.js';

/** A mentor slot or a mentee lock: held for one pairing from `createdAt`. */
export interface PairClaim {
  _id: string;
  mentorshipId: unknown;
  createdAt?: Date;
}

/**
 * Claims that no longer hold anything: their pairing has ended (a crash between ending it and
 * releasing), or was never written and the grace period has passed (a crash between claiming and
 * writing it). Deleting them is conditioned on the same pairing, so it is idempotent and never
 * removes a newer claim on the same place.
 */
/** The one release ticket of a pairing's claim, whoever releases it (the end of the pairing, a repair, the sweep). */
export const pairClaimTicket = (model: Model<any>, claimId: string, mentorshipId: unknown) =>
  `${model.collection.collectionName}:${claimId}:${mentorshipId}`;

export async function releaseDeadClaims(claims: PairClaim[], model: Model<any>): Promise<number> {
  if (!claims.length) return 0;
  const pairs = await Mentorship.find({ _id: { $in: claims.map((c) => c.mentorshipId) } }, { status: 1 }).lean<Array<{ _id: unknown; status: string }>>();
  const status = new Map(pairs.map((p) => [String(p._id), p.status]));
  const dead = claims.filter((c) => {
    const s = status.get(String(c.mentorshipId));
    return s === 'ended' || (s === undefined && pastGrace(c.createdAt));
  });
  let released = 0;
  for (const claim of dead) {
    if (await releaseOnce(pairClaimTicket(model, claim._id, claim.mentorshipId), () => model.deleteOne({ _id: claim._id, mentorshipId: claim.mentorshipId }))) released++;
  }
  return released;
}

/** The sweep's half for pairings: every mentor slot and mentee lock (a few per secretary) is checked. */
export async function sweepPairClaims(): Promise<number> {
  const [slots, locks] = await Promise.all([MentorSlot.find({}).lean<PairClaim[]>(), MenteeLock.find({}).lean<PairClaim[]>()]);
  return (await releaseDeadClaims(slots, MentorSlot)) + (await releaseDeadClaims(locks, MenteeLock));
}
