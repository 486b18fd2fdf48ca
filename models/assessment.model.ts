import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { versionedWrites } from './versioned.plugin.js';

export const RATINGS = ['green', 'amber', 'red'] as const;

/** One mentorship's month: `_id` "<month>:<mentorshipId>", rebuilt identically by every run. */
const assessmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    month: { type: String, required: true },
    mentorshipId: { type: Schema.Types.ObjectId, required: true },
    mentorId: { type: Schema.Types.ObjectId, required: true },
    menteeId: { type: Schema.Types.ObjectId, required: true },
    streetId: { type: Schema.Types.ObjectId, default: null },
    projectId: { type: Schema.Types.ObjectId, default: null },
    metrics: {
      progressLogs: Number,
      daysSinceLastLog: { type: Number, default: null },
      overdueMilestones: Number,
      coachingNotes: Number,
      openWhistles: Number,
      overdueWhistles: Number,
      percent: Number,
      // Training sessions of the month invited to / attended (absent on months assessed before training was counted).
      trainingsInvited: Number,
      trainingsAttended: Number,
    },
    rating: { type: String, enum: RATINGS, required: true },
    reasons: { type: [String], default: [] },
  },
  { versionKey: false },
);
assessmentSchema.index({ month: 1 });
export type AssessmentDoc = InferSchemaType<typeof assessmentSchema> & { _id: string };
assessmentSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const Assessment = mongoose.model('Assessment', assessmentSchema, 'assessments');

/** A proposed growth-stage promotion, decided by an admin: `_id` "<month>:<menteeId>". */
const proposalSchema = new Schema(
  {
    _id: { type: String, required: true },
    month: { type: String, required: true },
    menteeId: { type: Schema.Types.ObjectId, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    reasons: { type: [String], default: [] },
    // superseded: another proposal for the same step was approved first.
    status: { type: String, enum: ['pending', 'approved', 'rejected', 'superseded'], default: 'pending' },
    decidedById: { type: Schema.Types.ObjectId, default: null },
    decidedAt: { type: Date, default: null },
    decisionNote: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
proposalSchema.index({ status: 1 });
export type ProposalDoc = InferSchemaType<typeof proposalSchema> & { _id: string };
proposalSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const StageProposal = mongoose.model('StageProposal', proposalSchema, 'stage_proposals');

/** Per job: a run lock (`_id` = job name, inserted on start, deleted on finish) and the last outcome. */
const jobRunSchema = new Schema(
  {
    _id: { type: String, required: true },
    lastStartedAt: { type: Date, default: null },
    lastFinishedAt: { type: Date, default: null },
    lastResult: { type: Schema.Types.Mixed, default: null },
    lastError: { type: String, default: null },
    failCount: { type: Number, default: 0 },
    /** The last scheduled run that found the job already running and did nothing. */
    lastSkippedAt: { type: Date, default: null },
    lastSkipReason: { type: String, default: null },
  },
  { versionKey: false },
);
export const JobRun = mongoose.model('JobRun', jobRunSchema, 'job_runs');
/** A job's run lock: `_id` is the job name, inserted by the run that holds it; `owner` is unique per run. */
const jobLockSchema = new Schema(
  {
    _id: { type: String, required: true },
    startedAt: { type: Date, required: true },
    owner: { type: String, required: true },
    /** Refreshed while the run is alive; a lock whose heartbeat stopped belongs to a run that died. */
    heartbeatAt: { type: Date, required: true },
  },
  { versionKey: false },
);
export const JobLock = mongoose.model('JobLock', jobLockSchema, 'job_locks');
