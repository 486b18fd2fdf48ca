import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { candidates, createSession, listSessions, sessionDetail, updateSession } from './training.service.js';
import { listAttendance, tickAttendance, trainingSignIn, trainingSignInCode, trainingWrongCodes } from './attendance.service.js';
import { trainingRecord } from './record.service.js';
import {
  candidatesQuery, createSessionBody, listSessionsQuery, recordQuery, signInBody, tickBody, updateSessionBody,
  attendanceListAnswer, candidatesAnswer, sessionAnswer, sessionDetailAnswer, sessionCodeAnswer, sessionsAnswer, signedInAnswer, tickedAnswer, trainingRecordAnswer,
} from './training.schemas.js';

const tag = '培训联训';
const organisers = ['admin', 'department', 'secretary'] as const;
const readers = ['admin', 'department', 'secretary'] as const;

export function trainingRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  const wrongCodes = trainingWrongCodes(deps.clock);
  return [
    { method: 'get', path: '/training-sessions', tag, summary: '培训列表（区级联训、街镇工作室、分组联学；非管理员看到本区、本街镇的及受邀或授课的）', access: readers,
      schema: { query: listSessionsQuery }, response: sessionsAnswer, handler: ({ query, actor }) => listSessions(query, actor) },
    { method: 'post', path: '/training-sessions', tag, summary: '创建培训（管理员任意；街镇工作人员与大梁为本街镇举办街镇工作室、分组联学）', access: organisers, status: 201,
      schema: { body: createSessionBody }, response: sessionAnswer, handler: ({ body, actor }) => createSession(body, actor, now()) },
    { method: 'get', path: '/training-sessions/candidates', tag, summary: '可邀请的小梁与可授课的大梁（按举办范围）', access: organisers,
      schema: { query: candidatesQuery }, response: candidatesAnswer, handler: ({ query, actor }) => candidates(query.scope, actor) },
    { method: 'get', path: '/training-sessions/:id', tag, summary: '培训详情（受邀名单、已出席人数；受邀小梁另见自己的出席）', access: readers,
      schema: { params: idParams }, response: sessionDetailAnswer, handler: ({ params, actor }) => sessionDetail(params.id, actor) },
    { method: 'patch', path: '/training-sessions/:id', tag, summary: '修改培训（结束前；已出席的小梁须留在受邀名单中）', access: organisers,
      schema: { params: idParams, body: updateSessionBody }, response: sessionAnswer, handler: ({ params, body, actor }) => updateSession(params.id, body, actor, now()) },
    { method: 'get', path: '/training-sessions/:id/sign-in-code', tag, summary: '当前签到码（每分钟更换，上一分钟的仍有效）及扫码签到链接', access: organisers,
      schema: { params: idParams }, response: sessionCodeAnswer,
      handler: ({ params, actor, req }) => trainingSignInCode(params.id, actor, now(), `${req.protocol}://${req.get('host')}`) },
    { method: 'post', path: '/training-sessions/:id/sign-in', tag, summary: '受邀小梁凭签到码签到（开始前 30 分钟至结束；重复签到返回原记录；10 分钟内输错 10 次后暂停）', access: ['secretary'],
      schema: { params: idParams, body: signInBody }, response: signedInAnswer, handler: ({ params, body, actor }) => trainingSignIn(params.id, body.code, actor, now(), wrongCodes) },
    { method: 'get', path: '/training-sessions/:id/attendance', tag, summary: '出席名单（每位受邀小梁：是否出席、时间、方式、补登人）', access: organisers,
      schema: { params: idParams }, response: attendanceListAnswer, handler: ({ params, actor }) => listAttendance(params.id, actor) },
    { method: 'post', path: '/training-sessions/:id/attendance', tag, summary: '组织者补登出席（未能签到的受邀小梁；逐人答复，记录补登人）', access: organisers,
      schema: { params: idParams, body: tickBody }, response: tickedAnswer, handler: ({ params, body, actor }) => tickAttendance(params.id, body.menteeIds, actor, now()) },
    { method: 'get', path: '/me/training', tag, summary: '我的培训记录（受邀与出席）', access: ['secretary'],
      schema: { query: recordQuery }, response: trainingRecordAnswer, handler: ({ query, actor }) => trainingRecord(actor.id, actor, query, now()) },
    { method: 'get', path: '/secretaries/:id/training', tag, summary: '书记的培训记录（本人、在带的大梁、本街镇工作人员和管理员可见）', access: readers,
      schema: { params: idParams, query: recordQuery }, response: trainingRecordAnswer, handler: ({ params, query, actor }) => trainingRecord(params.id, actor, query, now()) },
  ];
}
