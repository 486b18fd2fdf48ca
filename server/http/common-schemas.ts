import Joi from 'joi';

export const objectId = () => Joi.string().hex().length(24).messages({ 'string.length': '{{#label}} 必须是 24 位标识 (must be a 24-hex id)', 'string.hex': '{{#label}} 必须是 24 位标识 (must be a 24-hex id)' });
export const idParams = Joi.object({ id: objectId().required() });
export const paging = {
  page: Joi.number().integer().min(1).max(100_000).default(1).description('页码，从 1 开始'),
  pageSize: Joi.number().integer().min(1).max(200).default(20).description('每页条数 (≤ 200)'),
};
export const month = () => Joi.string().pattern(/^\d{4}-(0[1-9]|1[0-2])$/).messages({ 'string.pattern.base': '{{#label}} 须为 YYYY-MM 格式' });
/** A calendar day "YYYY-MM-DD" or a full ISO instant. */
export const date = () => Joi.date().iso();
