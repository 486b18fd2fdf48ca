import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { Activity, ActivitySeat, Attendance, type ActivityDoc, type AttendanceDoc } from '../../../models/activity.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { findTransition } from '../../db/transitions.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { getActiveRule, ruleInForce } from '../points/index.js';
import { audienceOf, calendarFilter, monthsOf, signInWindow, timesProblem } from './activities.rules.js';

export interface ActivityInput {
  title: string;
  kind: string;
  place: string;
  startAt: Date;
  endAt: Date;
  capacity: number | null;
  signUp: boolean;
  scopeId?: string;
}

/** The transition that closes an activity: inserted once, it decides the close and freezes the award. */
export const closeTransitionId = (activityId: unknown) => `activity:${activityId}:closed`;
export const attendanceId = (activityId: unknown, memberId: unknown) => `${activityId}:${memberId}`;

/** What readers get: the secret and the calendar keys stay inside. */
export function toActivity(a: ActivityDoc) {
  const { secret: _secret, months: _months, __v: _v, ...rest } = a as ActivityDoc & { __v?: number };
  return { ...rest, signInWindow: signInWindow(a) };
}

export const activityClosed = (message = '活动已结束结算，不能再修改 (the activity is closed)') => conflict('activity_closed', message);

/** Closed as far as anyone may know: its status says so, or its close transition exists (a close cut off before the status write). */
export const isClosed = async (a: ActivityDoc) => a.status === 'closed' || !!(await findTransition(closeTransitionId(a._id)));

/** Admins see every activity; others those held for their community, its street or its district. Others: 404. */
export async function visibleActivity(id: string, actor: Actor): Promise<ActivityDoc> {
  const a = await Activity.findById(id).lean<ActivityDoc>();
  if (!a || !(isAdmin(actor) || audienceOf(actor).includes(String(a.scopeId)))) throw notFound('活动');
  return a;
}

export const canManage = (actor: Actor, a: ActivityDoc) =>
  isAdmin(actor) || (actor.role === 'secretary' && a.scopeLevel === 'community' && sameId(a.communityId, actor.orgUnitId));

/** An admin, or the secretary of the activity's community. */
export async function manageableActivity(id: string, actor: Actor): Promise<ActivityDoc> {
  const a = await visibleActivity(id, actor);
  if (!canManage(actor, a)) throw forbidden('只有本居村书记或区级管理员可以管理该活动 (only the community\'s secretary or an admin)');
  return a;
}

async function assertRule(kind: string) {
  const rule = await getActiveRule(kind);
  if (!rule || !rule.active) throw invalid('rule_not_found', `积分规则不存在或已停用：${kind} (unknown or inactive rule)`, [{ path: 'kind' }]);
  return rule;
}

function assertTimes(times: { startAt: Date; endAt: Date }) {
  const problem = timesProblem(times);
  if (problem) throw invalid('invalid_times', problem, [{ path: 'endAt' }]);
}

/** A secretary holds activities for their own community; an admin for any active unit (community, street or district). */
async function scopeUnitFor(scopeId: string | undefined, actor: Actor): Promise<OrgUnitDoc> {
  if (!isAdmin(actor)) {
    if (!actor.orgUnitId || (scopeId && !sameId(scopeId, actor.orgUnitId))) {
      throw forbidden('书记只能为本居村创建活动 (secretaries create activities for their own community)');
    }
    scopeId = actor.orgUnitId;
  }
  if (!scopeId) throw invalid('scope_required', '请选择活动面向的组织单位 (scopeId required)', [{ path: 'scopeId' }]);
  const unit = await OrgUnit.findById(scopeId).lean<OrgUnitDoc>();
  if (!unit || !unit.active) throw invalid('unit_not_found', '组织单位不存在或已停用 (unknown or inactive org unit)', [{ path: 'scopeId' }]);
  return unit;
}

const placeOf = (unit: OrgUnitDoc) => ({
  scopeLevel: unit.level,
  scopeId: unit._id,
  communityId: unit.level === 'community' ? unit._id : null,
  streetId: unit.level === 'street' ? unit._id : (unit.streetId ?? null),
  districtId: unit.level === 'district' ? unit._id : (unit.districtId ?? null),
});

export async function createActivity(input: ActivityInput, actor: Actor) {
  const { scopeId, ...fields } = input;
  assertTimes(fields);
  const [unit] = await Promise.all([scopeUnitFor(scopeId, actor), assertRule(fields.kind)]);
  const created = await Activity.create({
    ...fields,
    ...placeOf(unit),
    months: monthsOf(fields),
    secret: randomBytes(32).toString('base64url'),
    createdById: actor.id,
  });
  return toActivity(created.toObject() as ActivityDoc);
}

export async function updateActivity(id: string, changes: Partial<Omit<ActivityInput, 'scopeId'>>, actor: Actor) {
  const a = await manageableActivity(id, actor);
  if (await isClosed(a)) throw activityClosed();
  if (changes.kind) await assertRule(changes.kind);
  const times = { startAt: changes.startAt ?? a.startAt, endAt: changes.endAt ?? a.endAt };
  assertTimes(times);
  if (changes.capacity != null) await assertCapacityHolds(a._id, changes.capacity);
  const set = changes.startAt || changes.endAt ? { ...changes, months: monthsOf(times) } : changes;
  const updated = await Activity.findOneAndUpdate({ _id: a._id }, { $set: set }, { returnDocument: 'after' }).lean<ActivityDoc>();
  if (!updated) throw notFound('活动');
  return toActivity(updated);
}

/** Places are numbered: a capacity below the highest place taken would let later sign-ins pass it. */
async function assertCapacityHolds(activityId: Types.ObjectId, capacity: number) {
  const seats = await ActivitySeat.find({ activityId }, { k: 1 }).lean<Array<{ k: number }>>();
  const highest = Math.max(0, ...seats.map((s) => s.k));
  if (capacity < highest) {
    throw conflict('capacity_below_attendees', `已有 ${seats.length} 人签到（占用至第 ${highest} 个名额），人数上限不能小于 ${highest} (capacity below the places taken)`, [{ path: 'capacity', highest }]);
  }
}

export interface ActivityQuery {
  community?: string;
  street?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

/**
 * Equality keys only, then the time comparison on what they return: the scope (`scopeId` in the
 * reader's units, `streetId`), and for a date range the months it spans (`months: {$in}`).
 */
export function activityFilter(q: ActivityQuery, actor: Actor): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  let scopes = isAdmin(actor) ? null : audienceOf(actor);
  if (q.community) scopes = scopes ? scopes.filter((s) => s === q.community) : [q.community];
  if (scopes) filter.scopeId = { $in: scopes.map((s) => new Types.ObjectId(s)) };
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  return { ...filter, ...calendarFilter(q) };
}

export async function listActivities(q: ActivityQuery, actor: Actor): Promise<Page<ReturnType<typeof toActivity>>> {
  const filter = activityFilter(q, actor);
  const [items, total] = await Promise.all([
    Activity.find(filter).sort({ startAt: 1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<ActivityDoc[]>(),
    Activity.countDocuments(filter),
  ]);
  return { items: items.map(toActivity), page: q.page, pageSize: q.pageSize, total };
}

/** The activity with its rule, how many have signed in, and for a member their own sign-in. */
export async function activityDetail(id: string, actor: Actor) {
  const a = await visibleActivity(id, actor);
  const [rule, attendeeCount, mine] = await Promise.all([
    ruleInForce(a.kind, a.startAt),
    Attendance.countDocuments({ activityId: a._id }),
    actor.role === 'member' ? Attendance.findById(attendanceId(a._id, actor.id)).lean<AttendanceDoc>() : null,
  ]);
  return {
    ...toActivity(a),
    rule: rule ? { key: rule._id, name: rule.name, points: rule.points, unit: rule.unit, monthlyCap: rule.monthlyCap } : null,
    attendeeCount,
    canManage: canManage(actor, a),
    ...(actor.role === 'member' ? { mySignIn: mine } : {}),
  };
}
