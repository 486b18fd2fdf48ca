import Joi from 'joi';
import { ORG_LEVELS } from '../../../models/org-unit.model.js';
import { idString, maybe, objectId, pageOf, paging, record } from '../../http/common-schemas.js';

const code = Joi.string().trim().pattern(/^[A-Za-z0-9_-]{1,32}$/).description('唯一编码 (letters, digits, - and _)');
const name = Joi.string().trim().min(1).max(64).description('中文名称');
const kind = Joi.string().valid('residential', 'village').description('居委 residential / 村委 village (居村 only)');

export const createOrgUnitBody = Joi.object({
  code: code.required(),
  name: name.required(),
  level: Joi.string().valid(...ORG_LEVELS).required().description('district 区 / street 街镇 / community 居村'),
  parentId: objectId().description('上级单位；区级不填'),
  kind,
});

export const updateOrgUnitBody = Joi.object({ code, name, kind, active: Joi.boolean() }).min(1);

export const listOrgUnitsQuery = Joi.object({
  level: Joi.string().valid(...ORG_LEVELS),
  parent: objectId().description('上级单位'),
  street: objectId().description('所属街镇'),
  q: Joi.string().trim().max(64).description('名称或编码包含'),
  ...paging,
});

// Answers (RouteDef.response).
export const orgUnitAnswer = record({
  code: Joi.string(),
  name: Joi.string(),
  level: Joi.string().valid(...ORG_LEVELS),
  kind: maybe(Joi.string().valid('residential', 'village')),
  parentId: idString().allow(null),
  streetId: maybe(idString()),
  districtId: maybe(idString()),
  active: Joi.boolean(),
});
export const orgUnitsAnswer = pageOf(orgUnitAnswer);
