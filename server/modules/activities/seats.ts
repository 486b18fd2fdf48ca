import { Types } from 'mongoose';
import { ActivitySeat, Attendance, type SeatDoc } from '../../../models/activity.model.js';
import { releaseOnce } from '../../db/release-once.js';
import { pastGrace } from '../../lib/claims.js';
import { isDuplicateKeyError } from '../../lib/errors.js';

export type SeatClaim = Pick<SeatDoc, '_id' | 'holdId' | 'createdAt'>;

async function insertSeat(activityId: Types.ObjectId, k: number, attendanceId: string): Promise<SeatClaim | null> {
  try {
    const seat = await ActivitySeat.create({ _id: `${activityId}#${k}`, activityId, k, attendanceId, holdId: new Types.ObjectId() });
    return { _id: seat._id, holdId: seat.holdId, createdAt: seat.createdAt as Date };
  } catch (err) {
    if (isDuplicateKeyError(err)) return null;
    throw err;
  }
}

/**
 * Claims a free place (1..capacity, or any when there is no capacity) for an attendance about to be
 * written. Null when every place is taken, after freeing places left by a crash.
 */
export async function claimSeat(activity: { _id: Types.ObjectId; capacity?: number | null }, attendanceId: string): Promise<SeatClaim | null> {
  for (let round = 0; round < 2; round++) {
    const seats = await ActivitySeat.find({ activityId: activity._id }).lean<SeatDoc[]>();
    const taken = new Set(seats.map((s) => s.k));
    for (let k = 1; activity.capacity == null || k <= activity.capacity; k++) {
      const seat = taken.has(k) ? null : await insertSeat(activity._id, k, attendanceId);
      if (seat) return seat;
    }
    if (round === 0 && !(await releaseDeadSeats(seats))) return null;
  }
  return null;
}

/** Frees a place for the next sign-in (only the holder of this hold's release ticket deletes it). */
export const releaseSeat = (seat: Pick<SeatDoc, '_id' | 'holdId'>) =>
  releaseOnce(`activity-seat:${seat._id}:${seat.holdId}`, () => ActivitySeat.deleteOne({ _id: seat._id, holdId: seat.holdId }));

/** Places past the grace period whose attendance was never written (a crash between the two). */
async function releaseDeadSeats(seats: SeatDoc[]): Promise<number> {
  const old = seats.filter((s) => pastGrace(s.createdAt));
  if (!old.length) return 0;
  const holding = await Attendance.find({ _id: { $in: old.map((s) => s.attendanceId) } }, { holdId: 1 }).lean<Array<{ holdId: Types.ObjectId }>>();
  const held = new Set(holding.map((a) => String(a.holdId)));
  let released = 0;
  for (const seat of old.filter((s) => !held.has(String(s.holdId)))) {
    if (await releaseSeat(seat)) released++;
  }
  return released;
}
