import Joi from 'joi';
import { dayEnd, dayKey, dayStart } from '../lib/time.js';
import { mobileNumber } from '../lib/voter-key.js';

export const objectId = () => Joi.string().hex().length(24).messages({ 'string.length': '{{#label}} 必须是 24 位标识 (must be a 24-hex id)', 'string.hex': '{{#label}} 必须是 24 位标识 (must be a 24-hex id)' });
export const idParams = Joi.object({ id: objectId().required() });
export const paging = {
  page: Joi.number().integer().min(1).max(100_000).default(1).description('页码，从 1 开始'),
  pageSize: Joi.number().integer().min(1).max(200).default(20).description('每页条数 (≤ 200)'),
};
export const month = () => Joi.string().pattern(/^\d{4}-(0[1-9]|1[0-2])$/).messages({ 'string.pattern.base': '{{#label}} 须为 YYYY-MM 格式' });
/** A calendar day "YYYY-MM-DD" or a full ISO instant. */
export const date = () => Joi.date().iso();

const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The Shanghai calendar day an input names: a bare "YYYY-MM-DD" is that day; an instant, the day it falls on in Shanghai. */
const dayOf = (value: Date, original: unknown) => (typeof original === 'string' && BARE_DAY.test(original) ? original : dayKey(value));
/** A deadline day: kept as the end of that Shanghai day, so it is due until 24:00 there and still reads as that day. */
export const deadlineDay = () => date().custom((v: Date, helpers) => dayEnd(dayOf(v, helpers.original)));
/** When something happened: a bare day is the start of that Shanghai day (so today counts from 00:00 there); an instant is kept. */
export const occurredDay = () => date().custom((v: Date, helpers) => (typeof helpers.original === 'string' && BARE_DAY.test(helpers.original) ? dayStart(helpers.original) : v));
/** A start day: kept as the start of that Shanghai day. */
export const startDay = () => date().custom((v: Date, helpers) => dayStart(dayOf(v, helpers.original)));

/** A resident's key on the public pages: a mainland mobile number, written with or without separators or +86. */
export const mobileVoterKey = () => Joi.string().trim().max(32)
  .custom((v: string, helpers) => (mobileNumber(v) ? v : helpers.error('any.invalid')))
  .messages({ 'any.invalid': '请输入有效的 11 位手机号 (a mainland mobile number)', 'string.empty': '请输入手机号 (phone number required)' })
  .description('投票人手机号（大陆 11 位，可带 +86、空格或横线；同一号码的各种写法视为同一人），只保存加盐散列');

const YEAR_MS = 367 * 86_400_000;
/** A list query with an optional calendar range `from`–`to` (Shanghai days, both or neither, at most a year). */
export const withCalendarRange = (fields: Joi.SchemaMap) => Joi.object({
  ...fields,
  from: startDay().description('日历起始日（YYYY-MM-DD，上海时间）'),
  to: deadlineDay().description('日历结束日（含当日）'),
}).and('from', 'to')
  .custom((q, helpers) => (q.from && q.to && (q.to < q.from || q.to.getTime() - q.from.getTime() > YEAR_MS) ? helpers.error('any.invalid') : q))
  .messages({ 'any.invalid': '日期范围须为 from ≤ to 且不超过一年 (from ≤ to, at most a year)', 'object.and': '须同时给出 from 和 to (from and to go together)' });

/** The 6-digit code on an organiser's screen (activities and training sessions). */
export const signInCodeBody = Joi.object({
  code: Joi.string().trim().pattern(/^\d{6}$/).required().messages({ 'string.pattern.base': '签到码为 6 位数字 (a 6-digit code)' }),
});

// Answers (RouteDef.response): the JSON a client receives, so ids and instants are strings there.
export const idString = () => Joi.string().hex().length(24);
/** An instant as JSON carries a Date. */
export const instant = () => Joi.string().isoDate();
/** An answer object whose keys are all present unless marked `.optional()`; closed unless `.unknown(true)`. */
export const shape = (keys: Record<string, Joi.Schema>) =>
  Joi.object(Object.fromEntries(Object.entries(keys).map(([k, s]) => [k, s.$_getFlag('presence') === 'optional' ? s : s.required()])));
/** A stored record as answered: the fields listed are checked; the rest (timestamps, fields no client reads) may come along. */
export const record = (keys: Record<string, Joi.Schema>) => shape({ _id: idString(), ...keys }).unknown(true);
/** One page of a list (server/lib/paging.ts). */
export const pageOf = (item: Joi.Schema) => shape({
  items: Joi.array().items(item), page: Joi.number().integer(), pageSize: Joi.number().integer(), total: Joi.number().integer(),
});
/** A value that may be missing from the stored record: a nullable field written before it existed, etc. */
export const maybe = (s: Joi.Schema) => s.allow(null).optional();
