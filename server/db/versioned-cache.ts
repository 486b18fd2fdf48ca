import { randomUUID } from 'node:crypto';
import { CacheVersion } from '../../models/cache-version.model.js';
import { upsertSetById } from './bulk.js';

/** Call after every write to the data behind `key`: answers cached from it before are no longer current. */
export async function dataChanged(key: string): Promise<void> {
  await upsertSetById(CacheVersion, key, { version: randomUUID() });
}

/** A safety net: a write whose version change was lost (a crash between the two) shows within this long. */
const MAX_AGE_MS = 5 * 60_000;
const cached = new Map<string, { version: string; at: number; value: Promise<unknown> }>();

/**
 * An answer (named `answer`, several may share one key) computed from the data behind `key`, once
 * per version of it in this process: reads
 * between two writes share one computation. The version is read before computing and rewritten
 * after each write, so an answer filed under a version can miss only writes still in flight when it
 * was read, and the read after those recomputes. Data never written has no version and is never
 * cached (nothing to go stale against).
 */
export async function cachedByVersion<T>(key: string, answer: string, compute: () => Promise<T>): Promise<T> {
  const version = (await CacheVersion.findById(key).lean<{ version: string }>())?.version;
  if (!version) return compute();
  const slot = `${key}|${answer}`;
  const hit = cached.get(slot);
  const now = Date.now();
  if (hit && hit.version === version && now - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  const value = compute();
  cached.set(slot, { version, at: now, value });
  value.catch(() => cached.delete(slot));
  return value;
}
