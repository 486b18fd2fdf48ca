import { Types } from 'mongoose';
import { TrainingAttendance, TrainingSession, type TrainingAttendanceDoc, type TrainingSessionDoc } from '../../../models/training.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { rateLimiter, type RateLimiter } from '../../db/rate-limiter.js';
import { Reply } from '../../http/route.js';
import { conflict, DomainError, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import { sameId, type Actor } from '../../lib/actor.js';
import { checkSignInCode, currentCode, signInTiming, signInWindow, WRONG_CODES_ALLOWED, WRONG_CODES_WINDOW_MS } from '../../lib/sign-in-code.js';
import type { Clock } from '../../lib/time.js';
import { manageableSession } from './training.service.js';

/** The console page an invited 小梁 opens to sign in (the QR code shown by the organiser points here). */
export const TRAINING_SIGN_IN_PAGE = '/mentee/training';

export const attendanceId = (sessionId: unknown, menteeId: unknown) => `${sessionId}:${menteeId}`;
const notInvited = () => new DomainError('forbidden', 'not_invited', '您不在该培训的受邀名单中 (not invited to this session)');
const isInvited = (s: TrainingSessionDoc, userId: unknown) => s.inviteeIds.some((id) => sameId(id, String(userId)));

/** The current code, its expiry and the link to show as a QR code, for the organiser's screen. */
export async function trainingSignInCode(id: string, actor: Actor, now: Date, origin: string) {
  const s = await manageableSession(id, actor);
  const code = currentCode(s.secret, now);
  const signInPath = `${TRAINING_SIGN_IN_PAGE}?session=${s._id}&code=${code.code}`;
  return { sessionId: String(s._id), ...code, signInPath, signInUrl: `${origin}${signInPath}`, signInWindow: signInWindow(s), signInOpen: signInTiming(s, now) === 'open' };
}

type How = { via: 'code' | 'manual'; byId: string; at: Date };

/** Records an attendance once (`_id` "<sessionId>:<menteeId>"): of racing writes one is inserted, the others answer it. */
async function attend(s: TrainingSessionDoc, mentee: UserDoc, how: How): Promise<{ added: boolean; attendance: TrainingAttendanceDoc }> {
  const _id = attendanceId(s._id, mentee._id);
  try {
    const created = await TrainingAttendance.create({ _id, sessionId: s._id, menteeId: mentee._id, displayName: mentee.displayName, ...how });
    return { added: true, attendance: created.toObject() as TrainingAttendanceDoc };
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return { added: false, attendance: (await TrainingAttendance.findById(_id).lean<TrainingAttendanceDoc>())! };
  }
}

export const trainingWrongCodes = (clock: Clock) =>
  rateLimiter({ name: 'training-sign-in-code', limit: WRONG_CODES_ALLOWED, windowMs: WRONG_CODES_WINDOW_MS, refunds: true }, clock);

/**
 * An invited 小梁 signs in with the code on the organiser's screen, from 30 minutes before the start
 * to the end, with this or the previous minute's code. A repeat answers the attendance (200).
 */
export async function trainingSignIn(id: string, code: string, actor: Actor, now: Date, wrongCodes: RateLimiter): Promise<Reply> {
  const [s, mentee] = await Promise.all([TrainingSession.findById(id).lean<TrainingSessionDoc>(), User.findById(actor.id).lean<UserDoc>()]);
  if (!s) throw notFound('培训');
  if (!mentee || !isInvited(s, mentee._id)) throw notInvited();
  const existing = await TrainingAttendance.findById(attendanceId(s._id, mentee._id)).lean<TrainingAttendanceDoc>();
  if (existing) return new Reply(200, existing);
  await checkSignInCode(s, code, now, { limiter: wrongCodes, key: `${s._id}:${mentee._id}` }, '培训');
  const result = await attend(s, mentee, { via: 'code', byId: actor.id, at: now });
  return new Reply(result.added ? 201 : 200, result.attendance);
}

/**
 * The organiser ticks invitees who were there but could not sign in, from the opening of sign-in
 * on (also after the end). Each is answered on their own row: added, already present, or refused.
 * The tick records who made it and when; it is never removed.
 */
export async function tickAttendance(id: string, menteeIds: string[], actor: Actor, now: Date) {
  const s = await manageableSession(id, actor);
  if (signInTiming(s, now) === 'early') throw conflict('sign_in_not_open', '培训尚未开始，不能登记出席 (the session has not begun)', [{ opensAt: signInWindow(s).opensAt }]);
  const people = new Map((await User.find({ _id: { $in: menteeIds.map((m) => new Types.ObjectId(m)) } }).lean<UserDoc[]>()).map((u) => [String(u._id), u]));
  const items: Array<{ menteeId: string; displayName: string | null; status: 'added' | 'already' | 'refused' } & Record<string, unknown>> = [];
  for (const menteeId of menteeIds) {
    const mentee = people.get(menteeId);
    if (!mentee || !isInvited(s, mentee._id)) {
      items.push({ menteeId, displayName: mentee?.displayName ?? null, status: 'refused', code: 'not_invited', message: '不在受邀名单中 (not invited)' });
      continue;
    }
    const r = await attend(s, mentee, { via: 'manual', byId: actor.id, at: now });
    items.push({ menteeId, displayName: mentee.displayName, status: r.added ? 'added' : 'already', attendance: r.attendance });
  }
  const count = (status: string) => items.filter((i) => i.status === status).length;
  return { sessionId: String(s._id), summary: { added: count('added'), already: count('already'), refused: count('refused') }, items };
}

/** Organisers see every invitee with their attendance (when, how, ticked by whom). */
export async function listAttendance(id: string, actor: Actor) {
  const s = await manageableSession(id, actor);
  const [invitees, rows] = await Promise.all([
    User.find({ _id: { $in: s.inviteeIds } }, { displayName: 1 }).lean<UserDoc[]>(),
    TrainingAttendance.find({ sessionId: s._id }).lean<TrainingAttendanceDoc[]>(),
  ]);
  const byMentee = new Map(rows.map((r) => [String(r.menteeId), r]));
  const tickers = new Map((await User.find({ _id: { $in: rows.filter((r) => r.via === 'manual').map((r) => r.byId) } }, { displayName: 1 }).lean<UserDoc[]>())
    .map((u) => [String(u._id), u.displayName]));
  const items = invitees.map((u) => {
    const a = byMentee.get(String(u._id));
    return {
      menteeId: String(u._id), displayName: u.displayName, attended: !!a, via: a?.via ?? null, at: a?.at ?? null,
      byName: a?.via === 'manual' ? (tickers.get(String(a.byId)) ?? null) : null,
    };
  }).sort((x, y) => Number(y.attended) - Number(x.attended) || x.displayName.localeCompare(y.displayName, 'zh-Hans-CN'));
  return { sessionId: String(s._id), summary: { invited: s.inviteeIds.length, attended: rows.length }, items };
}
