// Shared by the benchmarks: a fresh database (our FerretDB on SQLite or PostgreSQL, or BENCH_MONGODB_URI),
// the environment each result records, and the results file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import '../models/index.js';
import { connectMongo } from '../server/db/connect.js';
import { startFerretDB } from '../server/db/ferretdb.js';
import { User } from '../models/user.model.js';
import { hashPassword } from '../server/modules/accounts/accounts.service.js';

export const backend = process.env.BENCH_BACKEND ?? 'sqlite';
const external = process.env.BENCH_MONGODB_URI;

export interface BenchDatabase {
  /** A new database on the server (one per run or per size). */
  connect(name: string): Promise<string>;
  /** Our FerretDB's process id (none against BENCH_MONGODB_URI). */
  pid: number | null;
  stop(): Promise<void>;
}

export async function startBenchDatabase(): Promise<BenchDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const ferret = external ? null : await startFerretDB({
    backend: backend === 'postgresql' ? { kind: 'postgresql', url: process.env.BENCH_POSTGRESQL_URL ?? 'postgres://root@127.0.0.1:5432/bigbeam_test' } : { kind: 'sqlite', dir },
  });
  return {
    pid: ferret?.pid ?? null,
    async connect(name) {
      const uri = external ?? ferret!.uri(`bench_${name}_${Date.now().toString(36)}`);
      await connectMongo(uri);
      return uri;
    },
    async stop() {
      await mongoose.connection.dropDatabase().catch(() => {});
      await mongoose.disconnect().catch(() => {});
      await ferret?.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const versionOf = (pkg: string) => JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')).version as string;

/** What a result was measured on: backend, versions and machine. */
export function environment() {
  return {
    backend: external ? 'mongodb' : `ferretdb-1.24.2/${backend}`,
    node: process.version,
    mongoose: versionOf('mongoose'),
    mongodbDriver: versionOf('mongodb'),
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? null,
    measuredAt: new Date().toISOString(),
  };
}

/** Prints the table and writes bench/results/<name>-<backend>.json. */
export function report(name: string, rows: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}) {
  const out = { name, ...environment(), ...extra, rows };
  console.log(`\n${name} on ${out.backend} (${out.cores} cores)`);
  console.table(rows);
  writeFileSync(new URL(`./results/${name}-${external ? 'mongodb' : backend}.json`, import.meta.url), JSON.stringify(out, null, 2));
}

/**
 * The service as production runs it: its own process (ROLE=api, logs off) on the bench database,
 * so the load generator in this process does not share its event loop.
 */
export async function startApiProcess(uri: string): Promise<{ url: string; token: string; pid: number; stop(): Promise<void> }> {
  const { spawn } = await import('node:child_process');
  const port = 3900 + Math.floor(Math.random() * 500);
  const admin = { username: 'bench.admin', password: 'bench-password-123' };
  // The service creates ADMIN_USERNAME only while no admin is active, and the seeded district has one.
  if (!(await User.exists({ username: admin.username }))) {
    await User.create({ username: admin.username, displayName: '压测管理员', role: 'admin', passwordHash: await hashPassword(admin.password, 4) });
  }
  // BENCH_API_NODE_ARGS: extra node flags for the service, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env, MONGODB_URI: uri, ROLE: 'api', PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'silent',
      // One address plays every resident here, so the per-address limit on public pages is lifted.
      PUBLIC_RATE_LIMIT: '1000000',
      JWT_SECRET: 'bench-jwt-secret-0123456789', VOTER_KEY_SALT: 'bench-voter-salt-0123456789', ADMIN_USERNAME: admin.username, ADMIN_PASSWORD: admin.password,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`API process exited with ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) break;
    if (i > 120) throw new Error('API process not ready after 60 s');
    await new Promise((r) => setTimeout(r, 500));
  }
  const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) });
  const { token } = await login.json();
  return {
    url,
    token,
    pid: child.pid!,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

/** `connections` concurrent loops of one raw driver operation for `seconds`: ops/s, p50/p99 (ms), errors. */
export async function rawLoad(connections: number, seconds: number, op: (n: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t = process.hrtime.bigint();
        try {
          await op(n++);
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors, total: latencies.length };
}

/** The autocannon figures we report, in the same shape as rawLoad's. */
export function httpFigures(result: {
  requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number; timeouts: number; '2xx': number;
  statusCodeStats?: Record<string, { count?: number }>;
}) {
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, s]) => [code, s.count ?? 0]));
  return {
    perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, total: result['2xx'],
    // autocannon counts its 10 s timeouts among its errors; non-2xx answers come on top, by status.
    errorKinds: { socket: result.errors - result.timeouts, timeouts: result.timeouts, statusCodes },
  };
}

export const fmt = (n: number, digits = 1) => Number(n.toFixed(digits));

/** CPU seconds a process has used so far (user + system, from /proc; Linux only). */
export function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime, in clock ticks of 1/100 s
}
