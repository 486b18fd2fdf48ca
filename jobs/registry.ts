import type { Agenda } from 'agenda';
import type { Deps } from '../server/deps.js';

/** One entry per job file; the registry defines them all and schedules the recurring ones. */
export interface JobModule {
  name: string;
  define(agenda: Agenda, deps: Deps): void;
  schedule?(agenda: Agenda, deps: Deps): Promise<void>;
}

export const JOB_MODULES: JobModule[] = [];

export function defineJobs(agenda: Agenda, deps: Deps): void {
  for (const job of JOB_MODULES) job.define(agenda, deps);
}

/** Only worker processes schedule; `every` upserts by name, so several workers never duplicate a schedule. */
export async function scheduleRecurring(agenda: Agenda, deps: Deps): Promise<void> {
  for (const job of JOB_MODULES) await job.schedule?.(agenda, deps);
}
