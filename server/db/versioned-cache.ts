import { CacheVersion } from '../../models/cache-version.model.js';
import { readerById } from './reads-by-id.js';

/** Call `dataChanged(key)` after every write to the data behind `key` that no versioned model sees. */
export { collectionChanged, collectionKey, versionChanged as dataChanged } from '../../models/versioned.plugin.js';

/** A safety net: a write whose version change was lost (a crash between the two) shows within this long. */
const MAX_AGE_MS = 5 * 60_000;
/** Answers kept per process; past this many the cache starts again (answers vary by page and filter). */
const MAX_ENTRIES = 2000;
const cached = new Map<string, { versions: string; at: number; value: Promise<unknown> }>();

/** The current versions of the data behind `keys`, as one string; null while some have none. */
export async function versionsOf(keys: string[]): Promise<string | null> {
  const read = readerById<{ version: string }>(CacheVersion);
  const docs = await Promise.all(keys.map(read));
  return docs.every((d) => d) ? docs.map((d) => d!.version).join('|') : null;
}

/**
 * An answer (named `answer`) computed from the data behind `keys` (a collection's
 * `collectionKey`, or a key given to dataChanged), once per version of that data in this process:
 * reads between two writes share one computation and its result, which callers must not change.
 * The versions are read before computing and rewritten after each write, so an answer filed under
 * them can miss only writes still in flight when they were read, and the read after those
 * recomputes. Data with no version yet (never written through the service) is never cached.
 */
export async function cachedByVersion<T>(keys: string | string[], answer: string, compute: () => Promise<T>): Promise<T> {
  const list = typeof keys === 'string' ? [keys] : keys;
  const versions = await versionsOf(list);
  if (!versions) return compute();
  const slot = `${list.join('+')}|${answer}`;
  const hit = cached.get(slot);
  const now = Date.now();
  if (hit && hit.versions === versions && now - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  if (cached.size >= MAX_ENTRIES) cached.clear();
  const value = Promise.resolve(compute()); // a mongoose query is a thenable that runs again on each await
  const entry = { versions, at: now, value };
  cached.set(slot, entry);
  value.catch(() => {
    if (cached.get(slot) === entry) cached.delete(slot);
  });
  return value;
}
