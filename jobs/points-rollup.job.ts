import Joi from 'joi';
import { runPointsRollup } from '../server/modules/points/index.js';
import { monthKey, previousMonth } from '../server/lib/time.js';
import type { JobModule } from './job.js';

export interface PointsRollupData {
  /** A month to rebuild; "previous" means the month just ended (the 1st-of-month schedule). */
  month?: string;
  full?: boolean;
}

export const pointsRollupJob: JobModule<PointsRollupData> = {
  name: 'points-rollup',
  title: '党员积分汇总与排行',
  dataSchema: Joi.object({
    month: Joi.alternatives(Joi.string().pattern(/^\d{4}-(0[1-9]|1[0-2])$/), Joi.string().valid('previous')),
    full: Joi.boolean(),
  }),
  schedules: (deps) => [
    { agendaName: 'points-rollup:hourly', cron: deps.config.schedules.rollupHourly, data: {} },
    { agendaName: 'points-rollup:monthly', cron: deps.config.schedules.rollupMonthly, data: { month: 'previous' } },
  ],
  run: async (data, { now }) => {
    const current = monthKey(now);
    const month = data.month === 'previous' ? previousMonth(current) : data.month;
    return runPointsRollup({ now, full: data.full, months: [...new Set([current, ...(month ? [month] : [])])] });
  },
};
