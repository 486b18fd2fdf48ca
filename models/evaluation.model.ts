import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { versionedWrites } from './versioned.plugin.js';
import type { AwardSettings, ProjectAwardSettings } from '../server/modules/evaluation/awards.rules.js';
import type { CycleRules } from '../server/modules/evaluation/cycle-rules.js';
import type { Anomaly } from '../server/modules/evaluation/anomaly.rules.js';

export const CYCLE_STATUSES = ['draft', 'open', 'closed', 'published'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/**
 * How residents prove who they are on the public vote and score routes: `none` any mobile number
 * (as before), `codes` a door-to-door voting code, `sms` a phone verified by an SMS code, `both`
 * either of the last two.
 */
export const RESIDENT_VERIFICATIONS = ['none', 'codes', 'sms', 'both'] as const;
export type ResidentVerification = (typeof RESIDENT_VERIFICATIONS)[number];

const weighted = { _id: false, key: { type: String, required: true }, name: { type: String, required: true }, weight: { type: Number, required: true } };

/** 组织力评估 cycle: four weighted indicators, three weighted sources, one scale. */
const cycleSchema = new Schema(
  {
    year: { type: Number, required: true },
    name: { type: String, required: true },
    indicators: { type: [weighted], required: true },
    sources: { type: [weighted], required: true },
    scale: { min: { type: Number, required: true }, max: { type: Number, required: true } },
    /** Scores each source needs before a result is ranked, by source key (absent: the defaults, server/modules/evaluation/evidence.rules.ts). */
    minimums: { type: Schema.Types.Mixed },
    /** Which residents' keys count: absent (cycles from before it existed) reads as 'none' (see RESIDENT_VERIFICATIONS). */
    residentVerification: { type: String, enum: RESIDENT_VERIFICATIONS },
    /** 最美书记 places and notice length as chosen (editable while draft); see awards.rules.ts for the defaults. */
    awards: { type: Schema.Types.Mixed },
    /** 最受群众欢迎项目 places, notice length and minimum votes, likewise (absent: the defaults). */
    projectAwards: { type: Schema.Types.Mixed },
    /** `{ residentTrimPercent }` chosen at creation (absent: 0, nothing trimmed); frozen into `rules` when the cycle opens. */
    trimming: { type: Schema.Types.Mixed },
    /**
     * Every rule the results and the awards use, copied when the cycle opens (weights, scale, minimums
     * with their defaults filled in, award places and street quotas), and its hash: later changes of
     * defaults or of the org tree never reach an open or closed cycle (server/modules/evaluation/cycle-rules.ts).
     */
    rules: { type: Schema.Types.Mixed },
    rulesHash: { type: String },
    status: { type: String, enum: CYCLE_STATUSES, default: 'draft' },
    statusHistory: { type: [{ _id: false, from: String, to: String, byId: Schema.Types.ObjectId, at: Date }], default: [] },
  },
  { timestamps: true },
);
export type CycleDoc = Omit<InferSchemaType<typeof cycleSchema>, 'awards' | 'projectAwards' | 'rules' | 'trimming'> & {
  _id: mongoose.Types.ObjectId;
  minimums?: Record<string, number> | null;
  awards?: AwardSettings | null;
  projectAwards?: ProjectAwardSettings | null;
  trimming?: { residentTrimPercent: number } | null;
  rules?: CycleRules | null;
};
cycleSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const EvaluationCycle = mongoose.model('EvaluationCycle', cycleSchema, 'evaluation_cycles');

/** "This evaluator scores this secretary for this source": `_id` "<cycle>:<source>:<evaluator>:<secretary>". */
const assignmentSchema = new Schema(
  {
    _id: { type: String, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    source: { type: String, required: true },
    evaluatorId: { type: Schema.Types.ObjectId, required: true },
    secretaryId: { type: Schema.Types.ObjectId, required: true },
  },
  { versionKey: false },
);
assignmentSchema.index({ cycleId: 1, evaluatorId: 1 });
export type AssignmentDoc = InferSchemaType<typeof assignmentSchema> & { _id: string };
export const EvaluationAssignment = mongoose.model('EvaluationAssignment', assignmentSchema, 'evaluation_assignments');

/** An evaluator's or department's score, same `_id` as its assignment: re-submitting replaces it. */
const scoreSchema = new Schema(
  {
    _id: { type: String, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    source: { type: String, required: true },
    evaluatorId: { type: Schema.Types.ObjectId, required: true },
    secretaryId: { type: Schema.Types.ObjectId, required: true },
    indicators: { type: Schema.Types.Mixed, required: true },
    comment: { type: String, default: '' },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
scoreSchema.index({ cycleId: 1 });
scoreSchema.index({ cycleId: 1, secretaryId: 1 });
export type ScoreDoc = InferSchemaType<typeof scoreSchema> & { _id: string; indicators: Record<string, number>; updatedAt: Date };
export const EvaluationScore = mongoose.model('EvaluationScore', scoreSchema, 'evaluation_scores');

/** Append-only trail of every score change. */
const auditSchema = new Schema(
  {
    scoreId: { type: String, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    byId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
    before: { type: Schema.Types.Mixed, default: null },
    after: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, minimize: false },
);
auditSchema.index({ cycleId: 1, at: -1 });
export const ScoreAudit = mongoose.model('ScoreAudit', auditSchema, 'evaluation_score_audit');

/** A resident's online score: `_id` "<cycle>:<secretary>:<voterHash>", so a repeat replaces. `overall` fills every indicator. */
const residentScoreSchema = new Schema(
  {
    _id: { type: String, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    secretaryId: { type: Schema.Types.ObjectId, required: true },
    voterHash: { type: String, required: true },
    indicators: { type: Schema.Types.Mixed, required: true },
    overall: { type: Boolean, default: false },
    /** Minutes since the epoch of an online score's latest write (the burst check groups by it); none for imported rows. */
    minute: { type: Number },
    /** How the resident was identified online: phone (unverified number), sms (verified phone), code (voting code). */
    via: { type: String },
    /** A voting code's community, for reporting. */
    communityId: { type: Schema.Types.ObjectId },
    /** A voting code's batch, for the one-batch check. */
    batchId: { type: Schema.Types.ObjectId },
    /** A salted hash of the online score's network address (never the address), for the one-address check. */
    addressKey: { type: String },
  },
  { timestamps: true, versionKey: false, minimize: false },
);
residentScoreSchema.index({ cycleId: 1, secretaryId: 1 });
residentScoreSchema.index({ voterHash: 1 }); // a resident's own scores (GET /public/my-votes)
export const ResidentScore = mongoose.model('ResidentScore', residentScoreSchema, 'evaluation_resident_scores');

/** Results frozen when the cycle closes; later reads come from here. `_id` is the cycle id. */
const resultsSnapshotSchema = new Schema(
  {
    _id: { type: String, required: true },
    computedAt: { type: Date, required: true },
    results: { type: [Schema.Types.Mixed], default: [] },
    /** The hash of the cycle's frozen rules the results were computed under (cycle-rules.ts). */
    rulesHash: { type: String },
  },
  { versionKey: false },
);
export const EvaluationResults = mongoose.model('EvaluationResults', resultsSnapshotSchema, 'evaluation_results');

/**
 * The live results' read model: one secretary's score tallies by source and online resident scores
 * per minute, with the version of that secretary's scores they were computed from
 * (server/modules/evaluation/tallies.ts). `_id` "<cycle>:<secretary>".
 */
const tallySchema = new Schema(
  {
    _id: { type: String, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    secretaryId: { type: Schema.Types.ObjectId, required: true },
    version: { type: String, required: true },
    tallies: { type: Schema.Types.Mixed, required: true },
    /** [{ minute, count }] (an array kept as written: it is only ever replaced whole). */
    residentMinutes: { type: Schema.Types.Mixed, default: [] },
    /** [{ kind: 'address' | 'batch', key, count }]: the largest groups of online scores by address and by code batch. */
    residentClusters: { type: Schema.Types.Mixed, default: [] },
  },
  { versionKey: false, minimize: false },
);
tallySchema.index({ cycleId: 1 });
export type TallyDoc = InferSchemaType<typeof tallySchema> & { _id: string };
export const EvaluationTally = mongoose.model('EvaluationTally', tallySchema, 'evaluation_tallies');

/**
 * One secretary's anomaly flags in an open cycle as the evaluation-anomalies job last computed them
 * (server/modules/evaluation/anomalies.service.ts), `_id` "<cycle>:<secretary>": rewritten only when
 * the flags change, so `computedAt` is when this list was computed. `flags: []` means checked, none.
 */
const anomalySchema = new Schema(
  {
    _id: { type: String, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    secretaryId: { type: Schema.Types.ObjectId, required: true },
    flags: { type: Schema.Types.Mixed, default: [] },
    computedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
anomalySchema.index({ cycleId: 1 });
export type AnomalyDoc = { _id: string; cycleId: mongoose.Types.ObjectId; secretaryId: mongoose.Types.ObjectId; flags: Anomaly[]; computedAt: Date };
export const EvaluationAnomaly = mongoose.model('EvaluationAnomaly', anomalySchema, 'evaluation_anomalies');

/** The latest run of the evaluation-anomalies job over a cycle, `_id` the cycle id: how fresh its stored flags are. */
const anomalyCheckSchema = new Schema(
  {
    _id: { type: String, required: true },
    computedAt: { type: Date, required: true },
    secretaries: { type: Number, required: true },
    flagged: { type: Number, required: true },
  },
  { versionKey: false },
);
export type AnomalyCheckDoc = InferSchemaType<typeof anomalyCheckSchema> & { _id: string };
export const EvaluationAnomalyCheck = mongoose.model('EvaluationAnomalyCheck', anomalyCheckSchema, 'evaluation_anomaly_checks');
