import Joi from 'joi';
import type { RouteDef } from '../../http/route.js';
import { paging } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { markAllRead, markRead, myNotifications } from './notifications.service.js';
import { deleteChannel, listChannels, putChannel } from './channels.service.js';
import { listDeliveries, retryDelivery } from './deliveries.service.js';
import { myPreferences, setMyPreferences } from './preferences.service.js';
import {
  channelBody, channelParams, deliveryParams, deliveryQuery, preferencesBody,
  channelAnswer, channelsAnswer, deliveriesAnswer, deliveryAnswer, notificationAnswer, notificationsAnswer, preferencesAnswer,
} from './notifications.schemas.js';

const tag = '提醒';

export function notificationRoutes(deps: Deps): RouteDef[] {
  const notify = deps.config.notify;
  return [
    { method: 'get', path: '/me/notifications', tag, summary: '我的提醒', access: 'authenticated',
      schema: { query: Joi.object({ unread: Joi.boolean(), ...paging }) }, response: notificationsAnswer, handler: ({ query, actor }) => myNotifications(actor, query) },
    { method: 'post', path: '/me/notifications/read-all', tag, summary: '全部标为已读', access: 'authenticated', response: Joi.object({ marked: Joi.number().integer().required() }),
      handler: ({ actor }) => markAllRead(actor, deps.clock()) },
    { method: 'post', path: '/me/notifications/:id/read', tag, summary: '标为已读', access: 'authenticated',
      schema: { params: Joi.object({ id: Joi.string().max(200).pattern(/^[\w:.-]+$/).required() }) }, response: notificationAnswer,
      handler: ({ params, actor }) => markRead(params.id, actor, deps.clock()) },
    { method: 'get', path: '/me/notification-preferences', tag, summary: '我的提醒方式（仅站内 / 立即短信 / 每日汇总）', access: 'authenticated', response: preferencesAnswer,
      handler: ({ actor }) => myPreferences(actor, deps) },
    { method: 'put', path: '/me/notification-preferences', tag, summary: '设置提醒方式与每日汇总时刻', access: 'authenticated',
      schema: { body: preferencesBody }, response: preferencesAnswer, handler: ({ actor, body }) => setMyPreferences(actor, body, deps) },
    { method: 'get', path: '/notification-channels', tag, summary: '提醒渠道（群机器人、Webhook；密钥只写，显示为“已设置”）', access: ['admin'], response: channelsAnswer,
      handler: () => listChannels(notify) },
    { method: 'put', path: '/notification-channels/:id', tag, summary: '新建或修改提醒渠道', access: ['admin'],
      schema: { params: channelParams, body: channelBody }, response: channelAnswer, handler: ({ params, body }) => putChannel(params.id, body, notify) },
    { method: 'delete', path: '/notification-channels/:id', tag, summary: '删除提醒渠道', access: ['admin'],
      schema: { params: channelParams }, handler: ({ params }) => deleteChannel(params.id, notify) },
    { method: 'get', path: '/notification-deliveries', tag, summary: '提醒投递记录（按状态：pending 待发 / sent 已发 / dead 死信）', access: ['admin'],
      schema: { query: deliveryQuery }, response: deliveriesAnswer, handler: ({ query }) => listDeliveries(query) },
    { method: 'post', path: '/notification-deliveries/:id/retry', tag, summary: '重试死信投递', access: ['admin'],
      schema: { params: deliveryParams }, response: deliveryAnswer, handler: ({ params }) => retryDelivery(params.id, deps) },
  ];
}
