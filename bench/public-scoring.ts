// npm run bench:public-scoring — residents scoring secretaries online with voting codes (issue 20:
// 30,000 residents within a day, peaks of 50 at once): POST /api/v1/evaluation-cycles/:id/resident-scores
// over BENCH_CONNECTIONS (50) for BENCH_SECONDS (60) against the service in its own process, 278
// secretaries, codes generated through the API (their Excel sheet read back), each request a new
// code × secretary pair or a repeat that replaces; then the results' first read after the load.
// Compared with the raw driver replacing equivalent score documents by _id at the same concurrency.
import autocannon from 'autocannon';
import ExcelJS from 'exceljs';
import { Types } from 'mongoose';
import { ResidentScore } from '../models/evaluation.model.js';
import { OrgUnit } from '../models/org-unit.model.js';
import { User } from '../models/user.model.js';
import { backend, cpuSecondsOf, fmt, httpFigures, rawLoad, report, startApiProcess, startBenchDatabase } from './support.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const SECRETARIES = 278;
const CODES = Number(process.env.BENCH_CODES ?? 6000);

const db = await startBenchDatabase();
const uri = await db.connect('public_scoring');
const district = { _id: new Types.ObjectId(), name: '压测区', level: 'district', code: 'D' };
const street = { _id: new Types.ObjectId(), name: '压测街道', level: 'street', code: 'S', parentId: district._id, districtId: district._id };
const communities = Array.from({ length: 3 }, (_, i) => ({
  _id: new Types.ObjectId(), name: `压测居委${i + 1}`, level: 'community', code: `C${i}`, parentId: street._id, streetId: street._id, districtId: district._id,
}));
await OrgUnit.collection.insertMany([district, street, ...communities] as never[]);
const secretaries = Array.from({ length: SECRETARIES }, (_, i) => ({
  _id: new Types.ObjectId(), username: `s${i}`, displayName: `书记${i}`, role: 'secretary', beam: 'mentee', stage: 'new', active: true,
  orgUnitId: communities[i % communities.length]._id, streetId: street._id, districtId: district._id,
}));
await User.collection.insertMany(secretaries as never[]);

const api = await startApiProcess(uri);
const call = async (method: string, path: string, body?: unknown) => {
  const res = await fetch(`${api.url}/api/v1${path}`, {
    method, headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` }, body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res;
};
const cycle = await (await call('POST', '/evaluation-cycles', { year: 2026, name: '压测评估', residentVerification: 'codes' })).json() as { _id: string };
await call('POST', `/evaluation-cycles/${cycle._id}/open`);

/** The codes as a community hands them out: read back from the generated sheet's 投票码 column. */
async function generateCodes(communityId: unknown, count: number): Promise<string[]> {
  const res = await call('POST', `/evaluation-cycles/${cycle._id}/voting-codes`, { communityId: String(communityId), count });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const sheet = wb.worksheets[0];
  const column = (sheet.getRow(1).values as unknown[]).findIndex((v) => v === '投票码');
  const codes: string[] = [];
  sheet.eachRow((row, n) => { if (n > 1) codes.push(String(row.getCell(column).value)); });
  return codes;
}
const codes: string[] = [];
for (let i = 0; codes.length < CODES; i++) codes.push(...(await generateCodes(communities[i % communities.length]._id, Math.min(2000, CODES - codes.length))));

let n = 0;
const cpuBefore = { ferretdb: db.pid ? cpuSecondsOf(db.pid) : 0, service: cpuSecondsOf(api.pid) };
const http = await autocannon({
  url: api.url, connections: CONNECTIONS, duration: SECONDS,
  requests: [{
    method: 'POST', path: `/api/v1/evaluation-cycles/${cycle._id}/resident-scores`,
    setupRequest: (req: autocannon.Request) => {
      const i = n++;
      // Code i mod CODES scores secretary ⌊i / CODES⌋ + i: new pairs first, repeats (replacements) once every code has voted.
      const secretary = secretaries[(i + Math.floor(i / CODES)) % SECRETARIES];
      return { ...req, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ secretaryId: String(secretary._id), votingCode: codes[i % CODES], overall: 60 + (i % 41) }) };
    },
  }],
});
const cpu = {
  'ferretdb (ms)': db.pid ? fmt(((cpuSecondsOf(db.pid) - cpuBefore.ferretdb) * 1000) / Math.max(1, http['2xx']), 2) : null,
  'service (ms)': fmt(((cpuSecondsOf(api.pid) - cpuBefore.service) * 1000) / Math.max(1, http['2xx']), 2),
};
const firstResults = async () => {
  const t = process.hrtime.bigint();
  await call('GET', `/evaluation-cycles/${cycle._id}/results`);
  return fmt(Number(process.hrtime.bigint() - t) / 1e6);
};
const resultsAfterLoad = await firstResults();
const resultsCached = await firstResults();
await api.stop();
const stored = await ResidentScore.countDocuments({ cycleId: new Types.ObjectId(cycle._id) });

const cycleId = new Types.ObjectId(cycle._id);
const raw = await rawLoad(CONNECTIONS, SECONDS, (i) => {
  const secretaryId = secretaries[i % SECRETARIES]._id;
  const voterHash = `code:raw-${i % CODES}`;
  const _id = `${cycle._id}:${secretaryId}:${voterHash}`;
  return ResidentScore.collection.replaceOne({ _id } as never, {
    cycleId, secretaryId, voterHash, indicators: { members_managed: 80, residents_follow: 80, leads_with_method: 80, work_lands_fast: 80 },
    overall: true, minute: Math.floor(Date.now() / 60_000), via: 'code', communityId: communities[0]._id, createdAt: new Date(), updatedAt: new Date(),
  }, { upsert: true });
});

const api2xx = httpFigures(http);
report('public-scoring', [
  { side: 'API (HTTP, voting codes)', 'ops/s': fmt(api2xx.perSecond), 'p50 (ms)': fmt(api2xx.p50), 'p99 (ms)': fmt(api2xx.p99), errors: api2xx.errors, answered: api2xx.total },
  { side: 'raw driver replaceOne upsert', 'ops/s': fmt(raw.perSecond), 'p50 (ms)': fmt(raw.p50), 'p99 (ms)': fmt(raw.p99), errors: raw.errors, answered: raw.total },
], {
  connections: CONNECTIONS, seconds: SECONDS, secretaries: SECRETARIES, codes: CODES, storedScores: stored,
  ratioApiToRaw: fmt(api2xx.perSecond / raw.perSecond, 3), apiErrors: api2xx.errorKinds, cpuPerScore: cpu,
  resultsFirstReadAfterLoadMs: resultsAfterLoad, resultsCachedReadMs: resultsCached,
  dayOf30000At: `${fmt(30_000 / api2xx.perSecond / 60, 1)} min of this load`,
  note: `backend ${backend}; API work per score: cycle read, secretary read, code lookup by _id, score replace, two version writes`,
});
await db.stop();
