import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { versionedWrites } from './versioned.plugin.js';

/** The six configurable categories of first-thing projects; `_id` is the key, names are data. */
const projectCategorySchema = new Schema(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    order: { type: Number, default: 0 },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);
export type ProjectCategoryDoc = InferSchemaType<typeof projectCategorySchema> & { _id: string };
projectCategorySchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const ProjectCategory = mongoose.model('ProjectCategory', projectCategorySchema, 'project_categories');

export const PROJECT_STATUSES = ['active', 'done', 'paused', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

const milestoneSchema = new Schema({ title: { type: String, required: true }, dueDate: { type: Date, required: true } });

const projectSchema = new Schema(
  {
    ownerId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    communityId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', required: true },
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    title: { type: String, required: true },
    categoryKey: { type: String, required: true },
    goal: { type: String, required: true },
    startDate: { type: Date, required: true },
    // Done state lives in MilestoneDone (insert-once), not here: no read-modify-write of this array.
    milestones: { type: [milestoneSchema], default: [] },
    status: { type: String, enum: PROJECT_STATUSES, default: 'active' },
    statusHistory: {
      type: [{ _id: false, from: String, to: String, reason: String, byId: Schema.Types.ObjectId, at: Date }],
      default: [],
    },
    /** Latest reported progress, for boards and the monthly assessment. */
    percent: { type: Number, default: 0 },
    lastProgressAt: { type: Date, default: null },
  },
  { timestamps: true },
);
projectSchema.index({ ownerId: 1 });
projectSchema.index({ streetId: 1, status: 1 });
projectSchema.index({ categoryKey: 1, status: 1 });
export type ProjectDoc = InferSchemaType<typeof projectSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
projectSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const Project = mongoose.model('Project', projectSchema, 'projects');

/** "One open first-thing project per secretary": `_id` is the owner's id; released when done or cancelled. */
const projectLockSchema = new Schema(
  { _id: { type: String, required: true }, projectId: { type: Schema.Types.ObjectId, required: true } },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
export const ProjectLock = mongoose.model('ProjectLock', projectLockSchema, 'project_locks');

const progressSchema = new Schema(
  {
    projectId: { type: Schema.Types.ObjectId, ref: 'Project', required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    date: { type: Date, required: true },
    note: { type: String, required: true },
    percent: { type: Number, required: true },
    milestoneId: { type: Schema.Types.ObjectId, default: null },
    milestoneDone: { type: Boolean, default: false },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
progressSchema.index({ projectId: 1, date: -1 });
export type ProgressDoc = InferSchemaType<typeof progressSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date };
export const ProjectProgress = mongoose.model('ProjectProgress', progressSchema, 'project_progress');

/** A milestone is done once: `_id` "<projectId>:<milestoneId>". */
const milestoneDoneSchema = new Schema(
  {
    _id: { type: String, required: true },
    projectId: { type: Schema.Types.ObjectId, required: true },
    milestoneId: { type: Schema.Types.ObjectId, required: true },
    progressId: { type: Schema.Types.ObjectId, required: true },
    doneAt: { type: Date, required: true },
  },
  { versionKey: false },
);
milestoneDoneSchema.index({ projectId: 1 });
export type MilestoneDoneDoc = InferSchemaType<typeof milestoneDoneSchema>;
export const MilestoneDone = mongoose.model('MilestoneDone', milestoneDoneSchema, 'milestones_done');

const commentSchema = new Schema(
  {
    projectId: { type: Schema.Types.ObjectId, ref: 'Project', required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    note: { type: String, required: true },
    progressId: { type: Schema.Types.ObjectId, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
commentSchema.index({ projectId: 1 });
export type CommentDoc = InferSchemaType<typeof commentSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date };
export const ProjectComment = mongoose.model('ProjectComment', commentSchema, 'project_comments');
