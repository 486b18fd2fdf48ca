import { postChannelRequest, type ChannelRequest } from './http.js';
import { dingtalkRequest, feishuRequest, wecomRequest } from './robots.js';
import { ChannelSendError, type GroupChannelConfig, type OutgoingMessage } from './types.js';
import { webhookRequest } from './webhook.js';

export * from './types.js';
export { dingtalkSign, feishuSign } from './robots.js';
export { webhookSignature, SIGNATURE_HEADER, TIMESTAMP_HEADER, DELIVERY_HEADER } from './webhook.js';

/** The request a group channel makes for one message (pure: tests check formats and signatures on it). */
export function channelRequest(channel: GroupChannelConfig, m: OutgoingMessage, now: Date): ChannelRequest {
  switch (channel.kind) {
    case 'wecom': return wecomRequest(channel.url, m);
    case 'dingtalk': return dingtalkRequest(channel.url, channel.secret, m, now);
    case 'feishu': return feishuRequest(channel.url, channel.secret, m, now);
    case 'webhook':
      if (!channel.secret) throw new ChannelSendError('签名 Webhook 未设置密钥 (webhook secret missing)');
      return webhookRequest(channel.url, channel.secret, m, now);
  }
}

/** Sends one message through a group channel; rejects with a ChannelSendError saying why it was not accepted. */
export const sendToChannel = (channel: GroupChannelConfig, m: OutgoingMessage, now: Date, fetchImpl: typeof fetch = fetch) =>
  postChannelRequest(channelRequest(channel, m, now), fetchImpl);
