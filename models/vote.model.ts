import mongoose, { Schema, type InferSchemaType } from 'mongoose';

/** One resident's vote on a project in a cycle: `_id` "<cycle>:<projectId>:<voterHash>", so a repeat replaces. */
const projectVoteSchema = new Schema(
  {
    _id: { type: String, required: true },
    cycle: { type: String, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    voterHash: { type: String, required: true },
    score: { type: Number, required: true },
  },
  { timestamps: true, versionKey: false },
);
projectVoteSchema.index({ cycle: 1, projectId: 1 });
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
