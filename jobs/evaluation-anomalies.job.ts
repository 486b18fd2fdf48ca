import Joi from 'joi';
import { computeOpenCycleAnomalies } from '../server/modules/evaluation/index.js';
import type { JobModule } from './job.js';

/**
 * The anomaly flags on residents' scores (anomaly.rules.ts) of every open cycle, computed from the
 * tallies and stored per secretary for the results to show with their time. Hourly by default;
 * a run over unchanged scores writes no flag list, and with no open cycle it does nothing.
 */
export const evaluationAnomaliesJob: JobModule<Record<string, never>> = {
  name: 'evaluation-anomalies',
  title: '组织力评估群众评分异常检查',
  dataSchema: Joi.object({}),
  schedules: (deps) => [{ agendaName: 'evaluation-anomalies', cron: deps.config.schedules.evaluationAnomalies, data: {} }],
  run: (_data, { now }) => computeOpenCycleAnomalies(now),
};
