import Joi from 'joi';
import type { RouteDef } from '../../http/route.js';
import { paging } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { markAllRead, markRead, myNotifications } from './notifications.service.js';

const tag = '提醒';

export function notificationRoutes(deps: Deps): RouteDef[] {
  return [
    { method: 'get', path: '/me/notifications', tag, summary: '我的提醒', access: 'authenticated',
      schema: { query: Joi.object({ unread: Joi.boolean(), ...paging }) }, handler: ({ query, actor }) => myNotifications(actor, query) },
    { method: 'post', path: '/me/notifications/read-all', tag, summary: '全部标为已读', access: 'authenticated',
      handler: ({ actor }) => markAllRead(actor, deps.clock()) },
    { method: 'post', path: '/me/notifications/:id/read', tag, summary: '标为已读', access: 'authenticated',
      schema: { params: Joi.object({ id: Joi.string().max(200).pattern(/^[\w:.-]+$/).required() }) },
      handler: ({ params, actor }) => markRead(params.id, actor, deps.clock()) },
  ];
}
