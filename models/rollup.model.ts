import mongoose, { Schema } from 'mongoose';

const rankSchema = { _id: false, rank: Number, of: Number };

/** A member's net points in a month: `_id` "<month>:<memberId>" (a year's are its months' added up when read). Written only by points-rollup. */
const memberTotalSchema = new Schema(
  {
    _id: { type: String, required: true },
    period: { type: String, required: true },
    memberId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, default: null },
    streetId: { type: Schema.Types.ObjectId, default: null },
    districtId: { type: Schema.Types.ObjectId, default: null },
    points: { type: Number, required: true },
    /** Only on totals written before ranks were read from PointsRankCounts (each member's rank moved with everyone else's points). */
    ranks: { community: rankSchema, street: rankSchema, district: rankSchema },
  },
  { versionKey: false },
);
export interface MemberTotalDoc {
  _id: string;
  period: string;
  memberId: mongoose.Types.ObjectId;
  communityId: mongoose.Types.ObjectId | null;
  streetId: mongoose.Types.ObjectId | null;
  points: number;
  ranks?: Record<'community' | 'street' | 'district', { rank: number; of: number }>;
}
// The rollup reads, replaces and derives years from whole periods.
memberTotalSchema.index({ period: 1 });
export const PointsMemberTotal = mongoose.model('PointsMemberTotal', memberTotalSchema, 'points_member_totals');

/**
 * A scope's leaderboard for a period, in pages of LEADERBOARD_PAGE: page 1 is `_id` "<period>:<scope>",
 * page k "<period>:<scope>#k"; scope "district" | "street:<id>" | "community:<id>". Small pages
 * because FerretDB decodes a whole document per read (≈16 ms for 500 ranked rows, ≈3 ms for 50).
 */
const leaderboardSchema = new Schema(
  {
    _id: { type: String, required: true },
    period: { type: String, required: true },
    scope: { type: String, required: true },
    /** How many members have points in the scope; `items` holds this page of the top ones. */
    of: { type: Number, required: true },
    page: { type: Number, default: 1 },
    items: { type: [{ _id: false, memberId: Schema.Types.ObjectId, points: Number, rank: Number }], default: [] },
  },
  { versionKey: false },
);
export interface LeaderboardDoc {
  _id: string;
  period: string;
  scope: string;
  of: number;
  page: number;
  items: Array<{ memberId: mongoose.Types.ObjectId; points: number; rank: number }>;
}
leaderboardSchema.index({ period: 1 });
export const PointsLeaderboard = mongoose.model('PointsLeaderboard', leaderboardSchema, 'points_leaderboards');

/**
 * A scope's ranking in a period as counts (points.rules.ts rankCounts): `_id` "<period>:<scope>",
 * the distinct net totals highest first and how many members have each. A member's rank is read from
 * it with their stored total, so an hourly run rewrites only the totals that changed. Written only by
 * points-rollup.
 */
const rankCountsSchema = new Schema(
  {
    _id: { type: String, required: true },
    period: { type: String, required: true },
    scope: { type: String, required: true },
    points: { type: [Number], default: [] },
    counts: { type: [Number], default: [] },
  },
  { versionKey: false },
);
rankCountsSchema.index({ period: 1 });
export interface RankCountsDoc { _id: string; period: string; scope: string; points: number[]; counts: number[] }
export const PointsRankCounts = mongoose.model('PointsRankCounts', rankCountsSchema, 'points_rank_counts');

/**
 * A period's net points per member in one document (`_id` the month or year), as two parallel
 * arrays: the rollup brings a month and a year forward from them, and tells which member totals
 * changed without reading those (one document of 20,000 numbers decodes in a fraction of the time
 * of 20,000 member-total documents on FerretDB). Written only by points-rollup.
 */
const periodSumsSchema = new Schema(
  {
    _id: { type: String, required: true },
    memberIds: { type: [String], default: [] },
    points: { type: [Number], default: [] },
    /** The sums hold every entry of the month created up to this time … */
    through: { type: Date },
    /** … and these entries created after it (the next run adds only what is in neither). */
    recent: { type: [String], default: undefined },
    /** The accounts' version the period's member totals were written with, and whether they all were. */
    placements: { type: String, default: null },
    totalsSynced: { type: Boolean, default: false },
    /** A year's: month → the `through` of the month's sums it adds; pending while a run rewrites its months. */
    parts: { type: Schema.Types.Mixed, default: undefined },
    pending: { type: Boolean, default: undefined },
  },
  { versionKey: false },
);
export const PointsPeriodSums = mongoose.model('PointsPeriodSums', periodSumsSchema, 'points_period_sums');

/** The rollup's progress: ledger entries created before the watermark are reflected in the rollups. */
const rollupStateSchema = new Schema(
  { _id: { type: String, required: true }, watermark: { type: Date, default: null } },
  { versionKey: false },
);
export const RollupState = mongoose.model('RollupState', rollupStateSchema, 'points_rollup_state');
