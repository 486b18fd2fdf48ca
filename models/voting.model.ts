import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/**
 * One door-to-door voting code (投票码): `_id` is the HMAC of the code (server/lib/voting-codes.ts),
 * so a vote looks its code up by `_id` and the code itself is stored nowhere. A code votes for any
 * secretary and project of its cycle; its community is kept for reporting.
 */
const votingCodeSchema = new Schema(
  {
    _id: { type: String, required: true },
    cycleId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, required: true },
    batchId: { type: Schema.Types.ObjectId, required: true },
  },
  { versionKey: false },
);
votingCodeSchema.index({ batchId: 1 });
export type VotingCodeDoc = InferSchemaType<typeof votingCodeSchema> & { _id: string };
export const VotingCode = mongoose.model('VotingCode', votingCodeSchema, 'voting_codes');

/** Who generated how many codes for which community and when (a retried generation is simply another batch). */
const votingCodeBatchSchema = new Schema(
  {
    cycleId: { type: Schema.Types.ObjectId, required: true },
    communityId: { type: Schema.Types.ObjectId, required: true },
    count: { type: Number, required: true },
    byId: { type: Schema.Types.ObjectId, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
votingCodeBatchSchema.index({ cycleId: 1 });
export type VotingCodeBatchDoc = InferSchemaType<typeof votingCodeBatchSchema> & { _id: mongoose.Types.ObjectId };
export const VotingCodeBatch = mongoose.model('VotingCodeBatch', votingCodeBatchSchema, 'voting_code_batches');

/**
 * A phone verification code sent by SMS: `_id` "<phone hash>:<minute since the epoch>", so a second
 * send to one phone within a minute is a duplicate key under any concurrency. Only an HMAC of the
 * code is kept. Attempts and the one use are claimed in rate_slots (phone-verification.service.ts).
 */
const phoneChallengeSchema = new Schema(
  {
    _id: { type: String, required: true },
    phoneHash: { type: String, required: true },
    codeHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
phoneChallengeSchema.index({ expiresAt: 1 });
export type PhoneChallengeDoc = InferSchemaType<typeof phoneChallengeSchema> & { _id: string };
export const PhoneChallenge = mongoose.model('PhoneChallenge', phoneChallengeSchema, 'phone_challenges');
