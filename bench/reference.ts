// npm run bench:reference — what users feel on the reference district (10 streets, 278 communities,
// 20,000 members, ~1.07M points entries): every request the console's pages make, per demo role, with
// one client and with 50 concurrent mixed clients; a capped points award at 20 concurrent clients;
// the hourly and full rollup, the monthly assessment and the evaluation results.
// The district is built once per backend (kept under .tools/bench/) and reused: BENCH_REFERENCE_RESEED=1
// builds it again; BENCH_REFERENCE_JOBS=0 skips the jobs. BENCH_BACKEND=postgresql for FerretDB on PostgreSQL.
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import mongoose from 'mongoose';
import '../models/index.js';
import { connectMongo, syncIndexes } from '../server/db/connect.js';
import { startFerretDB } from '../server/db/ferretdb.js';
import { hasDemo, seedDemo } from '../server/demo/seed.js';
import { runMonthlyAssessment } from '../server/modules/assessments/index.js';
import { runPointsRollup } from '../server/modules/points/index.js';
import { monthKey, previousMonth } from '../server/lib/time.js';
import { seedReferenceData } from '../server/seed-defaults.js';
import { backend, cpuSecondsOf, fmt, httpFigures, report, startApiProcess } from './support.js';
import { consoleRequests, type TimedRequest } from './reference-requests.js';

const SINGLE_RUNS = Number(process.env.BENCH_SINGLE_RUNS ?? 20);
const MIXED_CONNECTIONS = Number(process.env.BENCH_MIXED_CONNECTIONS ?? 50);
const MIXED_SECONDS = Number(process.env.BENCH_MIXED_SECONDS ?? 60);
const AWARD_CONNECTIONS = Number(process.env.BENCH_AWARD_CONNECTIONS ?? 20);
const AWARD_SECONDS = Number(process.env.BENCH_AWARD_SECONDS ?? 20);
const AWARD_WARMUP_SECONDS = 3;
const DB_NAME = 'bench_reference';
/**
 * BENCH_REFERENCE_ONLY=award times the capped award alone (no console reads, no jobs), for work on
 * the write path; =writes times the award and then the jobs (no console reads); =reads times the
 * console reads alone (one client, then mixed). None of them writes the results file.
 */
const only = process.env.BENCH_REFERENCE_ONLY;
const awardOnly = only === 'award' || only === 'writes';
const readsOnly = only === 'reads';
const DEMO_PASSWORD = 'demo2026';

const seconds = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e9, result];
};

async function referenceDatabase() {
  const dir = path.resolve('.tools/bench/reference-sqlite');
  if (backend === 'sqlite' && process.env.BENCH_REFERENCE_RESEED) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const ferret = await startFerretDB({
    backend: backend === 'postgresql'
      ? { kind: 'postgresql', url: process.env.BENCH_POSTGRESQL_URL ?? 'postgres://root@127.0.0.1:5432/bigbeam_test' }
      : { kind: 'sqlite', dir },
  });
  const uri = ferret.uri(DB_NAME);
  await connectMongo(uri);
  if (backend === 'postgresql' && process.env.BENCH_REFERENCE_RESEED) await mongoose.connection.dropDatabase();
  return { uri, ferret, fresh: !existsSync(path.join(dir, `${DB_NAME}.sqlite`)) || backend === 'postgresql' };
}

const db = await referenceDatabase();
const now = new Date();
let seed: { seconds: number; steps: Array<{ step: string; atSeconds: number }> } | null = null;
if (!(await hasDemo())) {
  console.log('building the reference district (once per backend)…');
  const steps: Array<{ step: string; atSeconds: number }> = [];
  const started = Date.now();
  await syncIndexes();
  await seedReferenceData();
  const demo = await seedDemo({
    scale: 'reference', now, voterSalt: 'bench-voter-salt-0123456789',
    hooks: {
      step: (label) => {
        const atSeconds = fmt((Date.now() - started) / 1000);
        steps.push({ step: label, atSeconds });
        console.log(`  [${atSeconds} s] ${label}`);
      },
    },
  });
  seed = { seconds: fmt((Date.now() - started) / 1000), steps };
  console.log(`reference district built in ${seed.seconds} s (${demo.counts.points.entries} points entries)`);
}

const api = await startApiProcess(db.uri);
const login = async (username: string) => {
  const res = await fetch(`${api.url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password: DEMO_PASSWORD }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { token: string; user: { id: string } };
};
const sessions = {
  admin: await login('demo.admin'), mentee: await login('demo.mentee'), mentor: await login('demo.mentor'),
  evaluator: await login('demo.evaluator'), department: await login('demo.department'), member: await login('demo.member'),
};
const requests = await consoleRequests(api.url, sessions, now);

/** One client: each request once to warm up (its time kept as "first"), then SINGLE_RUNS times. */
async function timeOne(r: TimedRequest) {
  const once = async () => {
    const t = process.hrtime.bigint();
    const res = await fetch(`${api.url}${r.path}`, { headers: r.headers });
    await res.arrayBuffer();
    if (!res.ok && res.status !== r.expected) throw new Error(`${r.role} ${r.path}: ${res.status}`);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  const first = await once();
  console.log(`  ${r.role} ${r.path.replace(/[0-9a-f]{24}/g, ':id')}: first ${fmt(first)} ms`);
  const times: number[] = [];
  for (let i = 0; i < SINGLE_RUNS; i++) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { role: r.role, page: r.page, request: r.path.replace(/[0-9a-f]{24}/g, ':id'), 'first (ms)': fmt(first), 'p50 (ms)': fmt(at(0.5)), 'p95 (ms)': fmt(at(0.95)), 'max (ms)': fmt(times.at(-1)!) };
}
const idleRun = { requests: { average: 0 }, latency: { p50: 0, p99: 0 }, errors: 0, non2xx: 0, timeouts: 0, '2xx': 0 };
const single: Array<Awaited<ReturnType<typeof timeOne>>> = [];
if (!awardOnly) for (const r of requests) single.push(await timeOne(r));
console.table(single);

const mixed = httpFigures(awardOnly ? idleRun : await autocannon({
  url: api.url, connections: MIXED_CONNECTIONS, duration: MIXED_SECONDS,
  // Answers other than 200 that a page expects (results not yet published) would count as errors here.
  requests: requests.filter((r) => !r.expected).map((r) => ({ method: 'GET' as const, path: r.path, headers: r.headers })),
}));
console.log('mixed:', mixed);
if (readsOnly) {
  await api.stop();
  await mongoose.disconnect();
  await db.ferret.stop();
  process.exit(0);
}

// A capped default rule (volunteer hours, 20 a month), one hour each, spread over every member so
// caps are not the story; a refusal for a member already at the cap is counted apart.
const memberIds = (await mongoose.connection.db!.collection('users').find({ role: 'member' }, { projection: { _id: 1 } }).toArray()).map((u) => String(u._id));
const timesJobs = process.env.BENCH_REFERENCE_JOBS !== '0' && only !== 'award';
// The hourly run is timed as the worker meets it: the rollup up to date an hour before (this untimed
// run, which also reads the accounts' placements the worker keeps between runs), then an hour of awards.
if (timesJobs) await runPointsRollup({ now, months: [monthKey(now)] });
let awardSeq = 0;
// Each run starts at another member, so repeated runs in a month spread their awards (and the cap
// chains they lengthen) over every member instead of lengthening the same members' chains.
const memberOffset = Math.floor(now.getTime() / 1000) % memberIds.length;
const awards = (duration: number) => autocannon({
  url: api.url, connections: AWARD_CONNECTIONS, duration,
  requests: [{
    method: 'POST', path: '/api/v1/points/entries',
    setupRequest: (req: autocannon.Request) => {
      const i = awardSeq++;
      return {
        ...req,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessions.admin.token}`, 'idempotency-key': `bench-ref-${now.getTime()}-${i}` },
        body: JSON.stringify({ memberId: memberIds[(memberOffset + i * 7919) % memberIds.length], ruleKey: 'volunteer_hour', occurredAt: now.toISOString(), quantity: 1 }),
      };
    },
  }],
});
// Untimed first: the service's award path compiled and its pools filled, as in a service that has run a while.
await awards(AWARD_WARMUP_SECONDS);
const cpuBefore = { ferretdb: cpuSecondsOf(db.ferret.pid), service: cpuSecondsOf(api.pid), bench: process.cpuUsage() };
const awardRun = await awards(AWARD_SECONDS);
const awardCpu = (() => {
  // CPU per award, which other load on the machine does not change much (unlike writes/s).
  const per = (seconds: number) => fmt((seconds * 1000) / Math.max(1, awardRun['2xx']), 2);
  const bench = process.cpuUsage(cpuBefore.bench);
  return {
    'ferretdb (ms)': per(cpuSecondsOf(db.ferret.pid) - cpuBefore.ferretdb),
    'service (ms)': per(cpuSecondsOf(api.pid) - cpuBefore.service),
    'load generator (ms)': per((bench.user + bench.system) / 1e6),
  };
})();
const award = { ...httpFigures(awardRun), cpuPerWrite: awardCpu };
console.log('award:', award);
await api.stop();
if (only === 'award') {
  await mongoose.disconnect();
  await db.ferret.stop();
  process.exit(0);
}

const month = monthKey(now);
const jobs: Array<{ job: string; seconds: number }> = [];
if (timesJobs) {
  const [hourlySeconds] = await seconds(() => runPointsRollup({ now, months: [month] }));
  const [fullSeconds, full] = await seconds(() => runPointsRollup({ now, full: true }));
  const [assessmentSeconds] = await seconds(() => runMonthlyAssessment(previousMonth(month), now));
  jobs.push(
    { job: 'points-rollup, hourly (after the award run)', seconds: fmt(hourlySeconds, 2) },
    { job: `points-rollup, full rebuild (${full.periods.length} periods)`, seconds: fmt(fullSeconds, 2) },
    { job: `monthly-assessment ${previousMonth(month)}`, seconds: fmt(assessmentSeconds, 2) },
  );
  console.table(jobs);
}

if (only === 'writes') {
  await mongoose.disconnect();
  await db.ferret.stop();
  process.exit(0);
}

const over = (limit: number) => single.filter((s) => s['p95 (ms)'] > limit).map((s) => `${s.role} ${s.request}: p95 ${s['p95 (ms)']} ms`);
report('reference', single, {
  seed,
  mixed: { connections: MIXED_CONNECTIONS, seconds: MIXED_SECONDS, requests: requests.length, 'ops/s': fmt(mixed.perSecond), 'p50 (ms)': mixed.p50, 'p99 (ms)': mixed.p99, errors: mixed.errors, errorKinds: mixed.errorKinds },
  award: { connections: AWARD_CONNECTIONS, seconds: AWARD_SECONDS, rule: 'volunteer_hour (cap 20/month)', 'writes/s': fmt(award.perSecond), 'p50 (ms)': award.p50, 'p99 (ms)': award.p99, errors: award.errors, errorKinds: award.errorKinds, cpuPerWrite: award.cpuPerWrite },
  jobs,
  singleClientOver150ms: over(150),
});
console.table([{ side: 'mixed console reads', connections: MIXED_CONNECTIONS, 'ops/s': fmt(mixed.perSecond), 'p99 (ms)': mixed.p99, errors: mixed.errors },
  { side: 'capped award', connections: AWARD_CONNECTIONS, 'ops/s': fmt(award.perSecond), 'p99 (ms)': award.p99, errors: award.errors }]);
await mongoose.disconnect();
await db.ferret.stop();
