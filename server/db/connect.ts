import mongoose from 'mongoose';

// Strict query filters: unknown paths are dropped rather than sent to the server.
mongoose.set('strictQuery', true);

export async function connectMongo(uri: string): Promise<typeof mongoose> {
  await mongoose.connect(uri, { serverSelectionTimeoutMS: 10_000, autoIndex: false });
  await syncIndexes();
  return mongoose;
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

/** Answers within the timeout or throws: used by /readyz. */
export async function pingDatabase(timeoutMs = 2000): Promise<void> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) throw new Error('database not connected');
  await Promise.race([
    db.command({ ping: 1 }),
    new Promise((_, reject) => setTimeout(() => reject(new Error('database ping timed out')), timeoutMs)),
  ]);
}
