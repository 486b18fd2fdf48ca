import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import type { Deps, SchedulerStatus } from '../../server/deps.js';
import { createLogger } from '../../server/lib/logger.js';
import type { Clock } from '../../server/lib/time.js';
import { logSmsSender } from '../../server/lib/sms/log-sender.js';
import type { SmsSender } from '../../server/lib/sms/index.js';
import { testClock } from './clock.js';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough';

export function testDeps(overrides: { clock?: Clock; scheduler?: SchedulerStatus | null; env?: Record<string, string>; sms?: SmsSender } = {}): Deps {
  const config = loadConfig({
    NODE_ENV: 'test',
    JWT_SECRET: TEST_JWT_SECRET,
    BCRYPT_ROUNDS: '4',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '5',
    PUBLIC_RATE_LIMIT: '100000',
    VOTER_KEY_SALT: 'test-voter-key-salt-0123456789',
    ...overrides.env,
  });
  return {
    config: { ...config, jwtSecret: TEST_JWT_SECRET, voterKeySalt: config.voterKeySalt! },
    clock: overrides.clock ?? testClock,
    logger: createLogger('silent'),
    scheduler: overrides.scheduler === undefined ? { problem: async () => null } : overrides.scheduler,
    sms: overrides.sms ?? logSmsSender(createLogger('silent')),
  };
}

export function testApp(overrides: Parameters<typeof testDeps>[0] = {}): Express {
  return createApp(testDeps(overrides));
}

export { request };

/** GETs an .xlsx download and opens it: the status and the workbook. */
export async function getWorkbook(app: Express, path: string, auth: string) {
  const ExcelJS = (await import('exceljs')).default;
  const res = await request(app).get(path).set('Authorization', auth).buffer(true)
    .parse((r, cb) => { const chunks: Buffer[] = []; r.on('data', (c: Buffer) => chunks.push(c)); r.on('end', () => cb(null, Buffer.concat(chunks))); });
  const workbook = new ExcelJS.Workbook();
  if (res.status === 200) await workbook.xlsx.load(res.body);
  return { status: res.status, workbook };
}
