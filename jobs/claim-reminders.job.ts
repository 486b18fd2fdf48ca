import Joi from 'joi';
import { remindPendingClaims } from '../server/modules/point-claims/index.js';
import type { JobModule } from './job.js';

/** Points claims pending CLAIM_REMIND_AFTER_DAYS days or more: one reminder per claim, secretary and day. */
export const claimRemindersJob: JobModule<{ afterDays?: number }> = {
  name: 'claim-reminders',
  title: '积分申请待审核提醒',
  dataSchema: Joi.object({ afterDays: Joi.number().integer().min(1).max(60) }),
  schedules: (deps) => [{ agendaName: 'claim-reminders', cron: deps.config.schedules.claimReminders, data: {} }],
  run: (data, { now, deps }) => remindPendingClaims(now, data.afterDays ?? deps.config.claimRemindAfterDays),
};
