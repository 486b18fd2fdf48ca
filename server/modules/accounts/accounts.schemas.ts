import Joi from 'joi';
import { BEAMS, STAGES } from '../../../models/user.model.js';
import { ROLES } from '../../lib/actor.js';
import { idString, instant, maybe, shape } from '../../http/common-schemas.js';

export const loginBody = Joi.object({
  username: Joi.string().trim().min(1).max(64).required().description('用户名'),
  password: Joi.string().min(1).max(200).required().description('密码'),
});

export const changePasswordBody = Joi.object({
  currentPassword: Joi.string().min(1).max(200).required().description('当前密码'),
  newPassword: Joi.string().min(8).max(128).required().description('新密码（至少 8 位）'),
});

// Answers (RouteDef.response). A user as any client sees it (toPublicUser): never the password hash.
const stageChange = shape({
  from: Joi.string().allow(null), to: Joi.string(), reason: Joi.string().allow(''), override: Joi.boolean(), byId: idString(), at: instant(),
});
export const publicUserAnswer = shape({
  _id: idString(),
  id: idString(),
  username: Joi.string(),
  displayName: Joi.string(),
  role: Joi.string().valid(...ROLES),
  hasPassword: Joi.boolean(),
  active: Joi.boolean(),
  phone: maybe(Joi.string()),
  orgUnitId: maybe(idString()),
  streetId: maybe(idString()),
  districtId: maybe(idString()),
  beam: maybe(Joi.string().valid(...BEAMS)),
  stage: maybe(Joi.string().valid(...STAGES)),
  stageHistory: Joi.array().items(stageChange).optional(),
  mentorCapacity: maybe(Joi.number().integer()),
  expertise: Joi.array().items(Joi.string()).optional(),
  createdAt: instant().optional(),
  updatedAt: instant().optional(),
});
/** A signed-in session: the token to send as `Authorization: Bearer` and the user. */
export const sessionAnswer = shape({ token: Joi.string(), user: publicUserAnswer });
