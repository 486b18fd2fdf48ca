import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FERRETDB_BINARY = path.join(ROOT, '.tools/bin/ferretdb');

export type FerretBackend = { kind: 'sqlite'; dir: string } | { kind: 'postgresql'; url: string };

export interface RunningFerretDB {
  uri: (dbName: string) => string;
  port: number;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForPing(uri: string, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited with code ${child.exitCode}:\n${output()}`);
    const client = new MongoClient(uri, { serverSelectionTimeoutMS: 300, connectTimeoutMS: 300 });
    try {
      await client.connect();
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.close().catch(() => {});
    }
  }
  throw new Error(`FerretDB did not answer ping within ${timeoutMs} ms: ${String(lastError)}\n${output()}`);
}

/**
 * Starts our FerretDB 1.24.2 build as a child process and resolves once it answers `ping`.
 * The child is killed when this process exits, even abruptly.
 */
/** How long a SQLite write waits for the lock before FerretDB answers SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 120_000;

export async function startFerretDB(opts: { backend: FerretBackend; port?: number; timeoutMs?: number }): Promise<RunningFerretDB> {
  if (!existsSync(FERRETDB_BINARY)) {
    throw new Error(`FerretDB binary missing at ${FERRETDB_BINARY}: run "bash scripts/build-ferretdb.sh" first`);
  }
  const port = opts.port ?? (await freePort());
  const args = ['-listen', `127.0.0.1:${port}`, '-backend', opts.backend.kind];
  if (opts.backend.kind === 'sqlite') {
    mkdirSync(opts.backend.dir, { recursive: true });
    // FerretDB waits 10 s for SQLite's write lock, but its deletes hold that lock while they scan the
    // collection (seconds at 100k documents), so a few concurrent deletes failed with SQLITE_BUSY.
    // synchronous(normal) in WAL mode: a commit no longer waits for fsync (twice the inserts per
    // second here); what was acknowledged survives a crash of the service or of FerretDB, and only
    // the last commits can be lost to a power failure or an OS crash.
    const pragmas = [`busy_timeout(${SQLITE_BUSY_TIMEOUT_MS})`, 'synchronous(normal)'].map((p) => `_pragma=${p}`).join('&');
    args.push('-sqlite-url', `file:${path.resolve(opts.backend.dir)}/?${pragmas}`);
  } else {
    args.push('-postgresql-url', opts.backend.url);
  }
  const child = spawn(FERRETDB_BINARY, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);

  const uri = (dbName: string) => `mongodb://127.0.0.1:${port}/${dbName}`;
  try {
    await waitForPing(uri('admin'), child, opts.timeoutMs ?? 30_000, () => log);
  } catch (err) {
    killChild();
    throw err;
  }
  return {
    uri,
    port,
    stop: async () => {
      process.removeListener('exit', killChild);
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(killChild, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
