import { createHmac, randomUUID } from 'node:crypto';
import { SmsSendError, type SmsSender } from './sms.js';

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  /** The reminder template (variables ${title} and ${url}); unset: no reminders by SMS. */
  noticeTemplateCode?: string;
  /** https://dysmsapi.aliyuncs.com unless told otherwise. */
  endpoint: string;
  regionId: string;
}

/** RFC 3986 percent-encoding as Aliyun's RPC signature wants it: only A–Z a–z 0–9 - _ . ~ stay as they are. */
export const percentEncode = (value: string) =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** "AccessKeyId=…&Action=…": every parameter but Signature, sorted by name, encoded. */
export const canonicalQuery = (params: Record<string, string>) =>
  Object.keys(params).filter((k) => k !== 'Signature').sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`).join('&');

/**
 * Aliyun RPC signature, version 1.0 (SignatureMethod HMAC-SHA1): base64 of the HMAC-SHA1, keyed by
 * the AccessKey secret plus "&", of "GET&%2F&" + the percent-encoded canonical query.
 */
export function aliyunSignature(accessKeySecret: string, params: Record<string, string>, method = 'GET'): string {
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalQuery(params))}`;
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign).digest('base64');
}

/** The signed GET URL of one SendSms call. */
export function sendSmsUrl(config: AliyunSmsConfig, input: { phone: string; templateCode?: string; templateParam: Record<string, string>; now: Date; nonce: string }): string {
  const params: Record<string, string> = {
    AccessKeyId: config.accessKeyId,
    Action: 'SendSms',
    Format: 'JSON',
    PhoneNumbers: input.phone,
    RegionId: config.regionId,
    SignName: config.signName,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: input.nonce,
    SignatureVersion: '1.0',
    TemplateCode: input.templateCode ?? config.templateCode,
    TemplateParam: JSON.stringify(input.templateParam),
    Timestamp: input.now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Version: '2017-05-25',
  };
  const signature = aliyunSignature(config.accessKeySecret, params);
  return `${config.endpoint.replace(/\/+$/, '')}/?Signature=${percentEncode(signature)}&${canonicalQuery(params)}`;
}

/** Aliyun template variables are limited in length (35 characters for most kinds): a title is cut to fit. */
const TEMPLATE_VARIABLE_MAX = 35;
const fitVariable = (text: string) => (text.length > TEMPLATE_VARIABLE_MAX ? `${text.slice(0, TEMPLATE_VARIABLE_MAX - 1)}…` : text);

/** Aliyun SMS (dysmsapi SendSms): codes with a template taking `code`, reminders with one taking `title` and `url`. */
export function aliyunSmsSender(config: AliyunSmsConfig, fetchImpl: typeof fetch = fetch): SmsSender {
  async function send(phone: string, templateCode: string, templateParam: Record<string, string>, now: Date) {
    const url = sendSmsUrl(config, { phone, templateCode, templateParam, now, nonce: randomUUID() });
    let answer: { Code?: string; Message?: string };
    try {
      const res = await fetchImpl(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
      answer = (await res.json()) as { Code?: string; Message?: string };
    } catch (err) {
      throw new SmsSendError(`Aliyun SMS unreachable: ${(err as Error).message}`);
    }
    if (answer.Code !== 'OK') throw new SmsSendError(`Aliyun SMS refused: ${answer.Code} ${answer.Message ?? ''}`.trim(), answer.Code);
  }
  return {
    provider: 'aliyun',
    noticesEnabled: !!config.noticeTemplateCode,
    sendVerificationCode: (phone, code, now) => send(phone, config.templateCode, { code }, now),
    async sendNotice(phone, notice, now) {
      if (!config.noticeTemplateCode) throw new SmsSendError('ALIYUN_SMS_NOTICE_TEMPLATE_CODE not configured');
      await send(phone, config.noticeTemplateCode, { title: fitVariable(notice.title), url: notice.url }, now);
    },
  };
}
