import { JobLock, JobRun } from '../models/assessment.model.js';
import { upsertSetById } from '../server/db/bulk.js';
import { isDuplicateKeyError } from '../server/lib/errors.js';
import type { Deps } from '../server/deps.js';
import type { JobModule } from './job.js';

/** A run lock older than this belongs to a worker that died: the next run takes it over. */
const STALE_LOCK_MS = 2 * 60 * 60_000;

/** Claims the job's run lock by insert; false when another run holds a fresh one. */
export async function acquireRunLock(name: string, owner: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await JobLock.create({ _id: name, startedAt: new Date(), owner });
      return true;
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err;
    }
    const held = await JobLock.findById(name).lean<{ startedAt: Date }>();
    if (held && Date.now() - held.startedAt.getTime() < STALE_LOCK_MS) return false;
    await JobLock.deleteOne({ _id: name, startedAt: held?.startedAt });
  }
  return false;
}

export const releaseRunLock = (name: string, owner: string) => JobLock.deleteOne({ _id: name, owner });

/** Runs a job whose lock the caller holds, records the outcome, releases the lock. Rethrows failures. */
export async function runHeld<D>(job: JobModule<D>, data: D, deps: Deps, owner: string): Promise<unknown> {
  const startedAt = new Date();
  await upsertSetById(JobRun, job.name, { lastStartedAt: startedAt });
  try {
    const result = await job.run(data, { now: deps.clock(), deps });
    await JobRun.updateOne({ _id: job.name }, { $set: { lastFinishedAt: new Date(), lastResult: summarize(result), lastError: null } });
    deps.logger.info({ job: job.name, ms: Date.now() - startedAt.getTime() }, 'job finished');
    return result;
  } catch (err) {
    await JobRun.updateOne({ _id: job.name }, { $set: { lastError: (err as Error).message, lastFinishedAt: new Date() }, $inc: { failCount: 1 } });
    deps.logger.error({ err, job: job.name, data }, 'job failed');
    throw err;
  } finally {
    await releaseRunLock(job.name, owner);
  }
}

/** Keeps a stored result small: counts rather than long arrays. */
function summarize(result: unknown): unknown {
  if (!result || typeof result !== 'object') return result ?? null;
  return Object.fromEntries(
    Object.entries(result as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? { count: v.length } : v]),
  );
}
