import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { storedPhotoSchema } from './stored-photo.schema.js';

export const CLAIM_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * 积分申请: a member asks for points for something the secretary did not see (volunteer hours, a
 * study session elsewhere). Not to be confused with the unique-insert "claims" of server/lib/claims.ts.
 * The decision is the transition "points-claim:<id>:decided" (one approve or reject wins); `status`
 * and the decision fields are written after it. An approval the ledger refused (a cap reached, a
 * closed month) is undone and noted in `refusal`: the claim stays pending.
 */
const pointsClaimSchema = new Schema(
  {
    memberId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    displayName: { type: String, required: true },
    communityId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', required: true },
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    ruleKey: { type: String, required: true },
    ruleName: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    /** Shanghai month of occurredAt. */
    month: { type: String, required: true },
    quantity: { type: Number, required: true },
    description: { type: String, required: true },
    /** In the GridFS bucket `claim_photos` (server/modules/point-claims/photos.ts). */
    photos: { type: [storedPhotoSchema], default: [] },
    /** When the member sent it, on the service's clock: lists are newest first by it, reminders count from it. */
    submittedAt: { type: Date, required: true },
    status: { type: String, enum: CLAIM_STATUSES, default: 'pending' },
    decidedAt: { type: Date, default: null },
    decidedById: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    /** Why it was rejected. */
    reason: { type: String, default: null },
    /** The ledger entry of an approved claim. */
    entryId: { type: Schema.Types.ObjectId, default: null },
    points: { type: Number, default: null },
    /** The last approval the ledger refused: { code, message, at, byId }. */
    refusal: { type: Schema.Types.Mixed, default: null },
  },
  { timestamps: true },
);
// Lists are equality on these keys, newest first (a member's own; a community's; all of one status).
pointsClaimSchema.index({ memberId: 1, status: 1, submittedAt: -1 });
pointsClaimSchema.index({ communityId: 1, status: 1, submittedAt: -1 });
pointsClaimSchema.index({ status: 1, submittedAt: -1 });
export type PointsClaimDoc = InferSchemaType<typeof pointsClaimSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
export const PointsClaim = mongoose.model('PointsClaim', pointsClaimSchema, 'points_claims');
