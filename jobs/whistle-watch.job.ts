import Joi from 'joi';
import { watchOverdueWhistles } from '../server/modules/projects/index.js';
import type { JobModule } from './job.js';

export const whistleWatchJob: JobModule<Record<string, never>> = {
  name: 'whistle-watch',
  title: '吹哨事项超期提醒',
  dataSchema: Joi.object({}),
  schedules: (deps) => [{ agendaName: 'whistle-watch', cron: deps.config.schedules.whistleWatch, data: {} }],
  run: (_data, { now }) => watchOverdueWhistles(now),
};
