// npm run bench:leaderboard-read — HTTP GET /api/v1/points/leaderboard (district, this year, top 50)
// with autocannon (BENCH_CONNECTIONS, default 100, for BENCH_SECONDS, default 20) against the service
// in its own process, vs the raw driver reading the same leaderboard document by _id at the same
// concurrency. The leaderboard is the points-rollup's output over 20,000 members and 100,000 entries.
import autocannon from 'autocannon';
import { Types } from 'mongoose';
import { PointsEntry } from '../models/points.model.js';
import { PointsLeaderboard } from '../models/rollup.model.js';
import { User } from '../models/user.model.js';
import { runPointsRollup } from '../server/modules/points/index.js';
import { fmt, httpFigures, rawLoad, report, startApiProcess, startBenchDatabase } from './support.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const MEMBERS = 20_000;
const ENTRIES = Number(process.env.BENCH_LEADERBOARD_ENTRIES ?? 100_000);
const YEAR = '2026';

const db = await startBenchDatabase();
const uri = await db.connect('leaderboard_read');
const districtId = new Types.ObjectId();
const streets = Array.from({ length: 10 }, () => new Types.ObjectId());
const members = Array.from({ length: MEMBERS }, (_, i) => {
  const streetId = streets[i % 10];
  return { _id: new Types.ObjectId(), username: `m${i}`, displayName: `党员${i}`, role: 'member', active: true, orgUnitId: streetId, streetId, districtId };
});
for (let i = 0; i < MEMBERS; i += 5000) await User.collection.insertMany(members.slice(i, i + 5000));
for (let i = 0; i < ENTRIES; i += 10_000) {
  await PointsEntry.collection.insertMany(Array.from({ length: Math.min(10_000, ENTRIES - i) }, (_, k) => {
    const n = i + k;
    const m = members[(n * 7919) % MEMBERS];
    const month = `${YEAR}-${String((n % 12) + 1).padStart(2, '0')}`;
    const at = new Date(`${month}-10T04:00:00Z`);
    return { _id: new Types.ObjectId(), memberId: m._id, communityId: m.orgUnitId, streetId: m.streetId, districtId, kind: 'award', ruleKey: 'volunteer_hour', points: 1 + (n % 5), quantity: 1, month, year: 2026, occurredAt: at, createdAt: at };
  }));
}
console.log(`seeded ${MEMBERS} members, ${ENTRIES} entries; rolling up…`);
await runPointsRollup({ now: new Date(`${YEAR}-12-15T04:00:00Z`), full: true, months: [] });
const boardId = `${YEAR}:district`;
if (!(await PointsLeaderboard.exists({ _id: boardId }))) throw new Error('the rollup wrote no district leaderboard');

const api = await startApiProcess(uri);
const path = `/api/v1/points/leaderboard?period=${YEAR}&scope=district&limit=50`;
const probe = await fetch(`${api.url}${path}`, { headers: { authorization: `Bearer ${api.token}` } }).then((r) => r.json());
if (probe.source !== 'rollup' || probe.items.length !== 50) throw new Error(`unexpected leaderboard answer: ${JSON.stringify(probe).slice(0, 200)}`);
const http = await autocannon({ url: `${api.url}${path}`, connections: CONNECTIONS, duration: SECONDS, headers: { authorization: `Bearer ${api.token}` } });
await api.stop();

const raw = await rawLoad(CONNECTIONS, SECONDS, () => PointsLeaderboard.collection.findOne({ _id: boardId as unknown as Types.ObjectId }));
const viaApi = httpFigures(http);
report('leaderboard-read', [
  { side: 'API (HTTP)', 'ops/s': fmt(viaApi.perSecond), 'p50 (ms)': fmt(viaApi.p50), 'p99 (ms)': fmt(viaApi.p99), errors: viaApi.errors },
  { side: 'raw driver findOne by _id', 'ops/s': fmt(raw.perSecond), 'p50 (ms)': fmt(raw.p50), 'p99 (ms)': fmt(raw.p99), errors: raw.errors },
], {
  connections: CONNECTIONS, seconds: SECONDS, members: MEMBERS, entries: ENTRIES, ratioApiToRaw: fmt(viaApi.perSecond / raw.perSecond, 3), apiErrors: viaApi.errorKinds,
  note: 'API work per request: token check + user read by _id, rollup watermark read by _id; the answer (page reads + names) is cached per watermark',
});
console.log(`API/raw throughput ratio: ${(viaApi.perSecond / raw.perSecond).toFixed(3)}; API errors: ${JSON.stringify(viaApi.errorKinds)}`);
await db.stop();
