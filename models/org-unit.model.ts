import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { versionedWrites } from './versioned.plugin.js';

export const ORG_LEVELS = ['district', 'street', 'community'] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

const orgUnitSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    level: { type: String, enum: ORG_LEVELS, required: true },
    /** 居委 (residential) or 村委 (village), for communities. */
    kind: { type: String, enum: ['residential', 'village', null], default: null },
    parentId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    // Denormalized ancestors: "which street / district" is one read, never a walk up the tree.
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);
orgUnitSchema.index({ level: 1, parentId: 1 });

export type OrgUnitDoc = InferSchemaType<typeof orgUnitSchema> & { _id: mongoose.Types.ObjectId };
orgUnitSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const OrgUnit = mongoose.model('OrgUnit', orgUnitSchema, 'org_units');
