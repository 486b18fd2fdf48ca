import Joi from 'joi';

export type ProcessRole = 'all' | 'api' | 'worker';

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
  readonly loginRateLimit: number;
  readonly publicRateLimit: number;
  readonly voterKeySalt?: string;
  /** Cron expressions (Asia/Shanghai) of the scheduled jobs. */
  readonly schedules: Readonly<Record<'rollupHourly' | 'rollupMonthly' | 'assessment' | 'whistleWatch', string>>;
}

// Five fields: minute hour day-of-month month day-of-week.
const cron = Joi.string().trim().pattern(/^(\S+\s+){4}\S+$/).message('{{#label}} must be a 5-field cron expression');

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
  PUBLIC_RATE_LIMIT: Joi.number().integer().min(1).default(60),
  VOTER_KEY_SALT: Joi.string().min(16).empty(''),
  ROLLUP_HOURLY_CRON: cron.default('5 * * * *'),
  ROLLUP_MONTHLY_CRON: cron.default('0 1 1 * *'),
  ASSESSMENT_CRON: cron.default('30 1 1 * *'),
  WHISTLE_WATCH_CRON: cron.default('0 8 * * *'),
}).unknown(true);

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
    publicRateLimit: value.PUBLIC_RATE_LIMIT,
    voterKeySalt: value.VOTER_KEY_SALT,
    schedules: Object.freeze({
      rollupHourly: value.ROLLUP_HOURLY_CRON,
      rollupMonthly: value.ROLLUP_MONTHLY_CRON,
      assessment: value.ASSESSMENT_CRON,
      whistleWatch: value.WHISTLE_WATCH_CRON,
    }),
  });
}
