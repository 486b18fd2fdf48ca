import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** One resident's vote on a project in a cycle: `_id` "<cycle>:<projectId>:<voterHash>", so a repeat replaces. */
const projectVoteSchema = new Schema(
  {
    _id: { type: String, required: true },
    cycle: { type: String, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    voterHash: { type: String, required: true },
    score: { type: Number, required: true },
    /** How the resident was identified: phone (unverified number), sms (verified phone), code (voting code). */
    via: { type: String },
    /** A voting code's community, for reporting. */
    communityId: { type: Schema.Types.ObjectId },
  },
  { timestamps: true, versionKey: false },
);
projectVoteSchema.index({ cycle: 1, projectId: 1 });
projectVoteSchema.index({ voterHash: 1 }); // a resident's own votes (GET /public/my-votes)
export type ProjectVoteDoc = InferSchemaType<typeof projectVoteSchema>;
export const ProjectVote = mongoose.model('ProjectVote', projectVoteSchema, 'project_votes');

/** A batch of paper votes entered by staff: `count` ballots adding up to `total` points. Append-only. */
const offlineVoteSchema = new Schema(
  {
    cycle: { type: String, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    count: { type: Number, required: true },
    total: { type: Number, required: true },
    enteredById: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
offlineVoteSchema.index({ cycle: 1 });
export const OfflineVoteBatch = mongoose.model('OfflineVoteBatch', offlineVoteSchema, 'project_votes_offline');
