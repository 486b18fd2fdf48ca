import Joi from 'joi';
import { fanOutQueued, sendDueDeliveries } from '../server/modules/notifications/index.js';
import type { JobModule } from './job.js';

/** Hands new reminders to the outbox, then sends what is due (first attempts and retries after their backoff). */
export const notificationDeliveryJob: JobModule<Record<string, never>> = {
  name: 'notification-delivery',
  title: '提醒投递（群机器人、Webhook、短信）',
  dataSchema: Joi.object({}),
  schedules: (deps) => [{ agendaName: 'notification-delivery', cron: deps.config.schedules.notifyDelivery, data: {} }],
  run: async (_data, { now, deps }) => ({ fanout: await fanOutQueued(now, deps), send: await sendDueDeliveries(now, deps) }),
};
