import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../lib/logger.js';
import { serverPid, startFerretDB, type RunningFerretDB } from './ferretdb.js';

/** The database the service keeps in the embedded FerretDB. */
export const EMBEDDED_DB_NAME = 'bigbeam';
/** Where a running embedded FerretDB says which port it listens on, for the command-line tools. */
const ADDRESS_FILE = 'ferretdb.json';
/** Files the service keeps directly under DATA_DIR (everything else there is not ours to chmod). */
const OWN_FILES = ['admin-password', 'jwt-secret', 'voter-key-salt', ADDRESS_FILE];

export const sqliteDir = (dataDir: string) => path.join(dataDir, 'ferretdb');

export class DataDirInUseError extends Error {}

/**
 * DATA_DIR holds the SQLite files (password hashes among them) and the generated secrets: the
 * directories become 0700 and our files 0600, including those an older version left readable.
 */
export function secureDataDir(dataDir: string): void {
  for (const dir of [dataDir, sqliteDir(dataDir)]) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
  }
  const files = [
    ...OWN_FILES.map((f) => path.join(dataDir, f)),
    ...readdirSync(sqliteDir(dataDir)).map((f) => path.join(sqliteDir(dataDir), f)),
  ];
  for (const file of files) {
    if (existsSync(file) && statSync(file).isFile()) chmodSync(file, 0o600);
  }
}

interface EmbeddedAddress {
  port: number;
  /** FerretDB's pid: the server on the port must report it. */
  pid: number;
  /** The process that started it (the service or a command-line tool). */
  ownerPid: number;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** The embedded FerretDB serving this DATA_DIR, if one runs: the port from its address file, answered by the pid written there. */
export async function runningEmbedded(dataDir: string): Promise<EmbeddedAddress | null> {
  const file = path.join(dataDir, ADDRESS_FILE);
  if (!existsSync(file)) return null;
  try {
    const address = JSON.parse(readFileSync(file, 'utf8')) as EmbeddedAddress;
    return (await serverPid(address.port)) === address.pid ? address : null;
  } catch {
    return null;
  }
}

/** Stops a FerretDB whose owner died without stopping it (a kill -9 of the service leaves its child running). */
async function stopOrphan(orphan: EmbeddedAddress): Promise<void> {
  process.kill(orphan.pid, 'SIGTERM');
  for (let i = 0; i < 50 && isAlive(orphan.pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(orphan.pid)) process.kill(orphan.pid, 'SIGKILL');
}

/**
 * Starts the embedded FerretDB on DATA_DIR's SQLite files: on `port` when given, else on a free
 * one, and records where it listens for the command-line tools. Refuses when another live process
 * runs a FerretDB on this DATA_DIR (two servers on one set of SQLite files would each cache their
 * own catalog); stops one whose owner is gone.
 */
export async function startEmbeddedFerretDB(dataDir: string, opts: { port?: number; logger?: Logger } = {}): Promise<RunningFerretDB> {
  const other = await runningEmbedded(dataDir);
  if (other && isAlive(other.ownerPid)) {
    throw new DataDirInUseError(
      `数据目录 ${dataDir} 正被进程 ${other.ownerPid} 的 FerretDB 使用（pid ${other.pid}，端口 ${other.port}） (DATA_DIR is in use by another running instance)`,
    );
  }
  if (other) {
    opts.logger?.warn(other, '停止上次遗留的内置 FerretDB (stopping the FerretDB a dead process left running)');
    await stopOrphan(other);
  }
  const ferret = await startFerretDB({ backend: { kind: 'sqlite', dir: sqliteDir(dataDir) }, port: opts.port });
  const file = path.join(dataDir, ADDRESS_FILE);
  const address: EmbeddedAddress = { port: ferret.port, pid: ferret.pid, ownerPid: process.pid };
  writeFileSync(file, JSON.stringify(address) + '\n', { mode: 0o600 });
  const removeAddress = () => {
    try {
      if (JSON.parse(readFileSync(file, 'utf8')).pid === ferret.pid) rmSync(file);
    } catch {
      // Already gone or rewritten by the next child.
    }
  };
  void ferret.exited.then(removeAddress);
  return ferret;
}

/** Each restart waits longer (a crash loop backs off); a child that ran this long resets the wait to the shortest. */
const HEALTHY_MS = 30_000;
const backoffMs = (failures: number) => Math.min(250 * 2 ** failures, 8000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface FerretSupervisor {
  current(): RunningFerretDB;
  stop(): Promise<void>;
}

/**
 * Keeps the embedded FerretDB running: when the child exits it logs the exit code and signal, calls
 * `onDown` (the service closes its connection and stops its scheduler, so nothing talks to the
 * port meanwhile), starts a new child with backoff and calls `onUp` with it (the service reconnects).
 * Each new child gets a fresh free port unless the port is pinned: the port is never assumed to be
 * ours again once our child has let go of it, and `start` verifies whoever answers is the child.
 */
export function superviseFerretDB(
  first: RunningFerretDB,
  opts: {
    start: () => Promise<RunningFerretDB>;
    logger: Logger;
    onDown: () => Promise<void>;
    onUp: (next: RunningFerretDB) => Promise<void>;
  },
): FerretSupervisor {
  const { logger } = opts;
  let current = first;
  let stopping = false;
  let failures = 0;

  async function restart(): Promise<RunningFerretDB | null> {
    for (;;) {
      await sleep(backoffMs(failures));
      failures += 1;
      if (stopping) return null;
      try {
        const next = await opts.start();
        if (stopping) {
          await next.stop();
          return null;
        }
        try {
          await opts.onUp(next);
          logger.info({ port: next.port, pid: next.pid }, '内置 FerretDB 已重启，数据库已重新连接 (embedded FerretDB restarted; reconnected)');
          return next;
        } catch (err) {
          logger.error({ err }, '重新连接内置 FerretDB 失败 (reconnecting to the embedded FerretDB failed)');
          await next.stop();
        }
      } catch (err) {
        logger.error({ err }, '内置 FerretDB 重启失败 (embedded FerretDB failed to restart)');
      }
    }
  }

  void (async () => {
    while (!stopping) {
      const startedAt = Date.now();
      const { code, signal } = await current.exited;
      if (stopping) return;
      logger.error(
        { code, signal, pid: current.pid, output: current.output().slice(-1000) },
        '内置 FerretDB 意外退出，正在重启 (embedded FerretDB exited; restarting)',
      );
      if (Date.now() - startedAt >= HEALTHY_MS) failures = 0;
      await opts.onDown().catch((err) => logger.error({ err }, 'closing the database connection failed'));
      const next = await restart();
      if (!next) return;
      current = next;
    }
  })();

  return {
    current: () => current,
    stop: async () => {
      stopping = true;
      await current.stop();
    },
  };
}
