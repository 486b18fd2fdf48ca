// npm run bench:rollup — the points-rollup job (full rebuild) over N ledger entries for 20,000
// members vs one raw aggregate ($match month, $group member, $sum) per month over the same data, on a
// fresh FerretDB (BENCH_BACKEND=sqlite|postgresql) or BENCH_MONGODB_URI. Sizes: BENCH_ROLLUP_SIZES
// (default 250000,500000,1000000). Entries are spread over the 12 months of 2026. Then 1,000 entries
// arrive for November (late) and December and an incremental run is timed, as the hourly job runs.
import mongoose, { Types } from 'mongoose';
import { PointsEntry } from '../models/points.model.js';
import { User } from '../models/user.model.js';
import { runPointsRollup } from '../server/modules/points/index.js';
import { report, startBenchDatabase } from './support.js';

const sizes = (process.env.BENCH_ROLLUP_SIZES ?? '250000,500000,1000000').split(',').map(Number);
const MEMBERS = 20_000;
const LATE_ENTRIES = 1_000;
const db = await startBenchDatabase();
const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
const rows: Array<Record<string, unknown>> = [];
for (const size of sizes) {
  await db.connect(`rollup_${size}`);
  const communityId = new Types.ObjectId();
  const members = Array.from({ length: MEMBERS }, (_, i) => ({ _id: new Types.ObjectId(), username: `m${i}`, displayName: `党员${i}`, role: 'member', orgUnitId: communityId }));
  for (let i = 0; i < members.length; i += 5000) await User.collection.insertMany(members.slice(i, i + 5000));
  const tLoad = Date.now();
  for (let i = 0; i < size; i += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, size - i) }, (_, k) => {
      const n = i + k;
      const month = months[n % 12];
      const at = new Date(`${month}-10T04:00:00Z`);
      return { _id: new Types.ObjectId(), memberId: members[n % MEMBERS]._id, communityId, kind: 'award', ruleKey: 'volunteer_hour', points: 1 + (n % 3), quantity: 1, month, year: 2026, occurredAt: at, createdAt: at };
    });
    await PointsEntry.collection.insertMany(batch);
  }
  const loadSeconds = (Date.now() - tLoad) / 1000;
  const tRaw = Date.now();
  let rawGroups = 0;
  for (const month of months) {
    rawGroups += (await PointsEntry.collection.aggregate([{ $match: { month } }, { $group: { _id: '$memberId', points: { $sum: '$points' } } }]).toArray()).length;
  }
  const rawSeconds = (Date.now() - tRaw) / 1000;
  const tJob = Date.now();
  const result = await runPointsRollup({ now: new Date('2026-12-15T04:00:00Z'), full: true, months: [] });
  const jobSeconds = (Date.now() - tJob) / 1000;
  const jobMonthMembers = result.periods.filter((p) => p.period.length === 7).reduce((s, p) => s + p.members, 0);
  if (jobMonthMembers !== rawGroups) throw new Error(`rollup wrote ${jobMonthMembers} member-months, raw aggregate found ${rawGroups}`);
  // The hourly run in production: a few new entries this month and late ones for last month, then an
  // incremental rollup (those two months and the year rebuilt, only changed documents rewritten).
  const late = Array.from({ length: LATE_ENTRIES }, (_, k) => {
    const month = k % 2 ? '2026-12' : '2026-11';
    return { _id: new Types.ObjectId(), memberId: members[(k * 7919) % MEMBERS]._id, communityId, kind: 'award', ruleKey: 'volunteer_hour', points: 5, quantity: 1, month, year: 2026, occurredAt: new Date(`${month}-12T04:00:00Z`), createdAt: new Date() };
  });
  await PointsEntry.collection.insertMany(late);
  const tIncremental = Date.now();
  const incremental = await runPointsRollup({ now: new Date('2026-12-15T04:00:00Z') });
  const incrementalSeconds = (Date.now() - tIncremental) / 1000;
  const row = {
    entries: size, 'load (s)': loadSeconds.toFixed(1), 'raw 12×aggregate (s)': rawSeconds.toFixed(1), 'rollup job (s)': jobSeconds.toFixed(1), 'job/raw': (jobSeconds / rawSeconds).toFixed(2),
    [`incremental, +${LATE_ENTRIES} entries (s)`]: incrementalSeconds.toFixed(1), 'incremental periods': incremental.periods.map((p) => p.period).join(' '),
  };
  console.log(row);
  rows.push(row);
  await mongoose.connection.dropDatabase().catch(() => {});
  await mongoose.disconnect();
}
for (let i = 1; i < rows.length; i++) rows[i]['growth per doubling (job)'] = (Number(rows[i]['rollup job (s)']) / Number(rows[i - 1]['rollup job (s)'])).toFixed(2);
report('rollup', rows, { members: MEMBERS });
await db.stop();
