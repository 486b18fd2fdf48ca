import { randomUUID } from 'node:crypto';
import { ScoresVersion } from '../../../models/evaluation.model.js';
import { upsertSetById } from '../../db/bulk.js';

/** Called after every score write of a cycle: cached results computed before it are no longer current. */
export async function scoresChanged(cycleId: string): Promise<void> {
  await upsertSetById(ScoresVersion, cycleId, { version: randomUUID() });
}

/** A safety net: a write whose version change was lost (a crash between the two) shows within this long. */
const MAX_AGE_MS = 5 * 60_000;
const cached = new Map<string, { version: string | null; at: number; value: Promise<unknown> }>();

/**
 * The open cycle's results, computed once per scores version in this process: reads between two
 * score writes get the same answer without recomputing (on FerretDB a computation reads every
 * resident score, seconds at district scale). The version is read before computing and changes
 * after each write, so a cached answer can only be older than the version it is filed under for
 * writes still in flight then, and the next read after them recomputes.
 */
export async function cachedByScoresVersion<T>(cycleId: string, compute: () => Promise<T>, now = Date.now()): Promise<T> {
  const version = (await ScoresVersion.findById(cycleId).lean<{ version: string }>())?.version ?? null;
  const hit = cached.get(cycleId);
  if (hit && hit.version === version && now - hit.at < MAX_AGE_MS) return hit.value as Promise<T>;
  const value = compute();
  cached.set(cycleId, { version, at: now, value });
  value.catch(() => cached.delete(cycleId));
  return value;
}
