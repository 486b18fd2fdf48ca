import Joi from 'joi';
import { isIP } from 'node:net';
import type { AliyunSmsConfig } from './lib/sms/aliyun.js';
import { notifyConfig, notifyVariables, type NotifyConfig } from './config-notify.js';

export type ProcessRole = 'all' | 'api' | 'worker';
/** Express's `trust proxy`: off, a number of proxy hops, or the proxies' addresses / subnets / names. */
export type TrustProxy = false | number | readonly string[];

export interface Config {
  readonly env: 'development' | 'test' | 'production';
  readonly port: number;
  readonly role: ProcessRole;
  /** Unset means: start the embedded FerretDB on SQLite under dataDir. */
  readonly mongodbUri?: string;
  readonly dataDir: string;
  /** Unset: the embedded FerretDB listens on a free loopback port chosen at each start. */
  readonly ferretdbPort?: number;
  readonly jwtSecret?: string;
  readonly jwtExpiresIn: string;
  readonly adminUsername: string;
  readonly adminPassword?: string;
  /** On the embedded default only: load the `small` demo district into an empty database at start. */
  readonly demoOnFirstStart: boolean;
  readonly bcryptRounds: number;
  readonly bodyLimit: string;
  readonly corsOrigin?: string;
  readonly logLevel: string;
  /** Failed logins per client address and username per 15 minutes. */
  readonly loginRateLimit: number;
  /** Failed logins per client address, whatever the username, per 15 minutes. */
  readonly loginAddressRateLimit: number;
  readonly publicRateLimit: number;
  readonly voterKeySalt?: string;
  /** Whose X-Forwarded-For to believe; off unless set, so no client can choose its own address. */
  readonly trustProxy: TrustProxy;
  /** Where residents reach the public pages (printed on voting-code sheets); unset: http://localhost:PORT. */
  readonly publicUrl: string;
  /** How phone verification codes are sent: none (off), log (development: into the server log), aliyun. */
  readonly sms: Readonly<{ provider: 'none' | 'log' | 'aliyun'; aliyun?: AliyunSmsConfig }>;
  /** Reminders beyond the console: group robots and webhooks from the environment, retries, quiet hours. */
  readonly notify: NotifyConfig;
  /** Cron expressions (Asia/Shanghai) of the scheduled jobs. */
  readonly schedules: Readonly<Record<'rollupHourly' | 'rollupMonthly' | 'assessment' | 'whistleWatch' | 'claimsSweep' | 'claimReminders' | 'notifyDelivery' | 'notifyDigest' | 'evaluationAnomalies', string>>;
  /** Points claims (积分申请) pending this many days or more remind their community's secretary, once a day. */
  readonly claimRemindAfterDays: number;
}

// Five fields: minute hour day-of-month month day-of-week.
const cron = Joi.string().trim().pattern(/^(\S+\s+){4}\S+$/).message('{{#label}} must be a 5-field cron expression');

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const isProxyEntry = (entry: string) => {
  if (PROXY_NAMES.includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
};

/** "false"/unset → off; "1" → one hop; "loopback, 10.0.0.0/8" → those proxies. "true" (trust anyone) is refused. */
export function parseTrustProxy(raw: string): TrustProxy | null {
  const text = raw.trim();
  if (text === '' || text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((e) => e.trim());
  return entries.every(isProxyEntry) ? Object.freeze(entries) : null;
}

const trustProxy = Joi.string().empty('').default(false).custom((value: string, helpers) => {
  const parsed = parseTrustProxy(value);
  return parsed === null ? helpers.error('any.invalid') : parsed;
}).messages({ 'any.invalid': '{{#label}} must be false, a number of proxy hops, or proxy addresses/subnets (loopback, 10.0.0.2, 10.0.0.0/8)' });

const schema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'test', 'production').default('development'),
  PORT: Joi.number().port().default(3000),
  ROLE: Joi.string().valid('all', 'api', 'worker').default('all'),
  MONGODB_URI: Joi.string().uri({ scheme: ['mongodb', 'mongodb+srv'] }).empty(''),
  DATA_DIR: Joi.string().default('data'),
  FERRETDB_PORT: Joi.number().port().min(1).empty(''),
  JWT_SECRET: Joi.string().min(16).empty(''),
  JWT_EXPIRES_IN: Joi.string().pattern(/^\d+[smhd]$/).default('12h'),
  DEMO_ON_FIRST_START: Joi.boolean().truthy('1').falsy('0').default(true),
  ADMIN_USERNAME: Joi.string().pattern(/^[A-Za-z0-9_.-]{3,64}$/).default('admin'),
  ADMIN_PASSWORD: Joi.string().min(8).empty(''),
  BCRYPT_ROUNDS: Joi.number().integer().min(4).max(15).default(10),
  BODY_LIMIT: Joi.string().pattern(/^\d+(b|kb|mb)$/i).default('1mb'),
  CORS_ORIGIN: Joi.string().empty(''),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').default('info'),
  LOGIN_RATE_LIMIT: Joi.number().integer().min(1).default(10),
  LOGIN_ADDRESS_RATE_LIMIT: Joi.number().integer().min(1).default(100),
  TRUST_PROXY: trustProxy,
  PUBLIC_RATE_LIMIT: Joi.number().integer().min(1).default(60),
  VOTER_KEY_SALT: Joi.string().min(16).empty(''),
  PUBLIC_URL: Joi.string().uri({ scheme: ['http', 'https'] }).empty(''),
  // Default: log outside production, none in production (where log is refused: codes must not sit in logs).
  SMS_PROVIDER: Joi.string().valid('none', 'log', 'aliyun').empty('')
    .when('NODE_ENV', { is: 'production', then: Joi.invalid('log').default('none'), otherwise: Joi.any().default('log') })
    .messages({ 'any.invalid': '{{#label}}=log writes codes into the log and is not allowed with NODE_ENV=production' }),
  ...aliyunVariables(),
  ROLLUP_HOURLY_CRON: cron.default('5 * * * *'),
  ROLLUP_MONTHLY_CRON: cron.default('0 1 1 * *'),
  ASSESSMENT_CRON: cron.default('30 1 1 * *'),
  WHISTLE_WATCH_CRON: cron.default('0 8 * * *'),
  CLAIMS_SWEEP_CRON: cron.default('*/10 * * * *'),
  CLAIM_REMINDERS_CRON: cron.default('0 9 * * *'),
  CLAIM_REMIND_AFTER_DAYS: Joi.number().integer().min(1).max(60).default(3),
  NOTIFY_DELIVERY_CRON: cron.default('* * * * *'),
  NOTIFY_DIGEST_CRON: cron.default('0 * * * *'),
  EVALUATION_ANOMALIES_CRON: cron.default('20 * * * *'),
  ...notifyVariables(),
}).unknown(true);

/** Aliyun SMS settings, each required when SMS_PROVIDER=aliyun. */
function aliyunVariables() {
  const whenAliyun = (schema: Joi.StringSchema) => schema.empty('').when('SMS_PROVIDER', { is: 'aliyun', then: Joi.required() });
  return {
    ALIYUN_SMS_ACCESS_KEY_ID: whenAliyun(Joi.string().max(128)),
    ALIYUN_SMS_ACCESS_KEY_SECRET: whenAliyun(Joi.string().max(256)),
    ALIYUN_SMS_SIGN_NAME: whenAliyun(Joi.string().max(64)),
    ALIYUN_SMS_TEMPLATE_CODE: whenAliyun(Joi.string().pattern(/^SMS_\d+$/)),
    // Optional: reminders by SMS need a second template (variables ${title} and ${url}); unset, SMS reminders are off.
    ALIYUN_SMS_NOTICE_TEMPLATE_CODE: Joi.string().pattern(/^SMS_\d+$/).empty(''),
    ALIYUN_SMS_ENDPOINT: Joi.string().uri({ scheme: ['http', 'https'] }).empty('').default('https://dysmsapi.aliyuncs.com'),
    ALIYUN_SMS_REGION: Joi.string().pattern(/^[a-z0-9-]{2,32}$/).empty('').default('cn-hangzhou'),
  };
}

export class ConfigError extends Error {}

/** Reads the environment once, validates it, and returns a frozen typed object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const { value, error } = schema.validate(env, { abortEarly: false, convert: true });
  if (error) {
    const lines = error.details.map((d) => `  ${d.path.join('.')}: ${d.message}`);
    throw new ConfigError(`配置无效 (invalid configuration):\n${lines.join('\n')}`);
  }
  return Object.freeze({
    env: value.NODE_ENV,
    port: value.PORT,
    role: value.ROLE,
    mongodbUri: value.MONGODB_URI,
    dataDir: value.DATA_DIR,
    ferretdbPort: value.FERRETDB_PORT,
    jwtSecret: value.JWT_SECRET,
    jwtExpiresIn: value.JWT_EXPIRES_IN,
    adminUsername: value.ADMIN_USERNAME,
    adminPassword: value.ADMIN_PASSWORD,
    demoOnFirstStart: value.DEMO_ON_FIRST_START,
    bcryptRounds: value.BCRYPT_ROUNDS,
    bodyLimit: value.BODY_LIMIT,
    corsOrigin: value.CORS_ORIGIN,
    logLevel: value.LOG_LEVEL,
    loginRateLimit: value.LOGIN_RATE_LIMIT,
    loginAddressRateLimit: value.LOGIN_ADDRESS_RATE_LIMIT,
    publicRateLimit: value.PUBLIC_RATE_LIMIT,
    voterKeySalt: value.VOTER_KEY_SALT,
    trustProxy: value.TRUST_PROXY,
    publicUrl: (value.PUBLIC_URL ?? `http://localhost:${value.PORT}`).replace(/\/+$/, ''),
    sms: Object.freeze({
      provider: value.SMS_PROVIDER,
      aliyun: value.SMS_PROVIDER === 'aliyun' ? Object.freeze({
        accessKeyId: value.ALIYUN_SMS_ACCESS_KEY_ID, accessKeySecret: value.ALIYUN_SMS_ACCESS_KEY_SECRET, signName: value.ALIYUN_SMS_SIGN_NAME,
        templateCode: value.ALIYUN_SMS_TEMPLATE_CODE, noticeTemplateCode: value.ALIYUN_SMS_NOTICE_TEMPLATE_CODE, endpoint: value.ALIYUN_SMS_ENDPOINT, regionId: value.ALIYUN_SMS_REGION,
      }) : undefined,
    }),
    schedules: Object.freeze({
      rollupHourly: value.ROLLUP_HOURLY_CRON,
      rollupMonthly: value.ROLLUP_MONTHLY_CRON,
      assessment: value.ASSESSMENT_CRON,
      whistleWatch: value.WHISTLE_WATCH_CRON,
      claimsSweep: value.CLAIMS_SWEEP_CRON,
      claimReminders: value.CLAIM_REMINDERS_CRON,
      notifyDelivery: value.NOTIFY_DELIVERY_CRON,
      notifyDigest: value.NOTIFY_DIGEST_CRON,
      evaluationAnomalies: value.EVALUATION_ANOMALIES_CRON,
    }),
    claimRemindAfterDays: value.CLAIM_REMIND_AFTER_DAYS,
    notify: notifyConfig(value),
  });
}
