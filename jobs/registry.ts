import { backoffStrategies, type Agenda } from 'agenda';
import type { Deps } from '../server/deps.js';
import { TIME_ZONE } from '../server/lib/time.js';
import type { JobModule } from './job.js';
import { monthlyAssessmentJob } from './monthly-assessment.job.js';
import { pointsRollupJob } from './points-rollup.job.js';
import { whistleWatchJob } from './whistle-watch.job.js';
import { claimsSweepJob } from './claims-sweep.job.js';
import { acquireRunLock, newRunOwner, recordSkippedRun, runHeld } from './runner.js';

export const JOB_MODULES: JobModule<any>[] = [pointsRollupJob, monthlyAssessmentJob, whistleWatchJob, claimsSweepJob];

export const findJob = (name: string) => JOB_MODULES.find((j) => j.name === name);

/** Defines every schedule's Agenda job; a failed run is retried with exponential backoff. */
export function defineJobs(agenda: Agenda, deps: Deps): void {
  for (const job of JOB_MODULES) {
    for (const schedule of job.schedules(deps)) {
      agenda.define(
        schedule.agendaName,
        async (agendaJob) => {
          const owner = newRunOwner('worker');
          if (!(await acquireRunLock(job.name, owner))) await recordSkippedRun(job.name, deps);
          await runHeld(job, agendaJob.attrs.data ?? schedule.data, deps, owner);
        },
        { backoff: backoffStrategies.exponential({ delay: 60_000, maxRetries: 5 }), lockLifetime: 60 * 60_000 },
      );
    }
  }
}

/** Only worker processes schedule; `every` upserts by name, so several workers never duplicate a schedule. */
export async function scheduleRecurring(agenda: Agenda, deps: Deps): Promise<void> {
  for (const job of JOB_MODULES) {
    for (const s of job.schedules(deps)) {
      await agenda.every(s.cron, s.agendaName, s.data, { timezone: TIME_ZONE, skipImmediate: true });
    }
  }
}
