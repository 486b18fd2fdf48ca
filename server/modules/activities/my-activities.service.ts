import { Types } from 'mongoose';
import { Activity, Attendance, type ActivityDoc, type AttendanceDoc } from '../../../models/activity.model.js';
import type { Actor } from '../../lib/actor.js';
import { listActivities } from './activities.service.js';

/** Upcoming and running activities the member may attend (their community, street and district), soonest first. */
export const upcomingActivities = (actor: Actor, now: Date, days = 30, limit = 10) =>
  listActivities({ from: now, to: new Date(now.getTime() + days * 86_400_000), page: 1, pageSize: limit }, actor);

/** A member's latest sign-ins with their activity's title and time (by the member's index, then activities by `_id`). */
export async function recentSignIns(memberId: string, limit = 10) {
  const rows = await Attendance.find({ memberId: new Types.ObjectId(memberId) }).sort({ at: -1 }).limit(limit).lean<AttendanceDoc[]>();
  const activities = await Activity.find({ _id: { $in: rows.map((r) => r.activityId) } }, { title: 1, kind: 1, startAt: 1, endAt: 1, status: 1 })
    .lean<ActivityDoc[]>();
  const byId = new Map(activities.map((a) => [String(a._id), a]));
  return rows.map((r) => {
    const a = byId.get(String(r.activityId));
    return {
      activityId: r.activityId, at: r.at, via: r.via,
      title: a?.title ?? null, kind: a?.kind ?? null, startAt: a?.startAt ?? null, endAt: a?.endAt ?? null, closed: a?.status === 'closed',
    };
  });
}
