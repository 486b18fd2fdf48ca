import Joi from 'joi';
import { ACTIVITY_STATUSES, ATTENDANCE_VIA } from '../../../models/activity.model.js';
import { ORG_LEVELS } from '../../../models/org-unit.model.js';
import { date, idString, instant, objectId, pageOf, paging, shape, signInCodeBody, withCalendarRange } from '../../http/common-schemas.js';

const ruleKey = Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/).description('积分规则键，如 party_day_lesson、micro_lesson、study_discussion、volunteer_hour');
const fields = {
  title: Joi.string().trim().min(2).max(60).description('活动名称'),
  kind: ruleKey,
  place: Joi.string().trim().min(1).max(100).description('地点'),
  startAt: date().description('开始时间（ISO 时刻，如 2026-11-20T14:00:00+08:00）'),
  endAt: date().description('结束时间（晚于开始，最长 24 小时）'),
  capacity: Joi.number().integer().min(1).max(10_000).allow(null).description('人数上限，不填为不限'),
  signUp: Joi.boolean().description('是否需提前报名（提示党员，签到时不检查）'),
};

export const createActivityBody = Joi.object({
  ...fields,
  title: fields.title.required(),
  kind: fields.kind.required(),
  place: fields.place.required(),
  startAt: fields.startAt.required(),
  endAt: fields.endAt.required(),
  capacity: fields.capacity.default(null),
  signUp: fields.signUp.default(false),
  scopeId: objectId().description('面向的组织单位：书记只能是本居村（默认）；管理员可选居村、街镇或区'),
});
export const updateActivityBody = Joi.object(fields).min(1);

export const listActivitiesQuery = withCalendarRange({
  community: objectId().description('只看为该居村举办的活动'),
  street: objectId().description('该街镇及其居村的活动'),
  ...paging,
});

export const signInBody = signInCodeBody;
export const attendeesBody = Joi.object({
  memberIds: Joi.array().items(objectId()).min(1).max(200).unique().required().description('要补登签到的党员（最多 200 人）'),
});
export const attendeeParams = Joi.object({ id: objectId().required(), memberId: objectId().required() });

// Answers (RouteDef.response). Closed: the sign-in secret never leaves the service.
const window = shape({ opensAt: instant(), closesAt: instant() });
export const activityAnswer = shape({
  _id: idString(),
  title: Joi.string(),
  kind: Joi.string(),
  place: Joi.string(),
  startAt: instant(),
  endAt: instant(),
  scopeLevel: Joi.string().valid(...ORG_LEVELS),
  scopeId: idString(),
  communityId: idString().allow(null),
  streetId: idString().allow(null),
  districtId: idString().allow(null),
  capacity: Joi.number().integer().allow(null),
  signUp: Joi.boolean(),
  status: Joi.string().valid(...ACTIVITY_STATUSES),
  closedAt: instant().allow(null),
  createdById: idString(),
  createdAt: instant(),
  updatedAt: instant(),
  signInWindow: window,
});
export const activitiesAnswer = pageOf(activityAnswer);
/** `_id` "<activityId>:<memberId>". */
export const attendanceAnswer = shape({
  _id: Joi.string(), activityId: idString(), memberId: idString(), displayName: Joi.string(), via: Joi.string().valid(...ATTENDANCE_VIA), at: instant(),
}).unknown(true);
export const activityDetailAnswer = activityAnswer.keys({
  rule: shape({ key: Joi.string(), name: Joi.string(), points: Joi.number(), unit: Joi.string(), monthlyCap: Joi.number().allow(null) }).allow(null).required(),
  attendeeCount: Joi.number().integer().required(),
  canManage: Joi.boolean().required(),
  mySignIn: attendanceAnswer.allow(null),
});
export const signInCodeAnswer = shape({
  activityId: idString(), code: Joi.string(), expiresAt: instant(), acceptedUntil: instant(), refreshInSeconds: Joi.number().integer(),
  signInPath: Joi.string(), signInUrl: Joi.string(), signInWindow: window, signInOpen: Joi.boolean(),
});
export const attendeesAnswer = shape({
  activityId: idString(), capacity: Joi.number().integer().allow(null), total: Joi.number().integer(), items: Joi.array().items(attendanceAnswer),
});
/** A member's latest sign-ins with their activity's title and time (null when the activity is gone). */
export const recentSignInAnswer = shape({
  activityId: idString(), at: instant(), via: Joi.string().valid(...ATTENDANCE_VIA),
  title: Joi.string().allow(null), kind: Joi.string().allow(null), startAt: instant().allow(null), endAt: instant().allow(null), closed: Joi.boolean(),
});
/** One attendee's points on a close: awarded (or already), or refused / still pending, with why. */
const awardOutcome = shape({
  memberId: idString(), displayName: Joi.string(), status: Joi.string().valid('awarded', 'already_awarded', 'refused', 'pending'),
  entryId: idString().optional(), points: Joi.number().optional(), code: Joi.string().optional(), message: Joi.string().optional(),
});
const count = () => Joi.number().integer();
/** A member's own sign-in, with the points when the activity was already closed. */
export const signedInAnswer = attendanceAnswer.keys({ award: awardOutcome.optional() });
export const addedAttendeesAnswer = shape({
  activityId: idString(),
  summary: shape({ added: count(), already: count(), refused: count() }),
  items: Joi.array().items(shape({
    memberId: idString(), displayName: Joi.string().allow(null), status: Joi.string().valid('added', 'already', 'refused'),
    code: Joi.string().optional(), message: Joi.string().optional(), attendance: attendanceAnswer.optional(), award: awardOutcome.optional(),
  })),
});
export const closeAnswer = shape({
  activity: activityAnswer,
  closedAt: instant(),
  closedById: idString(),
  award: shape({ ruleKey: Joi.string(), occurredAt: instant(), quantity: Joi.number(), note: Joi.string(), ruleName: Joi.string().allow(null) }),
  summary: shape({ attendees: count(), awarded: count(), alreadyAwarded: count(), refused: count(), pending: count() }),
  items: Joi.array().items(awardOutcome),
});
