import mongoose, { Schema, type InferSchemaType } from 'mongoose';

export const RULE_UNITS = ['event', 'hour'] as const;
export const PARTY_DAY_ITEMS = ['lesson', 'film', 'practice'] as const;
export type PartyDayItem = (typeof PARTY_DAY_ITEMS)[number];

/** A points rule; `_id` is its key. Entries copy the points they were awarded, so editing a rule never rewrites history. */
const pointsRuleSchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    points: { type: Number, required: true },
    unit: { type: String, enum: RULE_UNITS, required: true },
    /** Most points one member may earn from this rule in a month; null: no cap. */
    monthlyCap: { type: Number, default: null },
    /** Which item of the monthly themed party day (一月一课一片一实践) this rule records, if any. */
    partyDayItem: { type: String, enum: [...PARTY_DAY_ITEMS, null], default: null },
    active: { type: Boolean, default: true },
    /**
     * Set (never unset) before a rule's first version document is written. Until then the rule's own
     * points, unit and cap are its version 1 from the beginning, and awards read nothing more.
     */
    versioned: { type: Boolean, default: false },
  },
  { timestamps: true },
);
export type PointsRuleDoc = InferSchemaType<typeof pointsRuleSchema> & { _id: string };
export const PointsRule = mongoose.model('PointsRule', pointsRuleSchema, 'points_rules');

/**
 * A version of a rule's points, unit and cap, in force from `effectiveFrom` (a Shanghai day; null:
 * from the beginning). `_id` "<ruleKey>#<version>", inserted at version = latest + 1, so two racing
 * edits get different numbers. An award uses the version with the latest `effectiveFrom` on or
 * before its occurredAt day (the higher version on a tie). A rule's versions are a handful, read by `ruleKey`.
 */
const pointsRuleVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    ruleKey: { type: String, required: true },
    version: { type: Number, required: true },
    effectiveFrom: { type: String, default: null },
    points: { type: Number, required: true },
    unit: { type: String, enum: RULE_UNITS, required: true },
    monthlyCap: { type: Number, default: null },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
pointsRuleVersionSchema.index({ ruleKey: 1 });
export type PointsRuleVersionDoc = InferSchemaType<typeof pointsRuleVersionSchema> & { _id: string; createdAt: Date };
export const PointsRuleVersion = mongoose.model('PointsRuleVersion', pointsRuleVersionSchema, 'points_rule_versions');

/** The append-only ledger. Awards are positive; a revocation is a negative entry linked to its original. */
const pointsEntrySchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    communityId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', required: true },
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    kind: { type: String, enum: ['award', 'revoke'], required: true },
    ruleKey: { type: String, required: true },
    ruleName: { type: String, required: true },
    /** The rule version in force on the occurredAt day (entries written before versions existed: 1). */
    ruleVersion: { type: Number, default: 1 },
    partyDayItem: { type: String, default: null },
    quantity: { type: Number, required: true },
    pointsPerUnit: { type: Number, required: true },
    points: { type: Number, required: true },
    occurredAt: { type: Date, required: true },
    /** Shanghai month / year of occurredAt: equality keys for rollups and views. */
    month: { type: String, required: true },
    year: { type: Number, required: true },
    note: { type: String, default: '' },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    revokesId: { type: Schema.Types.ObjectId, default: null },
    reason: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
pointsEntrySchema.index({ memberId: 1, month: 1 });
pointsEntrySchema.index({ month: 1 });
pointsEntrySchema.index({ communityId: 1, month: 1 });
pointsEntrySchema.index({ createdAt: 1 });
export type PointsEntryDoc = InferSchemaType<typeof pointsEntrySchema> & { _id: mongoose.Types.ObjectId; createdAt: Date };
export const PointsEntry = mongoose.model('PointsEntry', pointsEntrySchema, 'points_entries');

/**
 * An Idempotency-Key claim: `_id` is "<actorId>:<key>", inserted before the entry it names. A claim
 * older than the grace period whose entry is missing was left by a crash and is released (by the
 * claims sweep, which reads each minute's claims once, or by the next replay of the key).
 */
const idempotencyKeySchema = new Schema(
  {
    _id: { type: String, required: true },
    requestHash: { type: String, required: true },
    entryId: { type: Schema.Types.ObjectId, required: true },
    /** The cap chain the award claims room in ("<memberId>:<ruleKey>:<month>"); null when the rule has no cap. */
    capChain: { type: String, default: null },
    /** The UTC minute of createdAt ("2026-11-26T10:05"): the sweep reads the claims of each minute once, by equality. */
    minute: { type: String },
    /** Claims made before minutes existed: false until their entry was seen (the sweep still reads those by it). */
    settled: { type: Boolean },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
idempotencyKeySchema.index({ minute: 1 });
idempotencyKeySchema.index({ settled: 1 });
export type IdempotencyKeyDoc = InferSchemaType<typeof idempotencyKeySchema> & { _id: string; createdAt: Date };
export const IdempotencyKey = mongoose.model('IdempotencyKey', idempotencyKeySchema, 'idempotency_keys');

/** How far the claims sweep has read: every claim of a minute up to `through` was checked once. */
const claimSweepSchema = new Schema({ _id: { type: String, required: true }, through: { type: String, required: true } }, { versionKey: false });
export const ClaimSweep = mongoose.model('ClaimSweep', claimSweepSchema, 'points_claim_sweeps');

/**
 * A member's monthly cap for one rule, as a chain of links: `_id` "<memberId>:<ruleKey>:<month>#<seq>",
 * seq = 1, 2, 3 … Each link adds (an award's claim) or removes (its release) a whole award's points and
 * carries the running total, so inserting link seq+1 is the atomic step that decides whether an award
 * fits: two racing awards cannot both extend the chain from the same total. `key` ("claim:<entryId>" or
 * "release:<entryId>") is unique, so an award is claimed at most once and released at most once.
 */
const capLinkSchema = new Schema(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true, unique: true },
    entryId: { type: Schema.Types.ObjectId, required: true },
    points: { type: Number, required: true },
    total: { type: Number, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
export type CapLinkDoc = InferSchemaType<typeof capLinkSchema> & { _id: string; createdAt: Date };
export const CapLink = mongoose.model('CapLink', capLinkSchema, 'points_cap_links');

/**
 * "Revoked at most once": `_id` is the original entry's id, inserted before the negative entry it
 * names. `settled` turns true once that entry is written and the award's cap room released.
 */
const revocationSchema = new Schema(
  {
    _id: { type: String, required: true },
    revocationId: { type: Schema.Types.ObjectId, required: true },
    settled: { type: Boolean, default: false },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
revocationSchema.index({ settled: 1 });
export const Revocation = mongoose.model('Revocation', revocationSchema, 'points_revocations');

/**
 * A ledger entry written long after its id was minted (a retry finishing a claim left by a crash):
 * the rollup finds new entries by an `_id` range, which would miss it, so the writer notes its month
 * here first and the next run rebuilds that month. `_id` "<month>:<entryId>".
 */
const lateEntrySchema = new Schema(
  { _id: { type: String, required: true }, month: { type: String, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
export const LateLedgerEntry = mongoose.model('LateLedgerEntry', lateEntrySchema, 'points_late_entries');
