import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { versionedWrites } from './versioned.plugin.js';

export const WHISTLE_STATUSES = ['open', 'accepted', 'in_progress', 'resolved', 'rejected'] as const;
export const RESPONSE_STATUSES = ['accepted', 'in_progress', 'resolved', 'rejected'] as const;
export const CLOSED_WHISTLE_STATUSES: Array<(typeof WHISTLE_STATUSES)[number]> = ['resolved', 'rejected'];

/** 街乡吹哨、部门报到: a stuck project escalated to a department user, who must answer by the due date. */
const whistleSchema = new Schema(
  {
    projectId: { type: Schema.Types.ObjectId, ref: 'Project', required: true },
    ownerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    communityId: { type: Schema.Types.ObjectId, default: null },
    streetId: { type: Schema.Types.ObjectId, default: null },
    departmentId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    problem: { type: String, required: true },
    dueDate: { type: Date, required: true },
    status: { type: String, enum: WHISTLE_STATUSES, default: 'open' },
    responses: {
      type: [{ _id: false, status: String, note: String, authorId: Schema.Types.ObjectId, at: Date }],
      default: [],
    },
    firstResponseAt: { type: Date, default: null },
    closedAt: { type: Date, default: null },
    /** Set by the whistle-watch job the first time it finds the whistle overdue. */
    overdueSince: { type: Date, default: null },
    /**
     * How many changes (responses, the overdue stamp) have been written. Change n+1 is decided by
     * inserting the transition "whistle:<id>#<n+1>" and written on top of state n, so a response and
     * the watch job never overwrite each other (FerretDB rewrites the whole document on update).
     */
    changeSeq: { type: Number, default: 0 },
  },
  { timestamps: true },
);
whistleSchema.index({ departmentId: 1, status: 1 });
whistleSchema.index({ projectId: 1 });
whistleSchema.plugin(versionedWrites); // its lists are cached per version (server/db/versioned-cache.ts)
export type WhistleDoc = InferSchemaType<typeof whistleSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date };
export const Whistle = mongoose.model('Whistle', whistleSchema, 'whistles');

export const isClosedWhistleStatus = (status: string) => (CLOSED_WHISTLE_STATUSES as string[]).includes(status);
