import Joi from 'joi';
import { DELIVERY_STATUSES } from '../../../models/notification-delivery.model.js';
import { GROUP_CHANNEL_KINDS } from '../../lib/channels/types.js';
import { idString, instant, objectId, pageOf, paging, shape } from '../../http/common-schemas.js';
import { SECRET_SET, SECRET_UNSET } from './channels.service.js';
import { DELIVERY_MODES, NOTIFICATION_KINDS } from './delivery.rules.js';

const kindNames = Object.keys(NOTIFICATION_KINDS);

export const channelParams = Joi.object({
  id: Joi.string().pattern(/^[a-z0-9][a-z0-9-]{1,39}$/).required()
    .messages({ 'string.pattern.base': '{{#label}} 须为 2–40 位小写字母、数字或横线 (lowercase letters, digits, dashes)' }),
});

export const channelBody = Joi.object({
  kind: Joi.string().valid(...GROUP_CHANNEL_KINDS).description('wecom 企业微信 · dingtalk 钉钉 · feishu 飞书 · webhook 签名 Webhook'),
  name: Joi.string().trim().min(1).max(60),
  url: Joi.string().trim().uri({ scheme: ['http', 'https'] }).max(2000).description('Webhook 地址（只写，不会返回）'),
  secret: Joi.string().min(1).max(256).allow(null).description('加签密钥（只写，不会返回；null 清除，不传保留）'),
  streetId: objectId().allow(null).description('服务的街镇；null 为全区'),
  kinds: Joi.array().items(Joi.string().valid(...kindNames)).max(kindNames.length).unique().description('接收的提醒类型；空为全部'),
  enabled: Joi.boolean(),
}).min(1);

export const deliveryQuery = Joi.object({ status: Joi.string().valid(...DELIVERY_STATUSES), ...paging });
export const deliveryParams = Joi.object({ id: Joi.string().max(300).pattern(/^[\w:.|-]+$/).required() });

export const preferencesBody = Joi.object({
  digestHour: Joi.number().integer().min(0).max(23).description('每日汇总的发送时刻（上海时间，0–23 点）'),
  kinds: Joi.object(Object.fromEntries(kindNames.map((k) => [k, Joi.string().valid(...DELIVERY_MODES)])))
    .description('每类提醒：console 仅站内 · immediate 立即短信 · digest 每日汇总短信'),
}).min(1);

// Answers (RouteDef.response).
/** `_id` is deterministic for job-made reminders ("2026-11:inactive-mentee:<userId>"). */
export const notificationAnswer = shape({
  _id: Joi.string(), userId: idString(), kind: Joi.string(), title: Joi.string(), body: Joi.string().allow(''), link: Joi.string().allow(null),
  readAt: instant().allow(null), createdAt: instant(),
}).unknown(true);
export const notificationsAnswer = shape({
  items: Joi.array().items(notificationAnswer), page: Joi.number().integer(), pageSize: Joi.number().integer(), total: Joi.number().integer(), unread: Joi.number().integer(),
});
export const preferencesAnswer = shape({
  digestHour: Joi.number().integer(),
  quietHours: Joi.string().allow(null),
  sms: shape({ available: Joi.boolean(), phone: Joi.string().allow(null) }),
  kinds: Joi.array().items(shape({ kind: Joi.string(), label: Joi.string(), mode: Joi.string().valid(...DELIVERY_MODES), isDefault: Joi.boolean() })),
});
/** Closed: a channel's address and key are write-only (shown as 已设置 / 未设置). */
export const channelAnswer = shape({
  id: Joi.string(), kind: Joi.string().valid(...GROUP_CHANNEL_KINDS), name: Joi.string(), source: Joi.string().valid('env', 'admin'),
  streetId: Joi.string().allow(null), kinds: Joi.array().items(Joi.string()), enabled: Joi.boolean(),
  urlOrigin: Joi.string(), url: Joi.string().valid(SECRET_SET), secret: Joi.string().valid(SECRET_SET, SECRET_UNSET),
});
export const channelsAnswer = shape({ items: Joi.array().items(channelAnswer) });
export const deliveryAnswer = shape({
  _id: Joi.string(), channelId: Joi.string(), channelKind: Joi.string(), kind: Joi.string(), title: Joi.string(),
  status: Joi.string().valid(...DELIVERY_STATUSES), attempts: Joi.number().integer(), maxAttempts: Joi.number().integer(), nextAttemptAt: instant(),
  lastError: Joi.string().allow(null), sentAt: instant().allow(null), deadAt: instant().allow(null), createdAt: instant(),
}).unknown(true);
export const deliveriesAnswer = pageOf(deliveryAnswer);
