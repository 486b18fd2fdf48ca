import Joi from 'joi';
import { RATINGS } from '../../../models/assessment.model.js';
import { PROJECT_STATUSES } from '../../../models/project.model.js';
import { STAGES } from '../../../models/user.model.js';
import { idString, instant, shape } from '../../http/common-schemas.js';

// Answers (RouteDef.response).
const n = () => Joi.number();
/** A month's measures; months assessed before training was counted lack the training ones. */
const metric = () => n().allow(null);
const metrics = Joi.object({
  progressLogs: metric(), daysSinceLastLog: metric(), overdueMilestones: metric(), coachingNotes: metric(), openWhistles: metric(), overdueWhistles: metric(),
  percent: metric(), trainingsInvited: metric(), trainingsAttended: metric(),
});
const rating = () => Joi.string().valid(...RATINGS);

export const myMenteesAnswer = shape({
  items: Joi.array().items(shape({
    mentorshipId: idString(),
    startDate: instant(),
    mentee: shape({ id: idString(), displayName: Joi.string(), stage: Joi.string().valid(...STAGES).allow(null), communityName: Joi.string().allow(null) }).allow(null),
    project: shape({
      id: idString(), title: Joi.string(), categoryKey: Joi.string(), status: Joi.string().valid(...PROJECT_STATUSES), percent: n(), lastProgressAt: instant().allow(null),
    }).allow(null),
    assessment: shape({ month: Joi.string(), rating: rating(), reasons: Joi.array().items(Joi.string()), metrics }).allow(null),
  })),
});

/** `_id` "<month>:<mentorshipId>". */
const assessment = shape({
  _id: Joi.string(), month: Joi.string(), mentorshipId: idString(), mentorId: idString(), menteeId: idString(), streetId: idString().allow(null),
  projectId: idString().allow(null), metrics, rating: rating(), reasons: Joi.array().items(Joi.string()),
  mentorName: Joi.string().allow(null), menteeName: Joi.string().allow(null),
});
export const assessmentsAnswer = shape({
  month: Joi.string(),
  summary: Joi.array().items(shape({
    streetId: Joi.string(), streetName: Joi.string().allow(null), green: n(), amber: n(), red: n(), total: n(),
  })),
  items: Joi.array().items(assessment),
  page: n(),
  pageSize: n(),
  total: n(),
});

/** `_id` "<month>:<menteeId>". */
export const proposalAnswer = shape({
  _id: Joi.string(), month: Joi.string(), menteeId: idString(), from: Joi.string(), to: Joi.string(), reasons: Joi.array().items(Joi.string()),
  status: Joi.string().valid('pending', 'approved', 'rejected', 'superseded'),
  decidedById: idString().allow(null), decidedAt: instant().allow(null), decisionNote: Joi.string().allow(null), createdAt: instant(),
});
export const proposalsAnswer = shape({ items: Joi.array().items(proposalAnswer.keys({ menteeName: Joi.string().allow(null).required() })) });
