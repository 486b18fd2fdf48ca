import Joi from 'joi';
import { TRAINER_KINDS, TRAINING_ATTENDANCE_VIA, TRAINING_LEVELS } from '../../../models/training.model.js';
import { date, idString, instant, objectId, pageOf, paging, shape, signInCodeBody, withCalendarRange } from '../../http/common-schemas.js';

/** Most 小梁 invited to one session: a whole district's (about 300) fits. */
export const MAX_INVITEES = 500;

const trainer = Joi.alternatives().conditional('.kind', {
  is: 'mentor',
  then: Joi.object({
    kind: Joi.string().valid('mentor').required(),
    userId: objectId().required().description('授课大梁'),
  }),
  otherwise: Joi.object({
    kind: Joi.string().valid('expert').required(),
    name: Joi.string().trim().min(1).max(40).required().description('外请专家姓名'),
    title: Joi.string().trim().max(60).allow('', null).default(null).description('职务或单位'),
  }),
}).description('授课人：大梁 {kind: "mentor", userId} 或外请专家 {kind: "expert", name, title}');

const inviteeIds = Joi.array().items(objectId()).max(MAX_INVITEES).unique().description(`受邀小梁（最多 ${MAX_INVITEES} 人）`);
const fields = {
  topic: Joi.string().trim().min(2).max(80).description('培训主题'),
  trainer,
  place: Joi.string().trim().min(1).max(100).description('地点'),
  startAt: date().description('开始时间（ISO 时刻，如 2026-11-20T14:00:00+08:00）'),
  endAt: date().description('结束时间（晚于开始，最长 24 小时）'),
  inviteeIds,
};

export const createSessionBody = Joi.object({
  level: Joi.string().valid(...TRAINING_LEVELS).required().description('district 区级联训 · street-studio 街镇工作室 · study-group 分组联学'),
  scopeId: objectId().description('举办范围：区级联训为区，街镇工作室为街镇，分组联学为区或街镇；街镇工作人员与大梁默认本街镇'),
  ...fields,
  topic: fields.topic.required(),
  trainer: fields.trainer.required(),
  place: fields.place.required(),
  startAt: fields.startAt.required(),
  endAt: fields.endAt.required(),
  inviteeIds: inviteeIds.default([]),
});
export const updateSessionBody = Joi.object(fields).min(1);

export const listSessionsQuery = withCalendarRange({
  level: Joi.string().valid(...TRAINING_LEVELS),
  street: objectId().description('该街镇举办的培训'),
  ...paging,
});
export { signInCodeBody as signInBody };
export const tickBody = Joi.object({
  menteeIds: Joi.array().items(objectId()).min(1).max(200).unique().required().description('要补登出席的受邀小梁（最多 200 人）'),
});
export const candidatesQuery = Joi.object({ scope: objectId().required().description('举办范围（区或街镇）') });
export const recordQuery = Joi.object({ ...paging });

// Answers (RouteDef.response). Closed: the sign-in secret never leaves the service.
const window = shape({ opensAt: instant(), closesAt: instant() });
const sessionFields = {
  _id: idString(),
  level: Joi.string().valid(...TRAINING_LEVELS),
  levelName: Joi.string(),
  topic: Joi.string(),
  trainer: shape({ kind: Joi.string().valid(...TRAINER_KINDS), userId: idString().allow(null), name: Joi.string(), title: Joi.string().allow(null) }),
  place: Joi.string(),
  startAt: instant(),
  endAt: instant(),
  scopeLevel: Joi.string().valid('district', 'street'),
  scopeId: idString(),
  streetId: idString().allow(null),
  districtId: idString().allow(null),
  createdById: idString(),
  recordedAt: instant(),
  createdAt: instant(),
  updatedAt: instant(),
  signInWindow: window,
};
export const sessionAnswer = shape({ ...sessionFields, inviteeIds: Joi.array().items(idString()) });
export const sessionsAnswer = pageOf(sessionAnswer.keys({ canManage: Joi.boolean().required() }));
const attendanceAnswer = shape({
  _id: Joi.string(), sessionId: idString(), menteeId: idString(), displayName: Joi.string(), via: Joi.string().valid(...TRAINING_ATTENDANCE_VIA), at: instant(), byId: idString(),
}).unknown(true);
export const sessionDetailAnswer = sessionAnswer.keys({
  invitees: Joi.array().items(shape({ id: idString(), displayName: Joi.string() })).required(),
  attendeeCount: Joi.number().integer().required(),
  canManage: Joi.boolean().required(),
  myAttendance: attendanceAnswer.allow(null),
});
const candidate = shape({ id: idString(), displayName: Joi.string(), stage: Joi.string().allow(null), communityName: Joi.string().allow(null) });
export const candidatesAnswer = shape({ scopeId: idString(), mentees: Joi.array().items(candidate), mentors: Joi.array().items(candidate) });
export const attendanceListAnswer = shape({
  sessionId: idString(),
  summary: shape({ invited: Joi.number().integer(), attended: Joi.number().integer() }),
  items: Joi.array().items(shape({
    menteeId: idString(), displayName: Joi.string(), attended: Joi.boolean(), via: Joi.string().valid(...TRAINING_ATTENDANCE_VIA).allow(null),
    at: instant().allow(null), byName: Joi.string().allow(null),
  })),
});
export const trainingRecordAnswer = shape({
  secretary: shape({ id: idString(), displayName: Joi.string(), stage: Joi.string().allow(null) }),
  summary: shape({ invited: Joi.number().integer(), attended: Joi.number().integer(), missed: Joi.number().integer(), upcoming: Joi.number().integer() }),
  items: Joi.array().items(shape({
    ...sessionFields,
    invitedCount: Joi.number().integer(),
    status: Joi.string().valid('attended', 'missed', 'upcoming', 'ongoing'),
    attendance: shape({ via: Joi.string().valid(...TRAINING_ATTENDANCE_VIA), at: instant() }).allow(null),
  })),
  page: Joi.number().integer(),
  pageSize: Joi.number().integer(),
  total: Joi.number().integer(),
});
export const tickedAnswer = shape({
  sessionId: idString(),
  summary: shape({ added: Joi.number().integer(), already: Joi.number().integer(), refused: Joi.number().integer() }),
  items: Joi.array().items(shape({
    menteeId: idString(), displayName: Joi.string().allow(null), status: Joi.string().valid('added', 'already', 'refused'),
    code: Joi.string().optional(), message: Joi.string().optional(), attendance: attendanceAnswer.optional(),
  })),
});
export const signedInAnswer = attendanceAnswer;
export const sessionCodeAnswer = shape({
  sessionId: idString(), code: Joi.string(), expiresAt: instant(), acceptedUntil: instant(), refreshInSeconds: Joi.number().integer(),
  signInPath: Joi.string(), signInUrl: Joi.string(), signInWindow: window, signInOpen: Joi.boolean(),
});
