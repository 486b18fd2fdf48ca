import Joi from 'joi';
import { objectId } from '../../http/common-schemas.js';
import { QUOTA_MODES } from './awards.rules.js';

const settings = {
  total: Joi.number().integer().min(1).max(1000).description('最美书记名额总数，默认 53'),
  quotaMode: Joi.string().valid(...QUOTA_MODES).description('district 全区统一排名（默认）/ street 按各街镇居村数分配名额（最大余数法）'),
  noticeWorkingDays: Joi.number().integer().min(1).max(30).description('公示期工作日数（周一至周五，公示次日起算），默认 5'),
};
const projectSettings = {
  ...settings,
  total: Joi.number().integer().min(1).max(1000).description('最受群众欢迎项目名额总数，默认 18'),
  minVotes: Joi.number().integer().min(1).max(1_000_000).description('参加评选的最低票数（线上与线下合计），默认 30'),
};
const atLeastOne = { 'object.min': '请至少给出一项设置 (give at least one setting)' };
/** On POST /evaluation-cycles (`awards`, `projectAwards`) and PUT …/award-settings, …/project-award-settings while the cycle is a draft. */
export const awardSettings = () => Joi.object(settings);
export const awardSettingsBody = Joi.object(settings).min(1).messages(atLeastOne);
export const projectAwardSettings = () => Joi.object(projectSettings);
export const projectAwardSettingsBody = Joi.object(projectSettings).min(1).messages(atLeastOne);

const calendarDay = Joi.string().pattern(/^\d{4}-\d{2}-\d{2}$/)
  .custom((v: string, helpers) => (new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v ? v : helpers.error('any.invalid')))
  .messages({ 'string.pattern.base': '{{#label}} 须为 YYYY-MM-DD 日期 (a YYYY-MM-DD day)', 'any.invalid': '{{#label}} 不是有效日期 (not a valid day)' });
export const publishListBody = Joi.object({
  holidays: Joi.array().items(calendarDay).max(60).default([])
    .description('公示期内不计入工作日的法定节假日（YYYY-MM-DD，上海）；系统不内置节假日，调休上班的周末也不计入'),
});

export const objectionBody = Joi.object({
  candidateId: objectId().required(),
  reason: Joi.string().trim().min(5).max(2000).required().messages({ 'string.min': '请写明异议的具体事实和理由（至少 5 个字）(give the facts, at least 5 characters)' }),
  name: Joi.string().trim().max(40).allow('').description('可选，仅供调查核实，不公开'),
  contact: Joi.string().trim().max(60).allow('').description('可选（电话或邮箱），仅供调查核实，不公开'),
});
export const objectionParams = Joi.object({ id: objectId().required(), objectionId: objectId().required() });
export const objectionsQuery = Joi.object({ status: Joi.string().valid('open', 'upheld', 'rejected') });
export const decisionBody = Joi.object({
  decision: Joi.string().valid('upheld', 'rejected').required().description('upheld 异议成立（撤销该候选人，依次递补）/ rejected 异议不成立'),
  investigation: Joi.string().trim().min(2).max(4000).required().description('调查核实情况'),
});
