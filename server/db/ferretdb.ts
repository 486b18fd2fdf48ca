import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FERRETDB_BINARY = path.join(ROOT, '.tools/bin/ferretdb');

export type FerretBackend = { kind: 'sqlite'; dir: string } | { kind: 'postgresql'; url: string };

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningFerretDB {
  uri: (dbName: string) => string;
  port: number;
  /** The child's process id; `serverStatus` on the port answered with it. */
  pid: number;
  /** Resolves when the child exits, for whatever reason. */
  exited: Promise<ChildExit>;
  /** The child's last output (4,000 characters), for logging why it stopped. */
  output(): string;
  stop(): Promise<void>;
}

/** Another server answered on the port: our child could not listen there. */
export class PortTakenError extends Error {}

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

/** The process id the server on this port reports (`serverStatus.pid`: FerretDB and mongod both give it); null when nothing answers. */
export async function serverPid(port: number, timeoutMs = 500): Promise<number | null> {
  const client = new MongoClient(`mongodb://127.0.0.1:${port}/admin`, {
    serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs, directConnection: true,
  });
  try {
    const status = await client.db('admin').command({ serverStatus: 1 });
    return Number(status.pid);
  } catch {
    return null;
  } finally {
    await client.close().catch(() => {});
  }
}

/**
 * Waits until the server on the port is our child. The port was free a moment ago, but another
 * process may have taken it since; our child then fails to listen and exits, while the other
 * server answers. Asking for its pid tells them apart without writing anything to it.
 */
async function waitForChild(port: number, child: ChildProcess, timeoutMs: number, output: () => string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const taken = /address already in use/.test(output());
      const message = `FerretDB exited (code ${child.exitCode}, signal ${child.signalCode}) on port ${port}:\n${output()}`;
      throw taken ? new PortTakenError(message) : new Error(message);
    }
    const pid = await serverPid(port, 300);
    if (pid === child.pid) return;
    if (pid !== null) throw new PortTakenError(`port ${port} is answered by another server (pid ${pid}), not our FerretDB (pid ${child.pid})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`FerretDB did not answer on port ${port} within ${timeoutMs} ms:\n${output()}`);
}

/** How long a SQLite write waits for the lock before FerretDB answers SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 120_000;

function ferretArgs(backend: FerretBackend, port: number): string[] {
  const args = ['-listen', `127.0.0.1:${port}`, '-backend', backend.kind];
  if (backend.kind === 'postgresql') return [...args, '-postgresql-url', backend.url];
  // FerretDB waits 10 s for SQLite's write lock, but its deletes hold that lock while they scan the
  // collection (seconds at 100k documents), so a few concurrent deletes failed with SQLITE_BUSY.
  // synchronous(normal) in WAL mode: a commit no longer waits for fsync (twice the inserts per
  // second here); what was acknowledged survives a crash of the service or of FerretDB, and only
  // the last commits can be lost to a power failure or an OS crash.
  const pragmas = [`busy_timeout(${SQLITE_BUSY_TIMEOUT_MS})`, 'synchronous(normal)'].map((p) => `_pragma=${p}`).join('&');
  return [...args, '-sqlite-url', `file:${path.resolve(backend.dir)}/?${pragmas}`];
}

/**
 * Starts our FerretDB 1.24.2 build as a child process on loopback and resolves once the server on
 * the port reports the child's pid (a free port unless one is given). Throws PortTakenError when
 * another server holds the port. The child is killed when this process exits, even abruptly.
 */
export async function startFerretDB(opts: { backend: FerretBackend; port?: number; timeoutMs?: number }): Promise<RunningFerretDB> {
  if (!existsSync(FERRETDB_BINARY)) {
    throw new Error(`FerretDB binary missing at ${FERRETDB_BINARY}: run "bash scripts/build-ferretdb.sh" first`);
  }
  if (opts.backend.kind === 'sqlite') mkdirSync(opts.backend.dir, { recursive: true, mode: 0o700 });
  const port = opts.port ?? (await freePort());
  // The child inherits the umask at spawn: the SQLite files it creates (database, WAL, shared
  // memory) are then readable by this user only, as they hold password hashes. Its own process
  // group: Ctrl-C in a terminal reaches only this process, which stops the child after its
  // requests and jobs (rather than the child dying first and being restarted during shutdown).
  const umask = process.umask(0o077);
  let child: ChildProcess;
  try {
    child = spawn(FERRETDB_BINARY, ferretArgs(opts.backend, port), { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  } finally {
    process.umask(umask);
  }
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      process.removeListener('exit', killChild);
      resolve({ code, signal });
    });
  });

  try {
    await waitForChild(port, child, opts.timeoutMs ?? 30_000, () => log);
  } catch (err) {
    killChild();
    await exited;
    throw err;
  }
  return {
    uri: (dbName: string) => `mongodb://127.0.0.1:${port}/${dbName}`,
    port,
    pid: child.pid!,
    exited,
    output: () => log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(killChild, 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
