import path from 'node:path';
import type { Server } from 'node:http';
import mongoose from 'mongoose';
import '../models/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './lib/logger.js';
import { localSecret } from './lib/local-secret.js';
import { systemClock } from './lib/time.js';
import { createSmsSender } from './lib/sms/index.js';
import { connectMongo, reconnectMongo } from './db/connect.js';
import { EMBEDDED_DB_NAME, secureDataDir, sqliteDir, startEmbeddedFerretDB, superviseFerretDB } from './db/embedded.js';
import type { RunningFerretDB } from './db/ferretdb.js';
import { createApp } from './app.js';
import type { Deps } from './deps.js';
import { prepareDatabase } from './startup.js';
import { seedDemo } from './demo/seed.js';
import { warnAboutDemoAccounts } from './demo/demo-accounts.js';
import { workerScheduler } from '../jobs/registry.js';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
}

/** The embedded FerretDB on DATA_DIR: a free loopback port unless FERRETDB_PORT pins one; never a server someone else started. */
async function startEmbedded(config: Config, logger: Logger): Promise<RunningFerretDB> {
  const ferret = await startEmbeddedFerretDB(config.dataDir, { port: config.ferretdbPort, logger });
  logger.info({ dir: sqliteDir(config.dataDir), port: ferret.port, pid: ferret.pid }, '未配置 MONGODB_URI：内置 FerretDB (SQLite) 已启动');
  return ferret;
}

function resolveSecrets(config: Config, logger: Logger): Deps['config'] {
  if (config.mongodbUri) {
    const missing = [!config.jwtSecret && 'JWT_SECRET', !config.voterKeySalt && 'VOTER_KEY_SALT'].filter(Boolean);
    if (missing.length) {
      console.error(`配置无效 (invalid configuration):\n${missing.map((v) => `  ${v}: required when MONGODB_URI is set`).join('\n')}`);
      process.exit(1);
    }
    return { ...config, jwtSecret: config.jwtSecret!, voterKeySalt: config.voterKeySalt! };
  }
  let adminPassword = config.adminPassword;
  if (!adminPassword) {
    adminPassword = localSecret(config.dataDir, 'admin-password', 12);
    logger.info({ file: path.join(config.dataDir, 'admin-password') }, '未设置 ADMIN_PASSWORD：管理员初始密码已生成并保存');
  }
  return {
    ...config,
    adminPassword,
    jwtSecret: config.jwtSecret ?? localSecret(config.dataDir, 'jwt-secret'),
    voterKeySalt: config.voterKeySalt ?? localSecret(config.dataDir, 'voter-key-salt'),
  };
}

/** Loads the small demo district in the background, so the API answers while it is written (~1–2 min on SQLite). */
async function loadFirstStartDemo(config: Deps['config'], logger: Logger, adminPasswordHint: string) {
  logger.info('数据库为空：正在生成演示数据（small，约 1–2 分钟，可用 DEMO_ON_FIRST_START=false 关闭）');
  try {
    const demo = await seedDemo({ scale: 'small', now: new Date(), voterSalt: config.voterKeySalt });
    const base = `http://localhost:${config.port}`;
    const logins = Object.entries(demo.logins).map(([role, username]) => `  ${role}：${username} / ${demo.password}`).join('\n');
    logger.info({ seconds: demo.seconds, counts: demo.counts }, `演示数据已生成（用时 ${demo.seconds} 秒）`);
    console.log(`\n演示区已就绪。演示账号（每个角色一个）：\n${logins}\n  管理员：${config.adminUsername}（${adminPasswordHint}）\n接口文档：${base}/api/docs · OpenAPI：${base}/api/openapi.json\n`);
    await warnAboutDemoAccounts(logger);
  } catch (err) {
    logger.error({ err }, '演示数据生成失败（可用 npm run seed:demo -- --reset 重试）');
  }
}

async function main() {
  const baseConfig = readConfig();
  const logger = createLogger(baseConfig.logLevel);
  if (!baseConfig.mongodbUri) secureDataDir(baseConfig.dataDir);
  const config = resolveSecrets(baseConfig, logger);
  const ferret = config.mongodbUri ? null : await startEmbedded(config, logger);
  await connectMongo(config.mongodbUri ?? ferret!.uri(EMBEDDED_DB_NAME));
  const { loadDemo } = await prepareDatabase(config, logger);

  const deps: Deps = { config, clock: systemClock, logger, scheduler: null, sms: createSmsSender(config, logger) };
  const scheduler = config.role === 'api' ? null : workerScheduler(deps, `${config.role}-${process.pid}`);
  deps.scheduler = scheduler;
  await scheduler?.start(mongoose.connection.db!);

  // A restarted FerretDB is a new server on a new port: mongoose reconnects to it and the
  // scheduler is rebuilt on the new connection. While it is down nothing holds a connection to
  // the old port (another process could take it), so the API answers 503 database_unavailable.
  const supervisor = ferret && superviseFerretDB(ferret, {
    logger,
    start: () => startEmbedded(config, logger),
    onDown: async () => {
      const stopped = scheduler?.stop().catch((err) => logger.warn({ err }, 'scheduler stop after the database went away'));
      await mongoose.disconnect();
      await stopped;
    },
    onUp: async (next) => {
      await reconnectMongo(next.uri(EMBEDDED_DB_NAME));
      await scheduler?.start(mongoose.connection.db!);
    },
  });

  let server: Server | null = null;
  if (config.role !== 'worker') {
    const app = createApp(deps);
    server = app.listen(config.port, () => {
      logger.info(
        { role: config.role, port: config.port },
        `服务已启动：http://localhost:${config.port}/api/docs （接口文档） · /readyz （就绪检查）`,
      );
    });
  }

  if (loadDemo) {
    const hint = baseConfig.adminPassword ? '密码为 ADMIN_PASSWORD 的值' : `密码见 ${path.join(config.dataDir, 'admin-password')}`;
    void loadFirstStartDemo(config, logger, hint);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, '正在停止服务 (shutting down)');
    const force = setTimeout(() => process.exit(1), 20_000).unref();
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    if (scheduler) await scheduler.stop().catch((err) => logger.error({ err }, 'scheduler stop failed'));
    await mongoose.disconnect().catch(() => {});
    if (supervisor) await supervisor.stop();
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error('启动失败 (start-up failed):', err);
  process.exit(1);
});
