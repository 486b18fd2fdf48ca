import Joi from 'joi';
import { PROJECT_STATUSES } from '../../../models/project.model.js';
import { RESPONSE_STATUSES, WHISTLE_STATUSES } from '../../../models/whistle.model.js';
import { date, deadlineDay, idString, instant, objectId, pageOf, paging, record, shape, startDay } from '../../http/common-schemas.js';
import { voterFields } from '../voting/index.js';
import { PROJECT_SORTS } from './projects.service.js';

const categoryKey = Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/);
const milestone = Joi.object({ _id: objectId(), title: Joi.string().trim().min(1).max(100).required(), dueDate: deadlineDay().required().description('计划完成日期（YYYY-MM-DD，当日 24 时前完成不算逾期）') });
const cycle = Joi.string().pattern(/^\d{4}$/).description('评选周期（年份），默认今年');

export const categoryParams = Joi.object({ key: categoryKey.required() });
export const updateCategoryBody = Joi.object({ name: Joi.string().trim().min(1).max(16), order: Joi.number().integer().min(0).max(100), active: Joi.boolean() }).min(1);

export const createProjectBody = Joi.object({
  title: Joi.string().trim().min(2).max(60).required().description('项目名称'),
  categoryKey: categoryKey.required().description('项目类别'),
  goal: Joi.string().trim().min(2).max(1000).required().description('项目目标'),
  startDate: startDay().required().description('开始日期（YYYY-MM-DD）'),
  milestones: Joi.array().items(milestone).max(20).default([]),
});
export const updateProjectBody = Joi.object({
  title: Joi.string().trim().min(2).max(60),
  categoryKey,
  goal: Joi.string().trim().min(2).max(1000),
  startDate: startDay().description('开始日期（YYYY-MM-DD）'),
  milestones: Joi.array().items(milestone).max(20),
}).min(1);
export const statusBody = Joi.object({
  status: Joi.string().valid(...PROJECT_STATUSES).required(),
  reason: Joi.string().trim().min(1).max(500).required().description('状态变更原因'),
});

const projectFilters = {
  category: categoryKey, street: objectId(), community: objectId(), status: Joi.string().valid(...PROJECT_STATUSES),
  owner: objectId(), q: Joi.string().trim().max(60).description('名称或目标包含'),
};
export const listProjectsQuery = Joi.object({ ...projectFilters, sort: Joi.string().valid(...PROJECT_SORTS).default('-updatedAt'), ...paging });
export const exportProjectsQuery = Joi.object(projectFilters);
export const detailQuery = Joi.object({ cycle });

export const progressBody = Joi.object({
  date: date().required(),
  note: Joi.string().trim().min(1).max(1000).required(),
  percent: Joi.number().integer().min(0).max(100).required(),
  milestoneId: objectId(),
  milestoneDone: Joi.boolean().default(false),
});
export const commentBody = Joi.object({ note: Joi.string().trim().min(1).max(1000).required(), progressId: objectId() });

export const whistleBody = Joi.object({
  departmentId: objectId().required().description('职能部门账号'),
  problem: Joi.string().trim().min(2).max(1000).required(),
  dueDate: deadlineDay().required().description('办结期限（YYYY-MM-DD，当日 24 时前办结不算超期）'),
});
export const responseBody = Joi.object({ status: Joi.string().valid(...RESPONSE_STATUSES).required(), note: Joi.string().trim().min(1).max(1000).required() });
export const listWhistlesQuery = Joi.object({
  department: objectId(), project: objectId(), status: Joi.string().valid(...WHISTLE_STATUSES), overdue: Joi.boolean(), ...paging,
});

/** A mobile number (years whose evaluation cycle asks no verification) or a voting code, or neither with an X-Voter-Token header. */
export const voteBody = Joi.object({
  ...voterFields,
  score: Joi.number().integer().min(1).max(5).required(),
  cycle,
}).oxor('voterKey', 'votingCode').messages({ 'object.oxor': '手机号与投票码只需其一 (give voterKey or votingCode, not both)' });
export const offlineVotesBody = Joi.object({
  projectId: objectId().required(),
  count: Joi.number().integer().min(1).max(100_000).required().description('线下票数'),
  total: Joi.number().integer().min(1).required().description('线下总分（每票 1–5 分之和）'),
  cycle,
}).custom((v, helpers) => (v.total < v.count || v.total > v.count * 5 ? helpers.error('any.invalid') : v))
  .messages({ 'any.invalid': '线下总分须在票数的 1–5 倍之间 (total must be between count and 5 × count)' });
export const popularQuery = Joi.object({ top: Joi.number().integer().min(1).max(500).default(18), cycle });

// Answers (RouteDef.response).
const name = () => Joi.string().allow(null);
const tally = shape({ count: Joi.number().integer(), sum: Joi.number() });
const offlineTally = shape({ count: Joi.number().integer(), total: Joi.number() });
export const categoryAnswer = shape({
  key: Joi.string(), name: Joi.string(), order: Joi.number().integer(), active: Joi.boolean(), createdAt: instant().optional(), updatedAt: instant().optional(),
});
export const categoriesAnswer = shape({ items: Joi.array().items(categoryAnswer) });
const projectFields = {
  ownerId: idString(),
  communityId: idString(),
  streetId: idString().allow(null),
  title: Joi.string(),
  categoryKey: Joi.string(),
  goal: Joi.string(),
  startDate: instant(),
  status: Joi.string().valid(...PROJECT_STATUSES),
  percent: Joi.number(),
  lastProgressAt: instant().allow(null),
  createdAt: instant(),
  updatedAt: instant(),
};
const milestoneAnswer = record({ title: Joi.string(), dueDate: instant() });
export const projectAnswer = record({ ...projectFields, milestones: Joi.array().items(milestoneAnswer) });
export const listedProjectsAnswer = pageOf(projectAnswer.keys({ streetName: name().required(), communityName: name().required(), ownerName: name().required() }));

const whistleResponse = shape({ status: Joi.string().valid(...RESPONSE_STATUSES), note: Joi.string(), authorId: idString(), at: instant() });
const whistleFields = {
  projectId: idString(),
  ownerId: idString(),
  departmentId: idString(),
  problem: Joi.string(),
  dueDate: instant(),
  status: Joi.string().valid(...WHISTLE_STATUSES),
  responses: Joi.array().items(whistleResponse),
  firstResponseAt: instant().allow(null),
  closedAt: instant().allow(null),
  createdAt: instant(),
};
export const whistleAnswer = record(whistleFields);
const statusChange = shape({ from: Joi.string(), to: Joi.string(), reason: Joi.string(), byId: idString(), at: instant() });
const timelineEntry = record({
  type: Joi.string().valid('progress', 'comment'), at: instant(), authorId: idString(), note: Joi.string(),
  percent: Joi.number().optional(), milestoneId: idString().allow(null).optional(), progressId: idString().allow(null).optional(),
});
/** `view`: summary (anyone who may read projects), department (the whistles to it), full (the pair, their street, admins). */
export const projectDetailAnswer = record({
  ...projectFields,
  view: Joi.string().valid('summary', 'department', 'full'),
  owner: shape({ id: idString(), displayName: Joi.string() }).allow(null),
  milestones: Joi.array().items(milestoneAnswer.keys({ done: Joi.boolean().required(), doneAt: instant().allow(null).required() })),
  votes: shape({ cycle: Joi.string(), online: tally, offline: offlineTally }),
  statusHistory: Joi.array().items(statusChange).optional(),
  timeline: Joi.array().items(timelineEntry).optional(),
  whistles: Joi.array().items(whistleAnswer).optional(),
});
export const popularAnswer = shape({
  cycle: Joi.string(),
  formula: Joi.string(),
  mean: Joi.number(),
  items: Joi.array().items(shape({
    rank: Joi.number().integer(), projectId: idString(), title: Joi.string(), communityId: idString(), streetId: idString().allow(null),
    online: tally, offline: offlineTally, votes: Joi.number().integer(), average: Joi.number().allow(null), score: Joi.number(),
  })),
});
const namedWhistle = whistleAnswer.keys({
  streetName: name().required(), communityName: name().required(), ownerName: name().required(), departmentName: name().required(), overdue: Joi.boolean().required(),
});
export const namedWhistleAnswer = namedWhistle;
export const listedWhistlesAnswer = pageOf(namedWhistle);
/** A batch of paper ballots as entered. */
export const offlineBatchAnswer = record({
  cycle: Joi.string(), projectId: idString(), count: Joi.number().integer(), total: Joi.number().integer(), enteredById: idString(), createdAt: instant(),
});
/** The answer never tells whether this resident had voted before. */
export const voteAnswer = shape({ accepted: Joi.boolean(), vote: shape({ projectId: idString(), cycle: Joi.string(), score: Joi.number().integer() }) });
export const progressAnswer = record({
  projectId: idString(), authorId: idString(), date: instant(), note: Joi.string(), percent: Joi.number(),
  milestoneId: idString().allow(null), milestoneDone: Joi.boolean(), createdAt: instant(),
});
export const progressListAnswer = shape({ items: Joi.array().items(progressAnswer) });
export const commentAnswer = record({ projectId: idString(), authorId: idString(), note: Joi.string(), progressId: idString().allow(null), createdAt: instant() });
