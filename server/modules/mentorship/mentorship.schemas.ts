import Joi from 'joi';
import { MENTORSHIP_STATUSES, NOTE_KINDS } from '../../../models/mentorship.model.js';
import { STAGES } from '../../../models/user.model.js';
import { date, idString, instant, objectId, pageOf, paging, record, shape, startDay } from '../../http/common-schemas.js';
import { publicUserAnswer } from '../accounts/index.js';

const cohort = Joi.string().trim().min(1).max(32).description('届别 / 批次，如 "2026"');

export const createMentorshipBody = Joi.object({
  mentorId: objectId().required().description('大梁'),
  menteeId: objectId().required().description('小梁'),
  cohort: cohort.required(),
  startDate: startDay().required().description('结对开始日期（YYYY-MM-DD）'),
});

export const endMentorshipBody = Joi.object({
  reason: Joi.string().trim().min(1).max(500).required().description('结束原因'),
});

export const listMentorshipsQuery = Joi.object({
  mentor: objectId(),
  mentee: objectId(),
  street: objectId(),
  cohort,
  status: Joi.string().valid(...MENTORSHIP_STATUSES),
  ...paging,
});

export const suggestionsQuery = Joi.object({
  menteeId: objectId().required(),
  limit: Joi.number().integer().min(1).max(50).default(5),
  category: Joi.string().trim().max(32).description('小梁“开门第一件事”项目类别（用于匹配经验）'),
});

export const noteBody = Joi.object({
  date: date().required(),
  kind: Joi.string().valid(...NOTE_KINDS).required().description('visit 走访 / call 电话 / training 培训 / other 其他'),
  note: Joi.string().trim().min(1).max(2000).required(),
});

export const stageBody = Joi.object({
  stage: Joi.string().valid(...STAGES).required().description('new 新任 / empowered 赋能 / excellent 培优 / graduated 毕业 / reserve 预备大梁'),
  reason: Joi.string().trim().allow('').max(500).default(''),
  override: Joi.boolean().default(false).description('跳级或回退（须填写理由）'),
});

// Answers (RouteDef.response).
const nameOrNull = () => Joi.string().allow(null);
const person = shape({
  id: idString(), displayName: Joi.string(), username: Joi.string(), stage: Joi.string().valid(...STAGES).allow(null),
  communityName: nameOrNull(), streetName: nameOrNull(),
});
/** A pair with both people's names and places. */
export const mentorshipAnswer = record({
  id: idString(),
  mentorId: idString(),
  menteeId: idString(),
  streetId: idString().allow(null),
  cohort: Joi.string(),
  startDate: instant(),
  status: Joi.string().valid(...MENTORSHIP_STATUSES),
  endedAt: instant().allow(null),
  endReason: Joi.string().allow(null),
  mentor: person.allow(null),
  mentee: person.allow(null),
});
export const mentorshipsAnswer = pageOf(mentorshipAnswer);
export const noteAnswer = record({
  mentorshipId: idString(), authorId: idString(), date: instant(), kind: Joi.string().valid(...NOTE_KINDS), note: Joi.string(), createdAt: instant(),
});
export const notesAnswer = shape({ items: Joi.array().items(noteAnswer) });
export const suggestionsAnswer = shape({
  mentee: shape({ id: idString(), displayName: Joi.string(), streetId: idString().allow(null), category: nameOrNull() }),
  items: Joi.array().items(shape({
    mentorId: idString(), displayName: Joi.string(), username: nameOrNull(), communityName: nameOrNull(), streetName: nameOrNull(),
    score: Joi.number(), spare: Joi.number().integer(), activeMentees: Joi.number().integer(), capacity: Joi.number().integer(), reasons: Joi.array().items(Joi.string()),
  })),
});
export const mentorLoadAnswer = shape({
  items: Joi.array().items(shape({
    id: idString(), displayName: Joi.string(), username: Joi.string(), streetId: idString().allow(null), streetName: nameOrNull(), communityName: nameOrNull(),
    capacity: Joi.number().integer(), activeMentees: Joi.number().integer(), free: Joi.number().integer(), full: Joi.boolean(),
  })),
  totals: shape({ mentors: Joi.number().integer(), capacity: Joi.number().integer(), active: Joi.number().integer(), full: Joi.number().integer() }),
});
/** A secretary's profile: the account, growth stage, capacity, mentor and mentees. */
export const secretaryAnswer = publicUserAnswer.keys({
  stageName: nameOrNull().required(),
  canMentor: Joi.boolean().required(),
  capacity: Joi.number().integer().allow(null).required(),
  mentor: person.allow(null).required(),
  mentees: Joi.array().items(person.keys({ mentorshipId: idString().required() })).required(),
});
