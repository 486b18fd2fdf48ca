import mongoose from 'mongoose';
import { MongoNetworkError, MongoNotConnectedError, MongoServerSelectionError, MongoTopologyClosedError } from 'mongodb';

// Strict query filters: unknown paths are dropped rather than sent to the server.
mongoose.set('strictQuery', true);

const CONNECT_OPTIONS = { serverSelectionTimeoutMS: 10_000, autoIndex: false };

export async function connectMongo(uri: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, CONNECT_OPTIONS);
  await syncIndexes();
  return mongoose;
}

/**
 * Opens mongoose's connection on another URI (the embedded FerretDB restarted on a new port).
 * The models stay bound to the same connection object; its `db` is new.
 */
export async function reconnectMongo(uri: string): Promise<void> {
  await mongoose.disconnect();
  await mongoose.connect(uri, CONNECT_OPTIONS);
}

/**
 * Creates every model's indexes. The unique ones are the service's concurrency control
 * (slots, locks, idempotency keys), so start-up waits for them.
 */
export async function syncIndexes(): Promise<void> {
  for (const model of Object.values(mongoose.models)) {
    await model.createCollection().catch(() => {});
    await model.createIndexes();
  }
}

/** Whether mongoose holds an open connection (false while the embedded FerretDB restarts). */
export const databaseConnected = () => mongoose.connection.readyState === 1;

/**
 * Errors that mean "the database cannot be reached right now" rather than a fault of the request
 * or the code. A write in flight when the server dies can also fail on the socket itself (EPIPE,
 * "socket has been ended by the other party"), outside the driver's own error classes.
 */
export function isDatabaseUnavailableError(err: unknown): boolean {
  if (
    err instanceof MongoNetworkError || err instanceof MongoServerSelectionError ||
    err instanceof MongoNotConnectedError || err instanceof MongoTopologyClosedError ||
    err instanceof mongoose.Error.MongooseServerSelectionError
  ) return true;
  const e = err as { code?: unknown; message?: unknown };
  if (typeof e?.code === 'string' && ['EPIPE', 'ECONNRESET', 'ECONNREFUSED'].includes(e.code)) return true;
  return typeof e?.message === 'string' && /buffering timed out|socket has been ended/i.test(e.message);
}

/** Answers within the timeout or throws: used by /readyz. */
export async function pingDatabase(timeoutMs = 2000): Promise<void> {
  const db = mongoose.connection.db;
  if (!db || !databaseConnected()) throw new Error('database not connected');
  await pingWithin(db, timeoutMs);
}

export async function pingWithin(db: { command(cmd: { ping: 1 }): Promise<unknown> }, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db.command({ ping: 1 }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
