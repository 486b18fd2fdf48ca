import Joi from 'joi';
import { buildDigests } from '../server/modules/notifications/index.js';
import type { JobModule } from './job.js';

/** Builds the daily digests whose hour has come (one per reader and day); notification-delivery sends them. */
export const notificationDigestJob: JobModule<Record<string, never>> = {
  name: 'notification-digest',
  title: '提醒每日汇总',
  dataSchema: Joi.object({}),
  schedules: (deps) => [{ agendaName: 'notification-digest', cron: deps.config.schedules.notifyDigest, data: {} }],
  run: (_data, { now, deps }) => buildDigests(now, deps),
};
