import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../server/db/ferretdb.js';

const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const TSX = import.meta.resolve('tsx');

/** The real service (`server/main.ts`) as a child process in a directory of its own, as `npm start` runs it. */
export interface ServiceProcess {
  url: string;
  /** The directory it runs in; its DATA_DIR is `data/` there unless the environment says otherwise. */
  dir: string;
  pid: number;
  logs(): string;
  exited: Promise<number | null>;
  /** DATA_DIR/ferretdb.json: where its embedded FerretDB listens. */
  ferret(): { port: number; pid: number };
  adminPassword(): string;
  stop(): Promise<void>;
}

/**
 * Starts the service with nothing configured but its HTTP port (and no demo district, which takes
 * 20 s to load): the environment of the test run is not passed on, so MONGODB_URI and the like
 * never leak in. Resolves once /readyz is 200; rejects with the logs if it exits first.
 */
export async function startService(env: Record<string, string> = {}, opts: { waitReady?: boolean } = {}): Promise<ServiceProcess> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bigbeam-service-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: String(port), DEMO_ON_FIRST_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stdout!.on('data', (c: Buffer) => (logs += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (logs += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);

  const dataDir = path.join(dir, env.DATA_DIR ?? 'data');
  const service: ServiceProcess = {
    url: `http://127.0.0.1:${port}`,
    dir,
    pid: child.pid!,
    logs: () => logs,
    exited,
    ferret: () => JSON.parse(readFileSync(path.join(dataDir, 'ferretdb.json'), 'utf8')),
    adminPassword: () => readFileSync(path.join(dataDir, 'admin-password'), 'utf8').trim(),
    async stop() {
      process.removeListener('exit', kill);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(kill, 10_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  if (opts.waitReady === false) return service;
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`service exited with code ${child.exitCode}:\n${logs}`);
    const ready = await fetch(`${service.url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return service;
    await new Promise((r) => setTimeout(r, 100));
  }
  await service.stop();
  throw new Error(`service not ready within 30 s:\n${logs}`);
}

/** JSON over HTTP against a service process, with the time each answer took. */
export async function call(base: string, method: string, url: string, opts: { token?: string; body?: unknown } = {}) {
  const started = performance.now();
  const res = await fetch(`${base}${url}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(opts.token ? { Authorization: `Bearer ${opts.token}` } : {}) },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, ms: performance.now() - started };
}

export async function loginAdmin(service: ServiceProcess): Promise<string> {
  const res = await call(service.url, 'POST', '/api/v1/auth/login', { body: { username: 'admin', password: service.adminPassword() } });
  if (res.status !== 200) throw new Error(`admin login on ${service.url}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}
