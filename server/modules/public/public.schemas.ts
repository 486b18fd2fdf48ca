import Joi from 'joi';
import { PROJECT_STATUSES } from '../../../models/project.model.js';
import { RESIDENT_VERIFICATIONS } from '../../../models/evaluation.model.js';
import { idString, pageOf, shape } from '../../http/common-schemas.js';

// Answers (RouteDef.response). Closed: the public pages get public labels only.
const nameOrNull = () => Joi.string().allow(null);

export const publicProjectsAnswer = pageOf(shape({
  id: idString(), title: Joi.string(), goal: Joi.string(), categoryKey: Joi.string(), categoryName: Joi.string(),
  status: Joi.string().valid(...PROJECT_STATUSES), percent: Joi.number(), communityName: nameOrNull(), streetName: nameOrNull(),
}));

/** `cycle` null: no cycle is open for residents' scores now. */
export const publicEvaluationAnswer = shape({
  cycle: shape({
    id: idString(),
    name: Joi.string(),
    year: Joi.number().integer(),
    indicators: Joi.array().items(shape({ key: Joi.string(), name: Joi.string() })),
    scale: shape({ min: Joi.number(), max: Joi.number() }),
    residentVerification: Joi.string().valid(...RESIDENT_VERIFICATIONS),
  }).allow(null),
  secretaries: Joi.array().items(shape({ id: idString(), displayName: Joi.string(), communityName: nameOrNull(), streetName: nameOrNull() })),
});
