import { Types } from 'mongoose';
import { Activity, Attendance, type ActivityDoc, type AttendanceDoc } from '../../../models/activity.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { findTransition } from '../../db/transitions.js';
import { releaseOnce } from '../../db/release-once.js';
import { Reply } from '../../http/route.js';
import { claimAge, CLAIM_WRITE_DEADLINE_MS } from '../../lib/claims.js';
import { conflict, DomainError, isDuplicateKeyError, notFound, requestInProgress, writeTimedOut } from '../../lib/errors.js';
import { rateLimiter, type RateLimiter } from '../../db/rate-limiter.js';
import type { Clock } from '../../lib/time.js';
import type { Actor } from '../../lib/actor.js';
import { checkSignInCode, WRONG_CODES_ALLOWED, WRONG_CODES_WINDOW_MS } from '../../lib/sign-in-code.js';
import { audienceOf, currentCode, signInTiming, signInWindow } from './activities.rules.js';
import { activityClosed, attendanceId, closeTransitionId, isClosed, manageableActivity } from './activities.service.js';
import { awardAttendee, type AwardOutcome, type CloseData } from './close.service.js';
import { claimSeat, releaseSeat } from './seats.js';

/** The console page a member opens to sign in (the QR code shown by the organiser points here). */
export const SIGN_IN_PAGE = '/member/sign-in';

const notInScope = () => new DomainError('forbidden', 'not_in_scope', '您不在该活动的参加范围内（仅限本居村、所属街镇或全区的党员） (not in this activity\'s scope)');
const activityFull = (capacity: number | null | undefined) => conflict('activity_full', `活动人数已满（上限 ${capacity} 人） (the activity is full)`, [{ capacity }]);

/** The current code, its expiry and the link to show as a QR code, for the organiser's screen. */
export async function signInCode(id: string, actor: Actor, now: Date, origin: string) {
  const a = await manageableActivity(id, actor);
  if (await isClosed(a)) throw activityClosed('活动已结束结算，不再签到 (the activity is closed)');
  const code = currentCode(a.secret, now);
  const signInPath = `${SIGN_IN_PAGE}?activity=${a._id}&code=${code.code}`;
  return { activityId: String(a._id), ...code, signInPath, signInUrl: `${origin}${signInPath}`, signInWindow: signInWindow(a), signInOpen: signInTiming(a, now) === 'open' };
}

type Attended = { added: boolean; attendance: AttendanceDoc; award?: AwardOutcome };

/**
 * Writes a member's attendance once: a place is claimed first, then the attendance under
 * "<activityId>:<memberId>"; a racing duplicate gives its place back and answers the one written.
 * Written after the close (a late addition, or a sign-in that raced it), it is awarded at once under
 * the same key the close uses, so it is counted exactly once.
 */
async function attend(a: ActivityDoc, member: UserDoc, how: { via: 'code' | 'manual'; byId: string; at: Date }, actor: Actor, now: Date): Promise<Attended> {
  const _id = attendanceId(a._id, member._id);
  const existing = await Attendance.findById(_id).lean<AttendanceDoc>();
  if (existing) return { added: false, attendance: existing };
  const seat = await claimSeat(a, _id);
  if (!seat) throw activityFull(a.capacity);
  let attendance: AttendanceDoc;
  try {
    if (claimAge(seat.createdAt) > CLAIM_WRITE_DEADLINE_MS) throw writeTimedOut();
    const created = await Attendance.create({
      _id, activityId: a._id, memberId: member._id, displayName: member.displayName, communityId: member.orgUnitId, ...how, seatId: seat._id, holdId: seat.holdId,
    });
    attendance = created.toObject() as AttendanceDoc;
  } catch (err) {
    await releaseSeat(seat);
    if (!isDuplicateKeyError(err)) throw err;
    const winner = await Attendance.findById(_id).lean<AttendanceDoc>();
    if (!winner) throw requestInProgress(1); // removed in between: let the client try again
    return { added: false, attendance: winner };
  }
  const close = await findTransition<CloseData>(closeTransitionId(a._id));
  if (!close) return { added: true, attendance };
  // A member's own sign-in that raced the close is awarded on the closer's authority.
  const awarder = how.via === 'manual' ? actor : close.data.by;
  return { added: true, attendance, award: await awardAttendee(a._id, close.data, attendance, awarder, now) };
}

/** Wrong codes a member may enter per activity in 10 minutes (server/lib/sign-in-code.ts). */
export const wrongCodeLimiter = (clock: Clock) =>
  rateLimiter({ name: 'sign-in-code', limit: WRONG_CODES_ALLOWED, windowMs: WRONG_CODES_WINDOW_MS, refunds: true }, clock);

/**
 * A member signs in with the code on the organiser's screen: in scope, within [start − 30 min, end],
 * before the close, with this or the previous minute's code. A repeat answers the sign-in (200).
 * Every code checked takes a unit of the member's budget for the activity; a right one gives it back.
 */
export async function signIn(id: string, code: string, actor: Actor, now: Date, wrongCodes: RateLimiter): Promise<Reply> {
  const [a, member] = await Promise.all([Activity.findById(id).lean<ActivityDoc>(), User.findById(actor.id).lean<UserDoc>()]);
  if (!a) throw notFound('活动');
  if (!member) throw notFound('党员');
  if (!audienceOf(member).includes(String(a.scopeId))) throw notInScope();
  const existing = await Attendance.findById(attendanceId(a._id, member._id)).lean<AttendanceDoc>();
  if (existing) return new Reply(200, existing);
  if (a.status === 'closed') throw activityClosed('活动已结束结算，不能再签到；如确已到场请联系组织者补登 (closed: ask the organiser to add you)');
  await checkSignInCode(a, code, now, { limiter: wrongCodes, key: `${a._id}:${member._id}` });
  const result = await attend(a, member, { via: 'code', byId: actor.id, at: now }, actor, now);
  return new Reply(result.added ? 201 : 200, { ...result.attendance, ...(result.award ? { award: result.award } : {}) });
}

/** Organisers see who has signed in, in order. */
export async function listAttendees(id: string, actor: Actor) {
  const a = await manageableActivity(id, actor);
  const items = await Attendance.find({ activityId: a._id }).sort({ at: 1, _id: 1 }).lean<AttendanceDoc[]>();
  return { activityId: String(a._id), capacity: a.capacity, total: items.length, items };
}

/**
 * The organiser ticks members by hand, at any time until the close and after it (a late addition is
 * awarded at once). Each member is answered on their own row: added, already signed in, or refused.
 */
export async function addAttendees(id: string, memberIds: string[], actor: Actor, now: Date) {
  const a = await manageableActivity(id, actor);
  const members = new Map(
    (await User.find({ _id: { $in: memberIds.map((m) => new Types.ObjectId(m)) } }).lean<UserDoc[]>()).map((m) => [String(m._id), m]),
  );
  const items: Array<{ memberId: string; status: 'added' | 'already' | 'refused' } & Record<string, unknown>> = [];
  for (const memberId of memberIds) {
    const member = members.get(memberId);
    const refuse = (err: DomainError) => ({ memberId, displayName: member?.displayName ?? null, status: 'refused' as const, code: err.code, message: err.message });
    if (!member || member.role !== 'member' || !member.active) items.push(refuse(notFound('党员')));
    else if (!audienceOf(member).includes(String(a.scopeId))) items.push(refuse(notInScope()));
    else {
      try {
        const r = await attend(a, member, { via: 'manual', byId: actor.id, at: now }, actor, now);
        items.push({ memberId, displayName: member.displayName, status: r.added ? 'added' : 'already', attendance: r.attendance, ...(r.award ? { award: r.award } : {}) });
      } catch (err) {
        if (!(err instanceof DomainError)) throw err;
        items.push(refuse(err));
      }
    }
  }
  const count = (s: string) => items.filter((i) => i.status === s).length;
  return { activityId: String(a._id), summary: { added: count('added'), already: count('already'), refused: count('refused') }, items };
}

/**
 * Removes an attendance before the close. If a close raced in between, the attendance is put back
 * (and awarded, since the close may not have seen it) and the removal is refused: after a close
 * points are taken back by revoking the entry.
 */
export async function removeAttendee(id: string, memberId: string, actor: Actor, now: Date) {
  const a = await manageableActivity(id, actor);
  if (await isClosed(a)) throw activityClosed('活动已结算，不能再移除签到；如需撤回积分请撤销该积分记录 (closed: revoke the points entry instead)');
  const att = await Attendance.findById(attendanceId(a._id, memberId)).lean<AttendanceDoc>();
  if (!att) throw notFound('签到记录');
  if (!(await releaseOnce(`attendance:${att._id}:${att.holdId}`, () => Attendance.deleteOne({ _id: att._id, holdId: att.holdId })))) return;
  await releaseSeat({ _id: att.seatId, holdId: att.holdId });
  const close = await findTransition<CloseData>(closeTransitionId(a._id));
  if (!close) return;
  await Attendance.create(att).catch((err) => { if (!isDuplicateKeyError(err)) throw err; });
  await awardAttendee(a._id, close.data, att, actor, now);
  throw activityClosed('活动刚刚结算，签到已保留 (the activity was just closed; the attendance stays)');
}
