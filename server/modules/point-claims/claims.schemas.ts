import Joi from 'joi';
import { CLAIM_STATUSES } from '../../../models/points-claim.model.js';
import { idString, instant, objectId, occurredDay, pageOf, paging, record, shape } from '../../http/common-schemas.js';
import { photoUpload } from '../../http/photos.js';
import { MAX_PHOTOS } from './claims.rules.js';

export const claimBody = Joi.object({
  ruleKey: Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/).required(),
  occurredAt: occurredDay().required().description('发生时间（YYYY-MM-DD 为上海时间当天）'),
  quantity: Joi.number().integer().min(1).max(100).default(1).description('小时数（按小时的规则）或次数'),
  description: Joi.string().trim().min(1).max(500).required().description('做了什么、在哪里、谁可证明'),
  photos: Joi.array().items(photoUpload()).max(MAX_PHOTOS).default([]).description(`证明照片，最多 ${MAX_PHOTOS} 张`),
});

export const claimListQuery = Joi.object({
  status: Joi.string().valid(...CLAIM_STATUSES).default('pending'),
  community: objectId().description('居村（管理员可选；书记只能是本居村）'),
  ...paging,
});

export const rejectBody = Joi.object({ reason: Joi.string().trim().min(1).max(500).required().description('驳回理由（告知党员）') });
export const photoParams = Joi.object({ id: objectId().required(), n: Joi.number().integer().min(1).max(MAX_PHOTOS).required() });

// Answers (RouteDef.response). Photos are links; their storage ids stay inside.
export const claimAnswer = record({
  memberId: idString(),
  displayName: Joi.string(),
  communityId: idString(),
  ruleKey: Joi.string(),
  ruleName: Joi.string(),
  occurredAt: instant(),
  month: Joi.string(),
  quantity: Joi.number(),
  description: Joi.string(),
  submittedAt: instant(),
  status: Joi.string().valid(...CLAIM_STATUSES),
  decidedAt: instant().allow(null),
  reason: Joi.string().allow(null),
  points: Joi.number().allow(null),
  /** The last approval the ledger refused (a cap reached, a closed month): the claim stays pending. */
  refusal: shape({ code: Joi.string(), message: Joi.string(), at: instant(), byId: idString() }).allow(null),
  photos: Joi.array().items(shape({ n: Joi.number().integer(), contentType: Joi.string(), size: Joi.number().integer(), url: Joi.string() })),
});
export const claimsAnswer = pageOf(claimAnswer);
