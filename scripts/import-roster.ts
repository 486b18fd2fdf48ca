// npm run import -- roster.xlsx [--district <id>] [--dry-run]
// The same importer as POST /api/v1/import/roster, with a progress bar.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { User, type UserDoc } from '../models/user.model.js';
import { DomainError } from '../server/lib/errors.js';
import { importRoster } from '../server/modules/roster/index.js';
import { connectForCli } from './db-for-cli.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { district: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
});
if (positionals.length !== 1) {
  console.error('用法 (usage): npm run import -- <名册.csv|名册.xlsx> [--district <区id>] [--dry-run]');
  process.exit(2);
}

const db = await connectForCli();
let exitCode = 0;
try {
  const admin = await User.findOne({ role: 'admin' }).lean<UserDoc>();
  if (!admin) throw new Error('数据库中还没有管理员：请先启动一次服务 (npm start) 创建管理员');
  const actor = { id: String(admin._id), role: 'admin' as const, username: admin.username };
  const bar = new cliProgress.SingleBar({ format: '结对 {bar} {value}/{total}' }, cliProgress.Presets.shades_classic);
  let started = false;
  const t0 = Date.now();
  const report = await importRoster(readFileSync(positionals[0]), { districtId: values.district, dryRun: values['dry-run'] }, actor, new Date(), (done, total) => {
    if (!started) { bar.start(total, 0); started = true; }
    bar.update(done);
  });
  if (started) bar.stop();
  console.log(JSON.stringify(report, null, 2));
  console.log(`完成，用时 ${((Date.now() - t0) / 1000).toFixed(1)} 秒`);
} catch (err) {
  exitCode = 1;
  if (err instanceof DomainError) {
    console.error(err.message);
    for (const d of err.details as Array<{ row: number; column: string; message: string }>) {
      console.error(`  第 ${d.row} 行 [${d.column}] ${d.message}`);
    }
  } else console.error((err as Error).message);
} finally {
  await db.close();
}
process.exit(exitCode);
