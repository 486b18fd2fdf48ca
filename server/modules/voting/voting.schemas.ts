import Joi from 'joi';
import { instant, mobileVoterKey, objectId, shape } from '../../http/common-schemas.js';
import { normalizeVotingCode } from '../../lib/voting-codes.js';

/** A voting code as a resident types it (case, spaces and dashes do not matter). */
export const votingCode = () => Joi.string().trim().max(32)
  .custom((v: string, helpers) => (normalizeVotingCode(v) ? v : helpers.error('any.invalid')))
  .messages({ 'any.invalid': '投票码为 10 位字母数字（如 7KQ2M-XH4PD），请核对 (a voting code has 10 letters and digits)' })
  .description('投票码（社区入户发放，10 位，大小写与横线不限）');

export const voterTokenHeader = () => Joi.string().trim().max(512).pattern(/^[\w-]+\.[\w-]+$/)
  .messages({ 'string.pattern.base': '手机验证凭证格式无效，请重新验证 (malformed voter token)' })
  .description('手机验证后得到的凭证（POST /public/verify/confirm），2 小时有效');

/** Who votes: a mobile number (cycles without verification), or a voting code; or neither with an X-Voter-Token header. */
export const voterFields = {
  voterKey: mobileVoterKey(),
  votingCode: votingCode(),
};
export const voterHeaders = Joi.object({ 'x-voter-token': voterTokenHeader() });

export const verifyBody = Joi.object({ phone: mobileVoterKey().required() });
export const confirmBody = Joi.object({
  phone: mobileVoterKey().required(),
  code: Joi.string().trim().pattern(/^\d{6}$/).required().messages({ 'string.pattern.base': '验证码为 6 位数字 (a 6-digit code)' }),
});
export const myVotesQuery = Joi.object({ cycle: objectId().required().description('评估周期 id') });
export const myVotesHeaders = Joi.object({ 'x-voter-token': voterTokenHeader(), 'x-voting-code': votingCode() });

export const generateCodesBody = Joi.object({
  communityId: objectId().required(),
  count: Joi.number().integer().min(1).max(2000).required().description('生成多少个投票码（1–2000）'),
});

// Answers (RouteDef.response).
export const codeSentAnswer = shape({ sent: Joi.boolean(), expiresInSeconds: Joi.number().integer(), resendAfterSeconds: Joi.number().integer() });
/** The voter token to send as X-Voter-Token until `expiresAt`. */
export const voterTokenAnswer = shape({ voterToken: Joi.string(), expiresAt: instant() });
