import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { versionedWrites } from './versioned.plugin.js';
import { ROLES } from '../server/lib/actor.js';

export const BEAMS = ['mentor', 'mentee'] as const;
export type Beam = (typeof BEAMS)[number];
/** 新任 → 赋能 → 培优 → 毕业 → 预备大梁 */
export const STAGES = ['new', 'empowered', 'excellent', 'graduated', 'reserve'] as const;
export type Stage = (typeof STAGES)[number];

const stageChangeSchema = new Schema(
  {
    from: { type: String, default: null },
    to: { type: String, required: true },
    reason: { type: String, default: '' },
    override: { type: Boolean, default: false },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    at: { type: Date, required: true },
  },
  { _id: false },
);

const userSchema = new Schema(
  {
    username: { type: String, required: true, unique: true },
    displayName: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    // Not `select: false`: FerretDB rejects the projection mongoose would then add to findOneAndUpdate.
    passwordHash: { type: String, default: null },
    phone: { type: String, default: null },
    orgUnitId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    active: { type: Boolean, default: true },
    /** Signed into every token; replaced (a fresh random value) to end all of the user's sessions. */
    tokenVersion: { type: String, default: null },
    // Secretaries only.
    beam: { type: String, enum: [...BEAMS, null], default: null },
    stage: { type: String, enum: [...STAGES, null], default: null },
    stageHistory: { type: [stageChangeSchema], default: [] },
    /** Per-mentor override of the default capacity. */
    mentorCapacity: { type: Number, default: null },
    /** Project categories a mentor has experience with (used by pairing suggestions). */
    expertise: { type: [String], default: [] },
  },
  { timestamps: true },
);
userSchema.index({ role: 1, orgUnitId: 1 });
userSchema.index({ role: 1, streetId: 1 });

export type UserDoc = InferSchemaType<typeof userSchema> & { _id: mongoose.Types.ObjectId };
userSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const User = mongoose.model('User', userSchema, 'users');
