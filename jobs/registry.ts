import { backoffStrategies, type Agenda } from 'agenda';
import type { Db } from 'mongodb';
import type { Deps, SchedulerStatus } from '../server/deps.js';
import { TIME_ZONE } from '../server/lib/time.js';
import type { JobModule } from './job.js';
import { monthlyAssessmentJob } from './monthly-assessment.job.js';
import { pointsRollupJob } from './points-rollup.job.js';
import { whistleWatchJob } from './whistle-watch.job.js';
import { claimsSweepJob } from './claims-sweep.job.js';
import { notificationDeliveryJob } from './notification-delivery.job.js';
import { notificationDigestJob } from './notification-digest.job.js';
import { claimRemindersJob } from './claim-reminders.job.js';
import { evaluationAnomaliesJob } from './evaluation-anomalies.job.js';
import { acquireRunLock, newRunOwner, recordSkippedRun, runHeld } from './runner.js';
import { createScheduler, type Scheduler } from './agenda.js';

export const JOB_MODULES: JobModule<any>[] = [pointsRollupJob, monthlyAssessmentJob, whistleWatchJob, claimsSweepJob, claimRemindersJob, notificationDeliveryJob, notificationDigestJob, evaluationAnomaliesJob];

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

/**
 * The worker's scheduler across reconnects. Agenda keeps the `Db` it was started with, and a
 * reconnected mongoose has a new one (the embedded FerretDB restarted): the scheduler is stopped
 * when the connection goes and built again on the new `Db`. In between, readiness says why.
 */
export function workerScheduler(deps: Deps, name: string): SchedulerStatus & { start(db: Db): Promise<void>; stop(): Promise<void> } {
  let current: Scheduler | null = null;
  return {
    async start(db) {
      const scheduler = createScheduler(db, deps.logger, { name });
      defineJobs(scheduler.agenda, deps);
      await scheduleRecurring(scheduler.agenda, deps);
      await scheduler.start();
      current = scheduler;
    },
    async stop() {
      const scheduler = current;
      current = null;
      await scheduler?.stop();
    },
    problem: async () => (current ? current.problem() : '任务调度器未运行：等待数据库连接 (scheduler stopped: waiting for the database)'),
  };
}
