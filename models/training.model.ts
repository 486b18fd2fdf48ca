import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** 四训并举 · 分级联训 · 分组联学: 区级联训, 街镇工作室 (led by a 大梁 of the street), 分组联学. */
export const TRAINING_LEVELS = ['district', 'street-studio', 'study-group'] as const;
export type TrainingLevel = (typeof TRAINING_LEVELS)[number];
export const TRAINER_KINDS = ['mentor', 'expert'] as const;

/** A 大梁 of the programme (`userId`, with the name at the time), or an outside expert (`name`, `title`). */
const trainerSchema = new Schema(
  {
    kind: { type: String, enum: TRAINER_KINDS, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    name: { type: String, required: true },
    title: { type: String, default: null },
  },
  { _id: false },
);

/**
 * A training session for invited 小梁, held for the district or one street (`scopeId`). `months` (the
 * Shanghai months it touches) lets a calendar range or a month's assessment filter by equality. The
 * invitees are frozen once it has ended, so a month's assessment reads them as they were.
 */
const trainingSessionSchema = new Schema(
  {
    level: { type: String, enum: TRAINING_LEVELS, required: true },
    topic: { type: String, required: true },
    trainer: { type: trainerSchema, required: true },
    place: { type: String, required: true },
    startAt: { type: Date, required: true },
    endAt: { type: Date, required: true },
    months: { type: [String], required: true },
    scopeLevel: { type: String, enum: ['district', 'street'], required: true },
    scopeId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', required: true },
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    inviteeIds: { type: [Schema.Types.ObjectId], ref: 'User', default: [] },
    /** Key of the rotating sign-in code (HMAC). Never leaves the service. */
    secret: { type: String, required: true },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    /** When it was entered, by the service's clock: a month's assessment counts only sessions entered before the month's end. */
    recordedAt: { type: Date, required: true },
  },
  { timestamps: true },
);
trainingSessionSchema.index({ months: 1 });
trainingSessionSchema.index({ scopeId: 1, startAt: 1 });
// A mentee's training record: the sessions they are invited to.
trainingSessionSchema.index({ inviteeIds: 1 });

export type TrainingSessionDoc = InferSchemaType<typeof trainingSessionSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
export const TrainingSession = mongoose.model('TrainingSession', trainingSessionSchema, 'training_sessions');

export const TRAINING_ATTENDANCE_VIA = ['code', 'manual'] as const;

/**
 * A 小梁's presence at a session: `_id` "<sessionId>:<menteeId>", inserted once (by the code, or
 * ticked by an organiser: `byId` says who) and never changed or removed, so `at` (when it was
 * recorded) tells what was known at any instant.
 */
const trainingAttendanceSchema = new Schema(
  {
    _id: { type: String, required: true },
    sessionId: { type: Schema.Types.ObjectId, ref: 'TrainingSession', required: true },
    menteeId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    displayName: { type: String, required: true },
    via: { type: String, enum: TRAINING_ATTENDANCE_VIA, required: true },
    at: { type: Date, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  },
  { versionKey: false },
);
trainingAttendanceSchema.index({ sessionId: 1, at: 1 });
trainingAttendanceSchema.index({ menteeId: 1, at: -1 });
export type TrainingAttendanceDoc = InferSchemaType<typeof trainingAttendanceSchema> & { _id: string };
export const TrainingAttendance = mongoose.model('TrainingAttendance', trainingAttendanceSchema, 'training_attendances');
