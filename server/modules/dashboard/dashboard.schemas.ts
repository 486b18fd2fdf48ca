import Joi from 'joi';
import { CYCLE_STATUSES } from '../../../models/evaluation.model.js';
import { idString, shape } from '../../http/common-schemas.js';

// Answers (RouteDef.response).
const count = () => Joi.number().integer();
/** Counts by key (project statuses, categories): every key present, zero included. */
const counts = () => Joi.object().pattern(Joi.string(), count());

export const dashboardAnswer = shape({
  totals: shape({ streets: count(), communities: count(), activePairs: count(), projects: count(), overdueWhistles: count() }),
  streets: Joi.array().items(shape({
    streetId: idString(), streetName: Joi.string(), communities: count(), activePairs: count(), projects: counts(), overdueWhistles: count(),
  })),
  projectsByStatus: counts(),
  projectsByCategory: Joi.array().items(shape({ key: Joi.string(), name: Joi.string(), count: count() })),
  /** null: no evaluation cycle yet. */
  evaluation: shape({
    cycleId: idString(), name: Joi.string(), year: count(), status: Joi.string().valid(...CYCLE_STATUSES),
    assigned: count(), scored: count(), percent: Joi.number().allow(null), residentScores: count(),
  }).allow(null),
});
