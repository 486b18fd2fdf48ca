import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import { createOrgUnitBody, listOrgUnitsQuery, orgUnitAnswer, orgUnitsAnswer, updateOrgUnitBody } from './org.schemas.js';
import { createOrgUnit, getOrgUnit, listOrgUnits, updateOrgUnit } from './org.service.js';

const tag = '组织架构';

export function orgRoutes(): RouteDef[] {
  return [
    { method: 'post', path: '/org-units', tag, summary: '新建区 / 街镇 / 居村', access: ['admin'], status: 201,
      schema: { body: createOrgUnitBody }, response: orgUnitAnswer, handler: ({ body }) => createOrgUnit(body) },
    { method: 'get', path: '/org-units', tag, summary: '组织单位列表（按层级、上级、街镇筛选）', access: 'authenticated',
      schema: { query: listOrgUnitsQuery }, response: orgUnitsAnswer, handler: ({ query }) => listOrgUnits(query) },
    { method: 'get', path: '/org-units/:id', tag, summary: '组织单位详情（含所属街镇与区）', access: 'authenticated',
      schema: { params: idParams }, response: orgUnitAnswer, handler: ({ params }) => getOrgUnit(params.id) },
    { method: 'patch', path: '/org-units/:id', tag, summary: '修改组织单位', access: ['admin'],
      schema: { params: idParams, body: updateOrgUnitBody }, response: orgUnitAnswer, handler: ({ params, body }) => updateOrgUnit(params.id, body) },
  ];
}
