import { Types } from 'mongoose';
import { Mentorship } from '../../../models/mentorship.model.js';
import { TrainingAttendance, TrainingSession, type TrainingAttendanceDoc, type TrainingSessionDoc } from '../../../models/training.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor } from '../../lib/paging.js';
import { recordStatus, tallyTraining, type RecordStatus, type TrainingTally } from './training.rules.js';
import { toSession } from './training.service.js';

/** The person, their active mentor (大梁), their street's staff and admins read a 小梁's training record; anyone else: 404. */
async function mayRead(actor: Actor, secretary: UserDoc) {
  if (isAdmin(actor) || sameId(secretary._id, actor.id)) return true;
  if (actor.role === 'department') return secretary.streetId != null && sameId(secretary.streetId, actor.streetId);
  if (actor.role !== 'secretary') return false;
  return !!(await Mentorship.exists({ menteeId: secretary._id, mentorId: new Types.ObjectId(actor.id), status: 'active' }));
}

/**
 * A secretary's training record (培训记录): every session they were invited to, newest first, with
 * where they stand (attended, missed, upcoming, under way) and totals.
 */
export async function trainingRecord(secretaryId: string, actor: Actor, q: { page: number; pageSize: number }, now: Date) {
  const secretary = await User.findById(secretaryId).lean<UserDoc>();
  if (!secretary || secretary.role !== 'secretary' || !(await mayRead(actor, secretary))) throw notFound('书记');
  const [sessions, attendances] = await Promise.all([
    TrainingSession.find({ inviteeIds: secretary._id }).sort({ startAt: -1, _id: -1 }).lean<TrainingSessionDoc[]>(),
    TrainingAttendance.find({ menteeId: secretary._id }).lean<TrainingAttendanceDoc[]>(),
  ]);
  const bySession = new Map(attendances.map((a) => [String(a.sessionId), a]));
  const rows = sessions.map((s) => {
    const attendance = bySession.get(String(s._id)) ?? null;
    const { inviteeIds, ...session } = toSession(s);
    return { ...session, invitedCount: inviteeIds.length, status: recordStatus(s, attendance, now), attendance: attendance && { via: attendance.via, at: attendance.at } };
  });
  const count = (status: RecordStatus) => rows.filter((r) => r.status === status).length;
  const start = skipFor(q.page, q.pageSize);
  return {
    secretary: { id: String(secretary._id), displayName: secretary.displayName, stage: secretary.stage ?? null },
    summary: { invited: rows.length, attended: count('attended'), missed: count('missed'), upcoming: count('upcoming') + count('ongoing') },
    items: rows.slice(start, start + q.pageSize),
    page: q.page,
    pageSize: q.pageSize,
    total: rows.length,
  };
}

/**
 * Each 小梁's training in a Shanghai month as it stood at `asOf` (for the monthly assessment): the
 * month's sessions by their calendar key, then their attendance, in two queries.
 */
export async function monthTraining(month: string, asOf: Date): Promise<Map<string, TrainingTally>> {
  const sessions = await TrainingSession.find({ months: month }, { startAt: 1, endAt: 1, recordedAt: 1, inviteeIds: 1 }).lean<TrainingSessionDoc[]>();
  if (!sessions.length) return new Map();
  const attendances = await TrainingAttendance.find({ sessionId: { $in: sessions.map((s) => s._id) } }, { sessionId: 1, menteeId: 1, at: 1 })
    .lean<TrainingAttendanceDoc[]>();
  return tallyTraining(sessions, attendances, month, asOf);
}
