// npm run bench:points-write — HTTP POST /api/v1/points/entries with autocannon (BENCH_CONNECTIONS,
// default 50, for BENCH_SECONDS, default 20) against the service in its own process, vs the raw
// driver inserting equivalent ledger documents at the same concurrency on the same database.
import autocannon from 'autocannon';
import { Types } from 'mongoose';
import { PointsEntry, PointsRule } from '../models/points.model.js';
import { User } from '../models/user.model.js';
import { backend, fmt, httpFigures, rawLoad, report, startApiProcess, startBenchDatabase } from './support.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const MEMBERS = 1000;

const db = await startBenchDatabase();
const uri = await db.connect('points_write');
const place = { orgUnitId: new Types.ObjectId(), streetId: new Types.ObjectId(), districtId: new Types.ObjectId() };
const members = Array.from({ length: MEMBERS }, (_, i) => ({ _id: new Types.ObjectId(), username: `m${i}`, displayName: `党员${i}`, role: 'member', active: true, ...place }));
await User.collection.insertMany(members);
// A rule without a monthly cap, so every request is a new award (no cap-slot rejections).
await PointsRule.collection.insertOne({ _id: 'bench_event' as unknown as Types.ObjectId, name: '压测活动', points: 1, unit: 'event', monthlyCap: null, partyDayItem: null, active: true });
const occurredAt = new Date(Date.now() - 86_400_000);

const api = await startApiProcess(uri);
let n = 0;
const http = await autocannon({
  url: api.url,
  connections: CONNECTIONS,
  duration: SECONDS,
  requests: [{
    method: 'POST',
    path: '/api/v1/points/entries',
    setupRequest: (req: autocannon.Request) => {
      const i = n++;
      return {
        ...req,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}`, 'idempotency-key': `bench-${process.pid}-${i}` },
        body: JSON.stringify({ memberId: String(members[i % MEMBERS]._id), ruleKey: 'bench_event', occurredAt: occurredAt.toISOString(), quantity: 1 }),
      };
    },
  }],
});
await api.stop();
const apiEntries = await PointsEntry.countDocuments({ ruleKey: 'bench_event' });

const raw = await rawLoad(CONNECTIONS, SECONDS, (i) => {
  const m = members[i % MEMBERS];
  return PointsEntry.collection.insertOne({
    _id: new Types.ObjectId(), memberId: m._id, communityId: m.orgUnitId, streetId: m.streetId, districtId: m.districtId, kind: 'award', ruleKey: 'bench_raw',
    ruleName: '压测活动', partyDayItem: null, quantity: 1, pointsPerUnit: 1, points: 1, occurredAt, month: '2026-11', year: 2026, note: '', createdById: null,
    createdAt: new Date(),
  });
});

const api2xx = httpFigures(http);
// Requests still in flight when autocannon stops are written but not counted as answered.
if (apiEntries < api2xx.total) throw new Error(`${api2xx.total} 2xx answers but only ${apiEntries} ledger entries`);
report('points-write', [
  { side: 'API (HTTP)', 'ops/s': fmt(api2xx.perSecond), 'p50 (ms)': fmt(api2xx.p50), 'p99 (ms)': fmt(api2xx.p99), errors: api2xx.errors, written: apiEntries },
  { side: 'raw driver insertOne', 'ops/s': fmt(raw.perSecond), 'p50 (ms)': fmt(raw.p50), 'p99 (ms)': fmt(raw.p99), errors: raw.errors, written: raw.total },
], { connections: CONNECTIONS, seconds: SECONDS, ratioApiToRaw: fmt(api2xx.perSecond / raw.perSecond, 3), apiErrors: api2xx.errorKinds, note: `backend ${backend}; API work per request: auth user read, member + rule reads, idempotency-key insert, ledger insert` });
console.log(`API/raw throughput ratio: ${(api2xx.perSecond / raw.perSecond).toFixed(3)}`);
await db.stop();
