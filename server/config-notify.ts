import Joi from 'joi';
import type { GroupChannelConfig } from './lib/channels/types.js';

/** Quiet hours in minutes after midnight, Shanghai time; the window may wrap past midnight (22:00–07:00). */
export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

export interface NotifyConfig {
  /** Group channels given by NOTIFY_* variables: whole district, every kind of reminder. */
  readonly envChannels: readonly GroupChannelConfig[];
  /** null: immediate deliveries go out at any hour. */
  readonly quietHours: QuietHours | null;
  /** Attempts before a delivery is dead-lettered. */
  readonly maxAttempts: number;
  /** The first retry waits this long; each next one twice as long. */
  readonly retryBaseMs: number;
  /** Digest hour for users who choose a digest without naming an hour. */
  readonly defaultDigestHour: number;
}

const webhookUrl = () => Joi.string().uri({ scheme: ['http', 'https'] }).max(2000).empty('');
const HHMM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "22:00-07:00" → minutes; "off" → null. */
export function parseQuietHours(text: string): QuietHours | null {
  if (text.trim() === 'off') return null;
  const [from, to, ...rest] = text.split('-').map((t) => t.trim());
  const a = HHMM.exec(from ?? '');
  const b = HHMM.exec(to ?? '');
  if (!a || !b || rest.length) throw new Error(`invalid quiet hours "${text}"`);
  return { startMinute: Number(a[1]) * 60 + Number(a[2]), endMinute: Number(b[1]) * 60 + Number(b[2]) };
}

const quietHours = Joi.string().trim().empty('').default('22:00-07:00').custom((value: string, helpers) => {
  try {
    const parsed = parseQuietHours(value);
    return parsed && parsed.startMinute === parsed.endMinute ? helpers.error('any.invalid') : value;
  } catch {
    return helpers.error('any.invalid');
  }
}).messages({ 'any.invalid': '{{#label}} must be HH:MM-HH:MM (e.g. 22:00-07:00) or off' });

/** The NOTIFY_* variables, validated with the rest of the environment (config.ts). */
export function notifyVariables() {
  return {
    NOTIFY_WECOM_WEBHOOK_URL: webhookUrl(),
    NOTIFY_DINGTALK_WEBHOOK_URL: webhookUrl(),
    NOTIFY_DINGTALK_SECRET: Joi.string().max(256).empty(''),
    NOTIFY_FEISHU_WEBHOOK_URL: webhookUrl(),
    NOTIFY_FEISHU_SECRET: Joi.string().max(256).empty(''),
    NOTIFY_WEBHOOK_URL: webhookUrl(),
    // The generic webhook is always signed: its receiver has no other way to trust a message.
    NOTIFY_WEBHOOK_SECRET: Joi.string().min(16).max(256).empty('').when('NOTIFY_WEBHOOK_URL', { is: Joi.exist(), then: Joi.required() }),
    NOTIFY_QUIET_HOURS: quietHours,
    NOTIFY_MAX_ATTEMPTS: Joi.number().integer().min(1).max(20).default(6),
    NOTIFY_RETRY_BASE_SECONDS: Joi.number().integer().min(1).max(3600).default(60),
    NOTIFY_DEFAULT_DIGEST_HOUR: Joi.number().integer().min(0).max(23).default(8),
  };
}

const envChannel = (id: string, kind: GroupChannelConfig['kind'], name: string, url: string | undefined, secret: string | undefined): GroupChannelConfig[] =>
  url ? [Object.freeze({ id, kind, name, url, secret: secret ?? null, streetId: null, kinds: [], enabled: true, source: 'env' as const })] : [];

export function notifyConfig(value: Record<string, any>): NotifyConfig {
  return Object.freeze({
    envChannels: Object.freeze([
      ...envChannel('env-wecom', 'wecom', '企业微信群机器人 (NOTIFY_WECOM_WEBHOOK_URL)', value.NOTIFY_WECOM_WEBHOOK_URL, undefined),
      ...envChannel('env-dingtalk', 'dingtalk', '钉钉群机器人 (NOTIFY_DINGTALK_WEBHOOK_URL)', value.NOTIFY_DINGTALK_WEBHOOK_URL, value.NOTIFY_DINGTALK_SECRET),
      ...envChannel('env-feishu', 'feishu', '飞书群机器人 (NOTIFY_FEISHU_WEBHOOK_URL)', value.NOTIFY_FEISHU_WEBHOOK_URL, value.NOTIFY_FEISHU_SECRET),
      ...envChannel('env-webhook', 'webhook', '签名 Webhook (NOTIFY_WEBHOOK_URL)', value.NOTIFY_WEBHOOK_URL, value.NOTIFY_WEBHOOK_SECRET),
    ]),
    quietHours: parseQuietHours(value.NOTIFY_QUIET_HOURS),
    maxAttempts: value.NOTIFY_MAX_ATTEMPTS,
    retryBaseMs: value.NOTIFY_RETRY_BASE_SECONDS * 1000,
    defaultDigestHour: value.NOTIFY_DEFAULT_DIGEST_HOUR,
  });
}
