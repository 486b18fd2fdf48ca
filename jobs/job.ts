import type Joi from 'joi';
import type { Deps } from '../server/deps.js';

/** One schedule of a job: its own Agenda name (Agenda keeps one recurring job per name) and data. */
export interface JobSchedule<D> {
  agendaName: string;
  cron: string;
  data: D;
}

/** A job file exports one of these: a name, a data schema, its schedules, and an idempotent handler. */
export interface JobModule<D = Record<string, unknown>> {
  name: string;
  title: string;
  dataSchema: Joi.ObjectSchema;
  schedules(deps: Deps): JobSchedule<D>[];
  /** Must be idempotent: Agenda's lock is not atomic on FerretDB, so a run may happen twice. */
  run(data: D, ctx: { now: Date; deps: Deps }): Promise<unknown>;
}
