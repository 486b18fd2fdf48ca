import Joi from 'joi';
import mongoose from 'mongoose';
import { JobLock, JobRun } from '../../../models/assessment.model.js';
import { JOBS_COLLECTION } from '../../../jobs/agenda.js';
import { findJob, JOB_MODULES } from '../../../jobs/registry.js';
import { acquireRunLock, newRunOwner, runHeld } from '../../../jobs/runner.js';
import { Reply, type RouteDef } from '../../http/route.js';
import type { Deps } from '../../deps.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { cronInWords, resultInWords } from './jobs.rules.js';
import { jobsAnswer, jobStartedAnswer } from './jobs.schemas.js';

const tag = '定时任务';

async function jobStatus(deps: Deps) {
  const agendaNames = JOB_MODULES.flatMap((j) => j.schedules(deps).map((s) => s.agendaName));
  const [scheduled, runs, locks] = await Promise.all([
    mongoose.connection.db!.collection(JOBS_COLLECTION).find({ name: { $in: agendaNames } }).toArray(),
    JobRun.find({}).lean<Array<{ _id: string; lastResult?: unknown }>>(),
    JobLock.find({}).lean<Array<{ _id: string; startedAt: Date }>>(),
  ]);
  return {
    items: JOB_MODULES.map((job) => {
      const run: { lastResult?: unknown } = runs.find((r) => r._id === job.name) ?? {};
      return {
        name: job.name,
        title: job.title,
        running: locks.some((l) => l._id === job.name),
        schedules: job.schedules(deps).map((s) => {
          const doc = scheduled.find((d) => d.name === s.agendaName);
          return {
            agendaName: s.agendaName, cron: s.cron, words: cronInWords(s.cron), timezone: 'Asia/Shanghai', nextRunAt: doc?.nextRunAt ?? null, lastRunAt: doc?.lastRunAt ?? null,
          };
        }),
        ...run,
        lastResultLines: resultInWords(run.lastResult),
        _id: undefined,
      };
    }),
  };
}

export function jobRoutes(deps: Deps): RouteDef[] {
  return [
    { method: 'get', path: '/jobs', tag, summary: '定时任务：计划、下次运行、上次结果、失败次数', access: ['admin'], response: jobsAnswer,
      handler: () => jobStatus(deps) },
    {
      method: 'post', path: '/jobs/:name/run', tag, summary: '立即运行任务（已在运行时 409）', access: ['admin'],
      schema: {
        params: Joi.object({ name: Joi.string().valid(...JOB_MODULES.map((j) => j.name)).required() }),
        body: Joi.object({ month: Joi.string().pattern(/^\d{4}-(0[1-9]|1[0-2])$/), full: Joi.boolean() }),
      },
      response: jobStartedAnswer,
      handler: async ({ params, body }) => {
        const job = findJob(params.name);
        if (!job) throw notFound('任务');
        const { value: data, error } = job.dataSchema.validate(body ?? {});
        if (error) throw invalid('invalid_job_data', `任务参数无效：${error.message}`);
        const owner = newRunOwner('api');
        if (!(await acquireRunLock(job.name, owner))) throw conflict('job_running', `任务“${job.title}”正在运行 (job already running)`);
        // Runs in the background; its outcome appears in GET /jobs.
        void runHeld(job, data, deps, owner).catch(() => undefined);
        return new Reply(202, { name: job.name, started: true, data });
      },
    },
  ];
}
