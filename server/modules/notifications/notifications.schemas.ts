import Joi from 'joi';
import { DELIVERY_STATUSES } from '../../../models/notification-delivery.model.js';
import { GROUP_CHANNEL_KINDS } from '../../lib/channels/types.js';
import { objectId, paging } from '../../http/common-schemas.js';
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
