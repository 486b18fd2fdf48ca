import Joi from 'joi';
import { date, objectId, paging, signInCodeBody, withCalendarRange } from '../../http/common-schemas.js';

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
