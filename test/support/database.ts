import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import '../../models/index.js';
import { connectMongo } from '../../server/db/connect.js';
import { startFerretDB, type RunningFerretDB } from '../../server/db/ferretdb.js';

/**
 * The test database: our own FerretDB (SQLite by default, TEST_BACKEND=postgresql for PostgreSQL)
 * on a free port with throw-away state, or TEST_MONGODB_URI when set. Never a configured
 * production database: the database name must start with "test".
 */
export interface TestDatabase {
  uri: string;
  backend: string;
  ferret?: RunningFerretDB;
  cleanup(): Promise<void>;
}

let current: TestDatabase | null = null;

export function testDatabase(): TestDatabase {
  if (!current) throw new Error('test database not started (test/hooks.ts)');
  return current;
}

export async function startTestDatabase(): Promise<TestDatabase> {
  const dbName = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const explicit = process.env.TEST_MONGODB_URI;
  if (explicit) {
    const name = new URL(explicit).pathname.slice(1);
    if (!name.startsWith('test')) throw new Error(`refusing to run tests on database "${name}": its name must start with "test"`);
    await connectMongo(explicit);
    current = { uri: explicit, backend: 'external', cleanup: async () => { await mongoose.connection.dropDatabase(); } };
    return current;
  }
  const backendName = process.env.TEST_BACKEND ?? 'sqlite';
  let ferret: RunningFerretDB;
  let stateDir: string | null = null;
  if (backendName === 'postgresql') {
    const url = process.env.TEST_POSTGRESQL_URL ?? 'postgres://root@127.0.0.1:5432/bigbeam_test';
    ferret = await startFerretDB({ backend: { kind: 'postgresql', url } });
  } else if (backendName === 'sqlite') {
    stateDir = mkdtempSync(path.join(os.tmpdir(), 'bigbeam-test-'));
    ferret = await startFerretDB({ backend: { kind: 'sqlite', dir: stateDir } });
  } else {
    throw new Error(`TEST_BACKEND must be sqlite or postgresql, not "${backendName}"`);
  }
  const uri = ferret.uri(dbName);
  await connectMongo(uri);
  current = {
    uri,
    backend: `ferretdb/${backendName}`,
    ferret,
    cleanup: async () => {
      await mongoose.connection.dropDatabase().catch(() => {});
      await mongoose.disconnect();
      await ferret.stop();
      if (stateDir) rmSync(stateDir, { recursive: true, force: true });
    },
  };
  return current;
}

/** Empties every collection (documents only: indexes stay, so unique-index guards keep working). */
export async function clearCollections(): Promise<void> {
  const db = mongoose.connection.db!;
  const collections = await db.listCollections({}, { nameOnly: true }).toArray();
  await Promise.all(collections.map((c) => db.collection(c.name).deleteMany({})));
}
