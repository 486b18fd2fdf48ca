import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { storedPhotoSchema } from './stored-photo.schema.js';

export const CASE_VISIBILITIES = ['public', 'staff'] as const;
export type CaseVisibility = (typeof CASE_VISIBILITIES)[number];

/** 专家点评: an expert's review of a case, signed by name and title. */
const reviewSchema = new Schema(
  {
    reviewerName: { type: String, required: true },
    reviewerTitle: { type: String, default: '' },
    text: { type: String, required: true },
    reviewedAt: { type: Date, required: true },
  },
  { _id: false },
);

/**
 * 案例 (分类项目联享): a finished first-thing project an admin marked as a case to learn from. One
 * case per project (the unique index on projectId decides racing marks). Category, street,
 * community, year and title are copied from the project when it is marked, so the case library is
 * searched by equality on its own keys and does not change when the project does.
 */
const caseSchema = new Schema(
  {
    projectId: { type: Schema.Types.ObjectId, ref: 'Project', required: true },
    title: { type: String, required: true },
    categoryKey: { type: String, required: true },
    communityId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', required: true },
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    /** The Shanghai year the project was finished (cases.rules.ts `caseYear`). */
    year: { type: Number, required: true },
    summary: { type: String, required: true },
    whatWorked: { type: String, default: '' },
    problemsMet: { type: String, default: '' },
    /** In the GridFS bucket `case_photos` (server/modules/cases/photos.ts). */
    photos: { type: [storedPhotoSchema], default: [] },
    review: { type: reviewSchema, default: null },
    /** public: anyone, on the public pages too; staff: logged-in secretaries and admins only. */
    visibility: { type: String, enum: CASE_VISIBILITIES, default: 'staff' },
    markedById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    markedAt: { type: Date, required: true },
  },
  { timestamps: true },
);
caseSchema.index({ projectId: 1 }, { unique: true });
// Searches are equality on these keys (a reader who sees only public cases adds visibility), newest year first.
caseSchema.index({ visibility: 1, year: -1 });
caseSchema.index({ categoryKey: 1, year: -1 });
caseSchema.index({ streetId: 1, year: -1 });
caseSchema.index({ year: -1 });
export type CaseDoc = InferSchemaType<typeof caseSchema> & { _id: mongoose.Types.ObjectId; createdAt: Date; updatedAt: Date };
export const Case = mongoose.model('Case', caseSchema, 'cases');

/** 最妥一件事 of a year: an ordered selection of that year's public cases; `_id` is the year. */
const bestCasesSchema = new Schema(
  {
    _id: { type: Number, required: true },
    caseIds: { type: [Schema.Types.ObjectId], default: [] },
    updatedById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  },
  { timestamps: true },
);
export type BestCasesDoc = InferSchemaType<typeof bestCasesSchema> & { _id: number; updatedAt: Date };
export const BestCases = mongoose.model('BestCases', bestCasesSchema, 'best_cases');
