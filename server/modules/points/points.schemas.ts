import Joi from 'joi';
import { PARTY_DAY_ITEMS, RULE_UNITS } from '../../../models/points.model.js';
import { idString, instant, maybe, month, objectId, pageOf, paging, occurredDay, record, shape } from '../../http/common-schemas.js';

const ruleFields = {
  name: Joi.string().trim().min(1).max(32),
  points: Joi.number().integer().min(1).max(1000).description('每次 / 每小时积分（整数）'),
  unit: Joi.string().valid(...RULE_UNITS).description('event 按次 / hour 按小时'),
  monthlyCap: Joi.number().integer().min(1).max(10_000).allow(null).description('每人每月上限（分），不填为不限'),
  partyDayItem: Joi.string().valid(...PARTY_DAY_ITEMS).allow(null).description('主题党日清单项：lesson 一课 / film 一片 / practice 一实践'),
  active: Joi.boolean(),
};

export const createRuleBody = Joi.object({
  key: Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/).required().description('规则键（小写字母、数字、下划线）'),
  ...ruleFields,
  name: ruleFields.name.required(),
  points: ruleFields.points.required(),
  unit: ruleFields.unit.required(),
});
/** A calendar day "YYYY-MM-DD" that exists (2026-02-30 is refused). */
export const calendarDay = () => Joi.string().pattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .custom((v: string, helpers) => (new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v ? v : helpers.error('any.invalid')))
  .messages({ 'string.pattern.base': '{{#label}} 须为 YYYY-MM-DD 格式 (a calendar day)', 'any.invalid': '{{#label}} 不是有效日期 (not a calendar day)' });
export const updateRuleBody = Joi.object({
  ...ruleFields,
  effectiveFrom: calendarDay().description('分值、单位、上限的修改自哪一天（上海时间）起生效，默认今天；不能早于今天'),
}).min(1);
export const ruleKeyParams = Joi.object({ key: Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/).required() });

export const entryBody = Joi.object({
  memberId: objectId().required(),
  ruleKey: Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/).required(),
  occurredAt: occurredDay().required().description('发生时间（YYYY-MM-DD 为上海时间当天；上海时间计月）'),
  quantity: Joi.number().integer().min(1).max(100).default(1).description('次数或小时数'),
  note: Joi.string().trim().allow('').max(500).default(''),
});
export const idempotencyHeaders = Joi.object({
  'idempotency-key': Joi.string().pattern(/^[A-Za-z0-9_.:-]{8,128}$/).required()
    .description('幂等键：同一笔登记重试时保持不变（8–128 位）'),
});
export const revokeBody = Joi.object({ reason: Joi.string().trim().min(1).max(500).required() });

export const pointsQuery = Joi.object({ ...paging });
export const monthQuery = Joi.object({ month: month().description('YYYY-MM，默认本月') });
export const leaderboardQuery = Joi.object({
  period: Joi.string().pattern(/^\d{4}(-(0[1-9]|1[0-2]))?$/).required().description('YYYY-MM 或 YYYY'),
  scope: Joi.string().max(64).default('district').description('district | street:<id> | community:<id>'),
  limit: Joi.number().integer().min(1).max(500).default(50),
});

// Answers (RouteDef.response).
const versionTerms = {
  version: Joi.number().integer(),
  points: Joi.number(),
  unit: Joi.string().valid(...RULE_UNITS),
  monthlyCap: Joi.number().allow(null),
};
/** A rule with the terms in force today and that version's number. */
export const ruleAnswer = shape({
  key: Joi.string(),
  name: Joi.string(),
  ...versionTerms,
  partyDayItem: maybe(Joi.string().valid(...PARTY_DAY_ITEMS)),
  active: Joi.boolean(),
  versioned: Joi.boolean().optional(),
  /** The version an edit of points, unit or cap added. */
  createdVersion: shape({ ...versionTerms, effectiveFrom: Joi.string().allow(null) }).optional(),
}).unknown(true);
export const rulesAnswer = shape({ items: Joi.array().items(ruleAnswer) });
export const ruleVersionsAnswer = shape({
  key: Joi.string(),
  name: Joi.string(),
  current: Joi.number().integer().allow(null),
  items: Joi.array().items(shape({
    ...versionTerms, effectiveFrom: Joi.string().allow(null), createdAt: instant().optional(), createdById: idString().allow(null).optional(),
  })),
});

/** A ledger entry: an award, or a revocation (negative points) linked to the award it reverses. */
export const entryAnswer = record({
  memberId: idString(),
  communityId: idString(),
  kind: Joi.string().valid('award', 'revoke'),
  ruleKey: Joi.string(),
  ruleName: Joi.string(),
  partyDayItem: maybe(Joi.string().valid(...PARTY_DAY_ITEMS)),
  quantity: Joi.number(),
  pointsPerUnit: Joi.number(),
  points: Joi.number(),
  occurredAt: instant(),
  month: Joi.string(),
  note: Joi.string().allow(''),
  revokesId: maybe(idString()),
  reason: maybe(Joi.string()),
  createdAt: instant(),
});
const checklist = {
  lesson: Joi.boolean(), film: Joi.boolean(), practice: Joi.boolean(), complete: Joi.boolean(),
};
const rank = shape({ rank: Joi.number().integer().allow(null), of: Joi.number().integer() });
const ranksOf = shape({ period: Joi.string(), community: rank, street: rank, district: rank, source: Joi.string().optional() });
export const memberPointsAnswer = shape({
  member: shape({ id: idString(), displayName: Joi.string(), communityId: idString().allow(null) }),
  balance: shape({ allTime: Joi.number(), thisYear: Joi.number(), thisMonth: Joi.number() }),
  byMonth: Joi.array().items(shape({ month: Joi.string(), points: Joi.number() })),
  ranks: shape({ month: ranksOf, year: ranksOf }),
  partyDay: shape({ month: Joi.string(), ...checklist }),
  history: pageOf(entryAnswer.keys({ revoked: Joi.boolean().required(), revokedReason: Joi.string().allow(null).required() })),
});
export const communityPartyDayAnswer = shape({
  month: Joi.string(),
  communityId: idString(),
  complete: Joi.number().integer(),
  total: Joi.number().integer(),
  items: Joi.array().items(shape({ memberId: idString(), displayName: Joi.string(), ...checklist })),
});
