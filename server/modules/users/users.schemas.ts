import Joi from 'joi';
import { BEAMS, STAGES } from '../../../models/user.model.js';
import { ROLES } from '../../lib/actor.js';
import { idString, objectId, pageOf, paging, shape } from '../../http/common-schemas.js';
import { publicUserAnswer } from '../accounts/index.js';

const username = Joi.string().trim().pattern(/^[A-Za-z0-9_.@-]{2,64}$/).description('登录名（字母、数字、_ . @ -）');
const displayName = Joi.string().trim().min(1).max(32).description('姓名');
const password = Joi.string().min(8).max(128).description('密码（至少 8 位）');
const phone = Joi.string().trim().pattern(/^1\d{10}$/).description('手机号');
const beam = Joi.string().valid(...BEAMS, null).description('mentor 大梁 / mentee 小梁');
const capacity = Joi.number().integer().min(1).max(20).allow(null).description('带教名额（默认 3）');
const expertise = Joi.array().items(Joi.string().trim().max(32)).max(12).description('熟悉的项目类别');

export const createUserBody = Joi.object({
  username: username.required(),
  displayName: displayName.required(),
  role: Joi.string().valid(...ROLES).required(),
  password,
  phone,
  orgUnitId: objectId().description('所属单位：书记、党员为居村；部门为街镇或区'),
  beam,
  stage: Joi.string().valid(...STAGES).description('小梁成长阶段（默认 new 新任）'),
  mentorCapacity: capacity,
  expertise,
});

export const updateUserBody = Joi.object({
  displayName,
  password,
  phone: phone.allow(null),
  orgUnitId: objectId(),
  active: Joi.boolean(),
  beam,
  mentorCapacity: capacity,
  expertise,
}).min(1);

export const listUsersQuery = Joi.object({
  role: Joi.string().valid(...ROLES),
  orgUnit: objectId(),
  street: objectId(),
  beam: Joi.string().valid(...BEAMS),
  stage: Joi.string().valid(...STAGES),
  q: Joi.string().trim().max(64).description('姓名或登录名包含'),
  paired: Joi.boolean().description('小梁是否已有在带的大梁（false = 待结对）'),
  hasPassword: Joi.boolean().description('是否已设密码（false = 未设密码、无法登录，如名册导入的书记）'),
  active: Joi.boolean().description('是否在用（false = 已停用）'),
  ...paging,
});

// Answers (RouteDef.response).
export const listedUsersAnswer = pageOf(publicUserAnswer.keys({ orgUnitName: Joi.string().allow(null).required(), streetName: Joi.string().allow(null).required() }));
export const departmentsAnswer = shape({
  items: Joi.array().items(shape({ id: idString(), displayName: Joi.string(), streetId: idString().allow(null) })),
});
