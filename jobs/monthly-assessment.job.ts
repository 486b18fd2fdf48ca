import Joi from 'joi';
import { runMonthlyAssessment } from '../server/modules/assessments/index.js';
import { monthKey, previousMonth } from '../server/lib/time.js';
import type { JobModule } from './job.js';

export const monthlyAssessmentJob: JobModule<{ month?: string }> = {
  name: 'monthly-assessment',
  title: '师徒结对月度评估',
  dataSchema: Joi.object({ month: Joi.string().pattern(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  schedules: (deps) => [{ agendaName: 'monthly-assessment', cron: deps.config.schedules.assessment, data: {} }],
  // Scheduled on the 1st: the month just ended.
  run: (data, { now }) => runMonthlyAssessment(data.month ?? previousMonth(monthKey(now)), now),
};
