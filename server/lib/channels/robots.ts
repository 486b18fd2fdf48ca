import { createHmac } from 'node:crypto';
import type { ChannelRequest } from './http.js';
import type { OutgoingMessage } from './types.js';

const MAX_BODY = 1000;
const shortBody = (m: OutgoingMessage) => (m.body.length > MAX_BODY ? `${m.body.slice(0, MAX_BODY)}…` : m.body);
const recipientLine = (m: OutgoingMessage) => (m.recipient ? `提醒对象：${m.recipient}` : null);

/** Markdown both WeCom and DingTalk render: bold title, body, whom it concerns, a link to the console page. */
export function robotMarkdown(m: OutgoingMessage, heading: (title: string) => string): string {
  return [heading(m.title), shortBody(m), recipientLine(m), `[查看详情 (open)](${m.url})`].filter(Boolean).join('\n\n');
}

/** Robots answer HTTP 200 with `errcode` 0 on success (WeCom, DingTalk). */
const errcodeRefusal = (answer: unknown) => {
  const a = answer as { errcode?: number; errmsg?: string } | null;
  return a && a.errcode === 0 ? null : `errcode ${a?.errcode ?? '?'} ${a?.errmsg ?? ''}`.trim();
};

/** 企业微信群机器人: POST {msgtype: 'markdown', markdown: {content}} to the webhook URL (its `key` is the credential). */
export function wecomRequest(url: string, m: OutgoingMessage): ChannelRequest {
  return { url, headers: {}, body: JSON.stringify({ msgtype: 'markdown', markdown: { content: robotMarkdown(m, (t) => `**${t}**`) } }), refusal: errcodeRefusal };
}

/** 钉钉加签: base64 HMAC-SHA256, keyed by the secret, of "<timestamp ms>\n<secret>". */
export const dingtalkSign = (secret: string, timestampMs: number) =>
  createHmac('sha256', secret).update(`${timestampMs}\n${secret}`, 'utf8').digest('base64');

/** 钉钉自定义机器人: {msgtype: 'markdown', markdown: {title, text}}; with a secret, `timestamp` and `sign` join the URL's query. */
export function dingtalkRequest(url: string, secret: string | null, m: OutgoingMessage, now: Date): ChannelRequest {
  const target = new URL(url);
  if (secret) {
    const timestamp = now.getTime();
    target.searchParams.set('timestamp', String(timestamp));
    target.searchParams.set('sign', dingtalkSign(secret, timestamp));
  }
  const body = { msgtype: 'markdown', markdown: { title: m.title, text: robotMarkdown(m, (t) => `#### ${t}`) } };
  return { url: target.toString(), headers: {}, body: JSON.stringify(body), refusal: errcodeRefusal };
}

/** 飞书签名校验: base64 HMAC-SHA256 keyed by "<timestamp s>\n<secret>" over an empty message (unlike DingTalk). */
export const feishuSign = (secret: string, timestampSeconds: number) =>
  createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');

/** 飞书自定义机器人: {msg_type: 'text', content: {text}}; with a secret, `timestamp` and `sign` go in the body. */
export function feishuRequest(url: string, secret: string | null, m: OutgoingMessage, now: Date): ChannelRequest {
  const text = [m.title, shortBody(m), recipientLine(m), m.url].filter(Boolean).join('\n');
  const timestamp = Math.floor(now.getTime() / 1000);
  const signed = secret ? { timestamp: String(timestamp), sign: feishuSign(secret, timestamp) } : {};
  const refusal = (answer: unknown) => {
    const a = answer as { code?: number; StatusCode?: number; msg?: string } | null;
    return a && (a.code === 0 || a.StatusCode === 0) ? null : `code ${a?.code ?? '?'} ${a?.msg ?? ''}`.trim();
  };
  return { url, headers: {}, body: JSON.stringify({ ...signed, msg_type: 'text', content: { text } }), refusal };
}
