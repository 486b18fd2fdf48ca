import mongoose, { Schema } from 'mongoose';

/** The votes behind a project's popularity score, as frozen with the list. */
export interface FrozenVotes {
  total: number;
  online: { count: number; sum: number };
  offline: { count: number; total: number };
  average: number | null;
}

/**
 * One candidate as frozen into an award list: public labels and the score, never contact data.
 * Lists published before project lists existed stored `secretaryId` instead of `candidateId`
 * (award-state.ts reads both).
 */
export interface AwardCandidate {
  /** The secretary's id (最美书记) or the project's id (最受群众欢迎项目). */
  candidateId: string;
  /** The secretary's name, or the project's title. */
  displayName: string;
  streetId: string | null;
  streetName: string | null;
  communityName: string | null;
  /** The ranking score: the secretary's final score, or the project's popularity score. */
  final: number;
  /** The place group: "district", or the street's id under street quotas. */
  group: string;
  /** Projects only. */
  votes?: FrozenVotes;
}

/** A place (名额) and who holds it, with the notice (公示) that announced them. */
export interface AwardHolder {
  place: number;
  candidateId: string;
  group: string;
  noticeId: string;
}

/** What a project list was ranked from, frozen when it was published (votes after that change nothing). */
export interface FrozenRanking {
  /** The votes' cycle: the evaluation cycle's year. */
  votesCycle: string;
  formula: string;
  /** The district-wide mean score m of the formula. */
  mean: number;
  minVotes: number;
  /** Projects with votes but fewer than `minVotes`, in the ranking's order. */
  excluded: Array<{ candidateId: string; displayName: string; final: number; votes: number; reason: string }>;
}

/**
 * A cycle's list of one honour, frozen when an admin publishes it: 最美书记 (`kind` "secretary", from
 * the frozen results) or 最受群众欢迎项目 ("project", from the popularity ranking at that moment, kept
 * in `ranking`). The eligible candidates in the documented order (`pool`: the holders and those next
 * in line), the places, and how notices are timed. `key` "<cycleId>:<kind>" is unique: one list of
 * each kind per cycle. Everything
 * that happens later (removals, replacements) is a new notice (AwardNotice), never an update of this
 * document.
 */
const awardListSchema = new Schema(
  {
    key: { type: String, required: true, unique: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, enum: ['secretary', 'project'], required: true },
    rulesHash: { type: String, required: true },
    total: { type: Number, required: true },
    quotaMode: { type: String, required: true },
    quotas: { type: Schema.Types.Mixed, default: null },
    pool: { type: Schema.Types.Mixed, default: [] },
    unfilled: { type: Schema.Types.Mixed, default: [] },
    noticeWorkingDays: { type: Number, required: true },
    holidays: { type: [String], default: [] },
    ranking: { type: Schema.Types.Mixed, default: null },
    byId: { type: Schema.Types.ObjectId, required: true },
    publishedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
export interface AwardListDoc {
  _id: mongoose.Types.ObjectId;
  key: string;
  cycleId: mongoose.Types.ObjectId;
  kind: 'secretary' | 'project';
  rulesHash: string;
  total: number;
  quotaMode: string;
  quotas: unknown;
  pool: AwardCandidate[];
  unfilled: Array<{ group: string; quota: number; filled: number }>;
  noticeWorkingDays: number;
  holidays: string[];
  /** Project lists: the frozen ranking's basis and who fell below the minimum votes. */
  ranking?: FrozenRanking | null;
  byId: mongoose.Types.ObjectId;
  publishedAt: Date;
}
export const AwardList = mongoose.model('AwardList', awardListSchema, 'award_lists');

/**
 * A 公示 and the list's state after it, as a chain: notice n+1 is inserted under `seq`
 * "<listId>#<n+1>" (unique), so of two changes racing from notice n exactly one lands and the other
 * retries from the new state. Notice 1 announces every place; a later one announces the place an
 * upheld objection freed (`removal`) and who takes it (or nobody, when no one eligible is left).
 */
const awardNoticeSchema = new Schema(
  {
    seq: { type: String, required: true, unique: true },
    listId: { type: Schema.Types.ObjectId, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    n: { type: Number, required: true },
    /** The places this notice announces: [{ place, candidateId }]. */
    places: { type: Schema.Types.Mixed, default: [] },
    /** Every place's holder after this notice (AwardHolder[]). */
    holders: { type: Schema.Types.Mixed, default: [] },
    removal: { type: Schema.Types.Mixed, default: null },
    startsAt: { type: Date, required: true },
    lastDay: { type: String, required: true },
    endsAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
awardNoticeSchema.index({ listId: 1 });
export interface AwardNoticeDoc {
  _id: mongoose.Types.ObjectId;
  seq: string;
  listId: mongoose.Types.ObjectId;
  cycleId: mongoose.Types.ObjectId;
  n: number;
  places: Array<{ place: number; candidateId: string }>;
  holders: AwardHolder[];
  removal: { candidateId: string; place: number; objectionId: string } | null;
  startsAt: Date;
  lastDay: string;
  endsAt: Date;
}
export const AwardNotice = mongoose.model('AwardNotice', awardNoticeSchema, 'award_notices');

/**
 * An objection (异议) to a candidate during their notice. `name` and `contact` are optional and for
 * the investigators only: no public answer carries them. The decision is the transition
 * "award-objection:<id>:decided" (server/db/transitions.ts).
 */
const awardObjectionSchema = new Schema(
  {
    listId: { type: Schema.Types.ObjectId, required: true },
    noticeId: { type: Schema.Types.ObjectId, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    candidateId: { type: String, required: true },
    reason: { type: String, required: true },
    name: { type: String, default: null },
    contact: { type: String, default: null },
    submittedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
awardObjectionSchema.index({ listId: 1 });
export interface AwardObjectionDoc {
  _id: mongoose.Types.ObjectId;
  listId: mongoose.Types.ObjectId;
  noticeId: mongoose.Types.ObjectId;
  cycleId: mongoose.Types.ObjectId;
  candidateId: string;
  reason: string;
  name: string | null;
  contact: string | null;
  submittedAt: Date;
}
export const AwardObjection = mongoose.model('AwardObjection', awardObjectionSchema, 'award_objections');
