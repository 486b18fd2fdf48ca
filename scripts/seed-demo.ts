// npm run seed:demo [-- --scale small|reference] [--reset] [--date 2026-11-24]
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { DemoExistsError, resetDatabase, seedDemo } from '../server/demo/seed.js';
import { demoAllowed } from '../server/demo/demo-accounts.js';
import { loadConfig } from '../server/config.js';
import { localSecret } from '../server/lib/local-secret.js';
import { connectForCli } from './db-for-cli.js';
import { syncIndexes } from '../server/db/connect.js';
import { seedReferenceData } from '../server/seed-defaults.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'small' }, reset: { type: 'boolean', default: false }, date: { type: 'string' } },
});
if (values.scale !== 'small' && values.scale !== 'reference') {
  console.error('用法 (usage): npm run seed:demo -- [--scale small|reference] [--reset] [--date YYYY-MM-DD]');
  process.exit(2);
}
const now = values.date ? new Date(`${values.date}T12:00:00+08:00`) : new Date();
if (Number.isNaN(now.getTime())) {
  console.error(`--date 无效：${values.date}`);
  process.exit(2);
}

if (!demoAllowed(loadConfig().env)) {
  console.error('NODE_ENV=production：不生成演示数据（演示账号的密码是公开的）(no demo data in production)');
  process.exit(2);
}

const db = await connectForCli();
let exitCode = 0;
try {
  const salt = db.config.voterKeySalt ?? (db.config.mongodbUri ? undefined : localSecret(db.config.dataDir, 'voter-key-salt'));
  if (!salt) throw new Error('VOTER_KEY_SALT is required with MONGODB_URI');
  if (values.reset) await resetDatabase();
  // A database the service never started on has neither indexes nor the points rules the demo awards under.
  await syncIndexes();
  await seedReferenceData();
  const bar = new cliProgress.SingleBar({ format: '  积分流水 {bar} {percentage}% | {value}/{total} 人月' }, cliProgress.Presets.shades_classic);
  let barStarted = false;
  const t0 = Date.now();
  const result = await seedDemo({
    scale: values.scale,
    now,
    voterSalt: salt,
    hooks: {
      step: (label) => {
        if (barStarted) { bar.stop(); barStarted = false; }
        console.log(`• [${((Date.now() - t0) / 1000).toFixed(1)} 秒] ${label}`);
      },
      progress: (done, total) => {
        if (!barStarted) { bar.start(total, 0); barStarted = true; }
        bar.update(done);
      },
    },
  });
  if (barStarted) bar.stop();
  console.log(JSON.stringify(result.counts, null, 2));
  console.log(`演示数据（${result.scale}）已生成，用时 ${result.seconds} 秒。演示账号（密码均为 ${result.password}）：`);
  for (const [role, username] of Object.entries(result.logins)) console.log(`  ${role}: ${username}`);
} catch (err) {
  exitCode = err instanceof DemoExistsError ? 3 : 1;
  console.error((err as Error).message);
} finally {
  await db.close();
}
process.exit(exitCode);
