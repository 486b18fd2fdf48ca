import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { publicUserAnswer, toPublicUser } from '../accounts/index.js';
import { createUserBody, departmentsAnswer, listedUsersAnswer, listUsersQuery, updateUserBody } from './users.schemas.js';
import { createUser, getUserOrThrow, listDepartments, listUsers, updateUser } from './users.service.js';

const tag = '用户';

export function userRoutes(deps: Deps): RouteDef[] {
  const rounds = deps.config.bcryptRounds;
  return [
    { method: 'get', path: '/departments', tag, summary: '职能部门列表（吹哨时选择）', access: 'authenticated', response: departmentsAnswer,
      handler: ({ actor }) => listDepartments(actor) },
    { method: 'post', path: '/users', tag, summary: '新建用户（书记、评估人员、部门、党员…）', access: ['admin'], status: 201,
      schema: { body: createUserBody }, response: publicUserAnswer, handler: ({ body, actor }) => createUser(body, actor.id, rounds, deps.clock()) },
    { method: 'get', path: '/users', tag, summary: '用户列表', access: ['admin'],
      schema: { query: listUsersQuery }, response: listedUsersAnswer, handler: ({ query }) => listUsers(query) },
    { method: 'get', path: '/users/:id', tag, summary: '用户详情', access: ['admin'],
      schema: { params: idParams }, response: publicUserAnswer, handler: async ({ params }) => toPublicUser(await getUserOrThrow(params.id)) },
    { method: 'patch', path: '/users/:id', tag, summary: '修改用户（成长阶段请用 /secretaries/:id/stage）', access: ['admin'],
      schema: { params: idParams, body: updateUserBody }, response: publicUserAnswer, handler: ({ params, body }) => updateUser(params.id, body, rounds) },
  ];
}
