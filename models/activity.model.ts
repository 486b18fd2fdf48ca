import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { ORG_LEVELS } from './org-unit.model.js';

export const ACTIVITY_STATUSES = ['open', 'closed'] as const;

/**
 * An activity members sign in to (主题党日, 微党课, 学习讨论, 志愿服务 …); `kind` is the points rule
 * its attendees are awarded on close. Held for one org unit (`scopeId`, at `scopeLevel`); its
 * community / street / district are copied so lists filter by equality, and `months` (the Shanghai
 * months it touches) lets a calendar range be an equality `$in` before the time comparison.
 */
const activitySchema = new Schema(
  {
    title: { type: String, required: true },
    kind: { type: String, required: true },
    place: { type: String, required: true },
    startAt: { type: Date, required: true },
    endAt: { type: Date, required: true },
    months: { type: [String], required: true },
    scopeLevel: { type: String, enum: ORG_LEVELS, required: true },
    scopeId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', required: true },
    communityId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    /** Most attendees; null: no limit. */
    capacity: { type: Number, default: null },
    /** Whether members are asked to sign up (报名) beforehand; shown to them, not enforced at sign-in. */
    signUp: { type: Boolean, default: false },
    /** Key of the rotating sign-in code (HMAC). Never leaves the service. */
    secret: { type: String, required: true },
    /** Written after the close transition ("activity:<id>:closed") that decides it. */
    status: { type: String, enum: ACTIVITY_STATUSES, default: 'open' },
    closedAt: { type: Date, default: null },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  },
  { timestamps: true },
);
activitySchema.index({ scopeId: 1, startAt: 1 });
activitySchema.index({ streetId: 1, startAt: 1 });
activitySchema.index({ months: 1 });

export type ActivityDoc = InferSchemaType<typeof activitySchema> & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
export const Activity = mongoose.model('Activity', activitySchema, 'activities');

export const ATTENDANCE_VIA = ['code', 'manual'] as const;

/**
 * One member's presence at an activity: `_id` "<activityId>:<memberId>", so a member is signed in at
 * most once however many requests race. It names the seat it holds (and that seat's hold).
 */
const attendanceSchema = new Schema(
  {
    _id: { type: String, required: true },
    activityId: { type: Schema.Types.ObjectId, ref: 'Activity', required: true },
    memberId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    displayName: { type: String, required: true },
    communityId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    via: { type: String, enum: ATTENDANCE_VIA, required: true },
    at: { type: Date, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    seatId: { type: String, required: true },
    holdId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
attendanceSchema.index({ activityId: 1, at: 1 });
// A member's recent sign-ins (their points page).
attendanceSchema.index({ memberId: 1, at: -1 });
export type AttendanceDoc = InferSchemaType<typeof attendanceSchema> & { _id: string; createdAt: Date };
export const Attendance = mongoose.model('Attendance', attendanceSchema, 'activity_attendances');

/**
 * An occupied place of an activity: `_id` "<activityId>#<k>", k = 1..capacity (unbounded when the
 * activity has no capacity, so a capacity set later counts everyone already in). Inserting it is the
 * atomic claim; it is held for one attendance (`attendanceId`, `holdId`) and inserted before it.
 */
const seatSchema = new Schema(
  {
    _id: { type: String, required: true },
    activityId: { type: Schema.Types.ObjectId, required: true },
    k: { type: Number, required: true },
    attendanceId: { type: String, required: true },
    holdId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
seatSchema.index({ activityId: 1 });
export type SeatDoc = InferSchemaType<typeof seatSchema> & { _id: string; createdAt: Date };
export const ActivitySeat = mongoose.model('ActivitySeat', seatSchema, 'activity_seats');
