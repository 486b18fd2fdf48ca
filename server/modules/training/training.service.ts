import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { TrainingAttendance, TrainingSession, type TrainingLevel, type TrainingSessionDoc } from '../../../models/training.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { signInWindow, timesProblem, type Timed } from '../../lib/sign-in-code.js';
import { canMentor } from '../mentorship/index.js';
import { audienceOf, calendarFilter, monthsOf } from '../activities/index.js';
import { canManageSession, inviteeProblem, LEVEL_NAMES, organiseProblem, scopeProblem, trainerProblem } from './training.rules.js';

export type TrainerInput = { kind: 'mentor'; userId: string } | { kind: 'expert'; name: string; title: string | null };
export interface SessionInput {
  level: TrainingLevel;
  scopeId?: string;
  topic: string;
  trainer: TrainerInput;
  place: string;
  startAt: Date;
  endAt: Date;
  inviteeIds: string[];
}

/** What readers get: the secret and the calendar keys stay inside. */
export function toSession(s: TrainingSessionDoc) {
  const { secret: _secret, months: _months, __v: _v, ...rest } = s as TrainingSessionDoc & { __v?: number };
  return { ...rest, levelName: LEVEL_NAMES[s.level as TrainingLevel], signInWindow: signInWindow(s) };
}

const isInvited = (s: TrainingSessionDoc, userId: string) => s.inviteeIds.some((id) => sameId(id, userId));

/** Admins see every session; others those of their street or district, and those they train or are invited to. Others: 404. */
export async function visibleSession(id: string, actor: Actor): Promise<TrainingSessionDoc> {
  const s = await TrainingSession.findById(id).lean<TrainingSessionDoc>();
  const visible = s && (isAdmin(actor) || audienceOf(actor).includes(String(s.scopeId)) || isInvited(s, actor.id) || sameId(s.trainer.userId, actor.id));
  if (!visible) throw notFound('培训');
  return s;
}

/** An admin, the organiser, the 大梁 who trains, or the staff of the session's street. */
export async function manageableSession(id: string, actor: Actor): Promise<TrainingSessionDoc> {
  const s = await visibleSession(id, actor);
  if (!canManageSession(actor, s)) throw forbidden('只有培训的组织者、授课大梁、本街镇工作人员或区级管理员可以管理该培训 (organisers only)');
  return s;
}

async function scopeFor(scopeId: string | undefined, actor: Actor): Promise<OrgUnitDoc> {
  const id = scopeId ?? (isAdmin(actor) ? undefined : actor.streetId);
  if (!id) throw invalid('scope_required', '请选择举办范围（区或街镇） (scopeId required)', [{ path: 'scopeId' }]);
  const unit = await OrgUnit.findById(id).lean<OrgUnitDoc>();
  if (!unit || !unit.active) throw invalid('unit_not_found', '组织单位不存在或已停用 (unknown or inactive org unit)', [{ path: 'scopeId' }]);
  return unit;
}

async function assertMayOrganise(level: TrainingLevel, scope: OrgUnitDoc, actor: Actor) {
  const wrongScope = scopeProblem(level, scope);
  if (wrongScope) throw invalid('invalid_scope', wrongScope, [{ path: 'scopeId' }]);
  const me = actor.role === 'secretary' ? await User.findById(actor.id).lean<UserDoc>() : null;
  const problem = organiseProblem({ role: actor.role, streetId: actor.streetId, canMentor: !!me && canMentor(me) }, level, scope);
  if (problem) throw forbidden(problem);
}

/** The trainer as stored: a 大梁 with their name now, or the expert as given. */
async function resolveTrainer(input: TrainerInput, level: TrainingLevel, scope: OrgUnitDoc) {
  const user = input.kind === 'mentor' ? await User.findById(input.userId).lean<UserDoc>() : null;
  const candidate = user ? { canMentor: canMentor(user), active: user.active !== false, streetId: user.streetId } : null;
  const problem = trainerProblem(level, { kind: input.kind, user: candidate }, scope);
  if (problem) throw invalid('invalid_trainer', problem, [{ path: 'trainer' }]);
  if (input.kind === 'mentor') return { kind: 'mentor' as const, userId: user!._id, name: user!.displayName, title: null };
  return { kind: 'expert' as const, userId: null, name: input.name, title: input.title || null };
}

/** Every invitee an active 小梁 of the scope; the refused are named one by one. */
async function assertInvitees(ids: string[], scope: OrgUnitDoc) {
  if (!ids.length) return;
  const users = new Map((await User.find({ _id: { $in: ids.map((i) => new Types.ObjectId(i)) } }).lean<UserDoc[]>()).map((u) => [String(u._id), u]));
  const refused = ids.map((id, i) => ({ path: `inviteeIds.${i}`, id, message: inviteeProblem(users.get(id), scope) })).filter((r) => r.message);
  if (refused.length) throw invalid('invalid_invitees', `${refused.length} 位受邀人不能邀请：须为本范围内在任的小梁 (invitees must be active mentees of the scope)`, refused);
}

function assertTimes(times: Timed) {
  const problem = timesProblem(times, '培训', 'a training session');
  if (problem) throw invalid('invalid_times', problem, [{ path: 'endAt' }]);
}

/** Where a session is held (the scope is a district or a street: checked before). */
const placeOf = (unit: OrgUnitDoc) => ({
  scopeLevel: unit.level as 'district' | 'street',
  scopeId: unit._id,
  streetId: unit.level === 'street' ? unit._id : null,
  districtId: unit.level === 'district' ? unit._id : (unit.districtId ?? null),
});

/**
 * A session may be entered after it took place (a record of what was held); it then counts only
 * for assessments run afterwards, since each month is read as its records stood at its end.
 */
export async function createSession(input: SessionInput, actor: Actor, now: Date) {
  const { scopeId, trainer, inviteeIds, ...fields } = input;
  assertTimes(fields);
  const scope = await scopeFor(scopeId, actor);
  await assertMayOrganise(input.level, scope, actor);
  const [resolved] = await Promise.all([resolveTrainer(trainer, input.level, scope), assertInvitees(inviteeIds, scope)]);
  const created = await TrainingSession.create({
    ...fields,
    trainer: resolved,
    ...placeOf(scope),
    months: monthsOf(fields),
    inviteeIds: inviteeIds.map((i) => new Types.ObjectId(i)),
    secret: randomBytes(32).toString('base64url'),
    createdById: actor.id,
    recordedAt: now,
  });
  return toSession(created.toObject() as TrainingSessionDoc);
}

/**
 * Changes before the end only, and never to an end already past: a month's assessment counts the
 * sessions ended by its end with their invitees then, so what it read must not change afterwards.
 * An invitee whose attendance is recorded stays invited.
 */
export async function updateSession(id: string, changes: Partial<Omit<SessionInput, 'level' | 'scopeId'>>, actor: Actor, now: Date) {
  const s = await manageableSession(id, actor);
  if (now > s.endAt) throw conflict('training_ended', '培训已结束，不能再修改 (the session has ended)');
  const times = { startAt: changes.startAt ?? s.startAt, endAt: changes.endAt ?? s.endAt };
  assertTimes(times);
  if (times.endAt <= now) throw invalid('invalid_times', '结束时间须晚于当前时间 (endAt must be in the future)', [{ path: 'endAt' }]);
  const scope = { _id: s.scopeId, level: s.scopeLevel, districtId: s.districtId } as OrgUnitDoc;
  const { trainer, inviteeIds, ...fields } = changes;
  const set: Record<string, unknown> = { ...fields, months: monthsOf(times) };
  if (trainer) set.trainer = await resolveTrainer(trainer, s.level as TrainingLevel, scope);
  if (inviteeIds) {
    await assertInvitees(inviteeIds, scope);
    await assertAttendeesStay(s, inviteeIds);
    set.inviteeIds = inviteeIds.map((i) => new Types.ObjectId(i));
  }
  const updated = await TrainingSession.findOneAndUpdate({ _id: s._id }, { $set: set }, { returnDocument: 'after' }).lean<TrainingSessionDoc>();
  if (!updated) throw notFound('培训');
  return toSession(updated);
}

async function assertAttendeesStay(s: TrainingSessionDoc, inviteeIds: string[]) {
  const keep = new Set(inviteeIds);
  const attended = await TrainingAttendance.find({ sessionId: s._id }, { menteeId: 1, displayName: 1 }).lean<Array<{ menteeId: Types.ObjectId; displayName: string }>>();
  const dropped = attended.filter((a) => !keep.has(String(a.menteeId)));
  if (dropped.length) {
    throw conflict('invitee_attended', `已出席的小梁不能移出受邀名单：${dropped.map((a) => a.displayName).join('、')} (attendees stay invited)`, dropped.map((a) => ({ menteeId: a.menteeId })));
  }
}

export interface SessionQuery { level?: TrainingLevel; street?: string; from?: Date; to?: Date; page: number; pageSize: number }

/** Equality keys first (scope, level, the months a range spans), then the time comparison on what they return. */
function sessionFilter(q: SessionQuery, actor: Actor): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (!isAdmin(actor)) {
    const me = new Types.ObjectId(actor.id);
    filter.$or = [{ scopeId: { $in: audienceOf(actor).map((s) => new Types.ObjectId(s)) } }, { inviteeIds: me }, { 'trainer.userId': me }];
  }
  if (q.level) filter.level = q.level;
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  return { ...filter, ...calendarFilter(q) };
}

export async function listSessions(q: SessionQuery, actor: Actor): Promise<Page<ReturnType<typeof toSession> & { canManage: boolean }>> {
  const filter = sessionFilter(q, actor);
  const [items, total] = await Promise.all([
    TrainingSession.find(filter).sort({ startAt: 1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<TrainingSessionDoc[]>(),
    TrainingSession.countDocuments(filter),
  ]);
  return { items: items.map((s) => ({ ...toSession(s), canManage: canManageSession(actor, s) })), page: q.page, pageSize: q.pageSize, total };
}

/** The session with its invitees' names and how many attended; an invited 小梁 also sees their own attendance. */
export async function sessionDetail(id: string, actor: Actor) {
  const s = await visibleSession(id, actor);
  const [invitees, attendeeCount, mine] = await Promise.all([
    User.find({ _id: { $in: s.inviteeIds } }, { displayName: 1, orgUnitId: 1 }).lean<UserDoc[]>(),
    TrainingAttendance.countDocuments({ sessionId: s._id }),
    isInvited(s, actor.id) ? TrainingAttendance.findById(`${s._id}:${actor.id}`).lean() : null,
  ]);
  return {
    ...toSession(s),
    invitees: invitees.map((u) => ({ id: String(u._id), displayName: u.displayName })),
    attendeeCount,
    canManage: canManageSession(actor, s),
    ...(isInvited(s, actor.id) ? { myAttendance: mine } : {}),
  };
}

/** Who an organiser may pick for a scope: its active 小梁 to invite and its 大梁 to train. */
export async function candidates(scopeId: string, actor: Actor) {
  const scope = await scopeFor(scopeId, actor);
  await assertMayOrganise(scope.level === 'district' ? 'district' : 'study-group', scope, actor);
  const where = scope.level === 'street' ? { streetId: scope._id } : { districtId: scope._id };
  const people = await User.find({ role: 'secretary', active: true, ...where }, { displayName: 1, beam: 1, stage: 1, orgUnitId: 1, role: 1, active: 1 })
    .sort({ displayName: 1 }).lean<UserDoc[]>();
  const units = new Map((await OrgUnit.find({ _id: { $in: people.map((p) => p.orgUnitId).filter(Boolean) } }, { name: 1 }).lean<OrgUnitDoc[]>()).map((u) => [String(u._id), u.name]));
  const row = (u: UserDoc) => ({ id: String(u._id), displayName: u.displayName, stage: u.stage ?? null, communityName: units.get(String(u.orgUnitId)) ?? null });
  return { scopeId: String(scope._id), mentees: people.filter((u) => u.beam === 'mentee').map(row), mentors: people.filter((u) => canMentor(u)).map(row) };
}
