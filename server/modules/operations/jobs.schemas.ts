import Joi from 'joi';
import { instant, shape } from '../../http/common-schemas.js';

// Answers (RouteDef.response). A job that never ran has none of the last-run fields.
const since = () => instant().allow(null).optional();

export const jobsAnswer = shape({
  items: Joi.array().items(shape({
    name: Joi.string(),
    title: Joi.string(),
    running: Joi.boolean(),
    schedules: Joi.array().items(shape({
      agendaName: Joi.string(), cron: Joi.string(), words: Joi.string(), timezone: Joi.string(), nextRunAt: instant().allow(null), lastRunAt: instant().allow(null),
    })),
    lastStartedAt: since(),
    lastFinishedAt: since(),
    lastResult: Joi.any().optional(),
    lastError: Joi.string().allow(null).optional(),
    failCount: Joi.number().integer().optional(),
    lastSkippedAt: since(),
    lastSkipReason: Joi.string().allow(null).optional(),
    lastResultLines: Joi.array().items(shape({ label: Joi.string(), value: Joi.string() })),
  })),
});

export const jobStartedAnswer = shape({ name: Joi.string(), started: Joi.boolean(), data: Joi.object().unknown(true) });
