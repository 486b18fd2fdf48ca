import { randomUUID } from 'node:crypto';
import { JobLock, JobRun } from '../models/assessment.model.js';
import { upsertSetById } from '../server/db/bulk.js';
import { isDuplicateKeyError } from '../server/lib/errors.js';
import { releaseOnce } from '../server/db/release-once.js';
import type { Deps } from '../server/deps.js';
import type { JobModule } from './job.js';

/** A live run refreshes its lock this often… */
export const HEARTBEAT_MS = 30_000;
/** …so a lock not refreshed for this long belongs to a run that died: the next run takes it over. */
export const STALE_LOCK_MS = 5 * 60_000;

/** A run's owner id: unique per run (a pid is 1 in every container, and repeats across restarts). */
export const newRunOwner = (origin: string) => `${origin}:${randomUUID()}`;

/**
 * Claims the job's run lock by insert; false when another live run holds it. A stale lock is removed
 * only as it was read (same owner and heartbeat), so a takeover never removes a newer run's lock.
 */
export async function acquireRunLock(name: string, owner: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const now = new Date();
    try {
      await JobLock.create({ _id: name, startedAt: now, heartbeatAt: now, owner });
      return true;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    const held = await JobLock.findById(name).lean<{ owner: string; heartbeatAt?: Date; startedAt: Date }>();
    if (held && Date.now() - (held.heartbeatAt ?? held.startedAt).getTime() < STALE_LOCK_MS) return false;
    if (held) await releaseRunLock(name, held.owner);
  }
  return false;
}

/** Releases the lock only if `owner` still holds it; one release per holder, so a takeover never removes the next run's lock. */
export const releaseRunLock = (name: string, owner: string) =>
  releaseOnce(`job-lock:${name}:${owner}`, () => JobLock.deleteOne({ _id: name, owner }));

/** Keeps the lock fresh while the run is alive; warns if another run took it over meanwhile. */
function startHeartbeat(name: string, owner: string, deps: Deps) {
  const timer = setInterval(() => {
    JobLock.updateOne({ _id: name, owner }, { $set: { heartbeatAt: new Date() } })
      .then((r) => {
        if (r.matchedCount === 0) deps.logger.warn({ job: name, owner }, 'run lock lost to another run (heartbeat stalled)');
      })
      .catch((err) => deps.logger.warn({ err, job: name }, 'run lock heartbeat failed'));
  }, HEARTBEAT_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** Runs a job whose lock the caller holds, records the outcome, releases the lock. Rethrows failures. */
export async function runHeld<D>(job: JobModule<D>, data: D, deps: Deps, owner: string): Promise<unknown> {
  const stopHeartbeat = startHeartbeat(job.name, owner, deps);
  const startedAt = new Date();
  try {
    await upsertSetById(JobRun, job.name, { lastStartedAt: startedAt });
    const result = await job.run(data, { now: deps.clock(), deps });
    await JobRun.updateOne({ _id: job.name }, { $set: { lastFinishedAt: new Date(), lastResult: summarize(result), lastError: null } });
    deps.logger.info({ job: job.name, ms: Date.now() - startedAt.getTime() }, 'job finished');
    return result;
  } catch (err) {
    await JobRun.updateOne({ _id: job.name }, { $set: { lastError: (err as Error).message, lastFinishedAt: new Date() }, $inc: { failCount: 1 } })
      .catch(() => undefined);
    deps.logger.error({ err, job: job.name, data }, 'job failed');
    throw err;
  } finally {
    stopHeartbeat();
    await releaseRunLock(job.name, owner);
  }
}

/** A scheduled run that found the job already running: noted (never as a success) and failed for Agenda to retry. */
export async function recordSkippedRun(name: string, deps: Deps): Promise<never> {
  await upsertSetById(JobRun, name, { lastSkippedAt: new Date(), lastSkipReason: 'already_running' });
  deps.logger.info({ job: name }, 'job already running in another worker; this run is skipped');
  throw new Error(`${name} is already running in another worker; this run was skipped`);
}

/** Keeps a stored result small: counts rather than long arrays. */
function summarize(result: unknown): unknown {
  if (!result || typeof result !== 'object') return result ?? null;
  return Object.fromEntries(
    Object.entries(result as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? { count: v.length } : v]),
  );
}
