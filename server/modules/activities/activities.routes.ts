import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { activityDetail, createActivity, listActivities, updateActivity } from './activities.service.js';
import { addAttendees, listAttendees, removeAttendee, signIn, signInCode, wrongCodeLimiter } from './attendance.service.js';
import { closeActivity } from './close.service.js';
import {
  attendeeParams, attendeesBody, createActivityBody, listActivitiesQuery, signInBody, updateActivityBody,
  activitiesAnswer, activityAnswer, activityDetailAnswer, addedAttendeesAnswer, attendeesAnswer, closeAnswer, signedInAnswer, signInCodeAnswer,
} from './activities.schemas.js';

const tag = '活动签到';
const organisers = ['admin', 'secretary'] as const;

export function activityRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  const wrongCodes = wrongCodeLimiter(deps.clock);
  return [
    { method: 'get', path: '/activities', tag, summary: '活动列表（按居村、街镇、日期范围筛选；党员与书记只看到本居村及所属街镇、区的活动）', access: [...organisers, 'member'],
      schema: { query: listActivitiesQuery }, response: activitiesAnswer, handler: ({ query, actor }) => listActivities(query, actor) },
    { method: 'post', path: '/activities', tag, summary: '创建活动（书记为本居村；管理员可面向居村、街镇或全区）', access: organisers, status: 201,
      schema: { body: createActivityBody }, response: activityAnswer, handler: ({ body, actor }) => createActivity(body, actor) },
    { method: 'get', path: '/activities/:id', tag, summary: '活动详情（含已签到人数；党员另见自己的签到）', access: [...organisers, 'member'],
      schema: { params: idParams }, response: activityDetailAnswer, handler: ({ params, actor }) => activityDetail(params.id, actor) },
    { method: 'patch', path: '/activities/:id', tag, summary: '修改活动（结算前）', access: organisers,
      schema: { params: idParams, body: updateActivityBody }, response: activityAnswer, handler: ({ params, body, actor }) => updateActivity(params.id, body, actor) },
    { method: 'get', path: '/activities/:id/sign-in-code', tag, summary: '当前签到码（每分钟更换，上一分钟的仍有效）及扫码签到链接', access: organisers,
      schema: { params: idParams }, response: signInCodeAnswer,
      handler: ({ params, actor, req }) => signInCode(params.id, actor, now(), `${req.protocol}://${req.get('host')}`) },
    { method: 'post', path: '/activities/:id/sign-in', tag, summary: '党员凭签到码签到（活动开始前 30 分钟至结束；重复签到返回原记录；10 分钟内输错 10 次后暂停）', access: ['member'],
      schema: { params: idParams, body: signInBody }, response: signedInAnswer, handler: ({ params, body, actor }) => signIn(params.id, body.code, actor, now(), wrongCodes) },
    { method: 'get', path: '/activities/:id/attendees', tag, summary: '签到名单', access: organisers,
      schema: { params: idParams }, response: attendeesAnswer, handler: ({ params, actor }) => listAttendees(params.id, actor) },
    { method: 'post', path: '/activities/:id/attendees', tag, summary: '组织者补登签到（逐人答复；结算后补登的当即计分）', access: organisers,
      schema: { params: idParams, body: attendeesBody }, response: addedAttendeesAnswer, handler: ({ params, body, actor }) => addAttendees(params.id, body.memberIds, actor, now()) },
    { method: 'delete', path: '/activities/:id/attendees/:memberId', tag, summary: '移除签到（结算前）', access: organisers,
      schema: { params: attendeeParams }, handler: ({ params, actor }) => removeAttendee(params.id, params.memberId, actor, now()) },
    { method: 'post', path: '/activities/:id/close', tag, summary: '结束活动并为每位签到党员计分（幂等：重复结束不重复计分，逐人答复）', access: organisers,
      schema: { params: idParams }, response: closeAnswer, handler: ({ params, actor }) => closeActivity(params.id, actor, now()) },
  ];
}
