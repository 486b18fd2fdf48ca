import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { versionedWrites } from './versioned.plugin.js';

export const MENTORSHIP_STATUSES = ['active', 'ended'] as const;

const mentorshipSchema = new Schema(
  {
    mentorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    menteeId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    // The mentee's street and district, copied at pairing so listings filter by equality.
    streetId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    districtId: { type: Schema.Types.ObjectId, ref: 'OrgUnit', default: null },
    cohort: { type: String, required: true },
    startDate: { type: Date, required: true },
    status: { type: String, enum: MENTORSHIP_STATUSES, default: 'active' },
    /** The capacity slot this pair holds while active (see MentorSlot). */
    slot: { type: Number, required: true },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    endedAt: { type: Date, default: null },
    endReason: { type: String, default: null },
    endedById: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  },
  { timestamps: true },
);
mentorshipSchema.index({ mentorId: 1, status: 1 });
mentorshipSchema.index({ menteeId: 1, status: 1 });
mentorshipSchema.index({ streetId: 1, status: 1 });

export type MentorshipDoc = InferSchemaType<typeof mentorshipSchema> & { _id: mongoose.Types.ObjectId };
mentorshipSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const Mentorship = mongoose.model('Mentorship', mentorshipSchema, 'mentorships');

/**
 * One document per occupied place of a mentor: `_id` is "<mentorId>:<k>", k = 1..capacity.
 * Inserting it is the atomic claim (FerretDB updates are not atomic; unique `_id` inserts are).
 */
const mentorSlotSchema = new Schema(
  {
    _id: { type: String, required: true },
    mentorId: { type: Schema.Types.ObjectId, required: true },
    mentorshipId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
export const MentorSlot = mongoose.model('MentorSlot', mentorSlotSchema, 'mentor_slots');

/** "At most one active mentor per mentee": `_id` is the mentee's id, inserted on pairing, deleted on end. */
const menteeLockSchema = new Schema(
  {
    _id: { type: String, required: true },
    mentorshipId: { type: Schema.Types.ObjectId, required: true },
  },
  { timestamps: { createdAt: true, updatedAt: false }, versionKey: false },
);
menteeLockSchema.plugin(versionedWrites); // its reads are cached per version (server/db/versioned-cache.ts)
export const MenteeLock = mongoose.model('MenteeLock', menteeLockSchema, 'mentee_locks');

export const NOTE_KINDS = ['visit', 'call', 'training', 'other'] as const;

const coachingNoteSchema = new Schema(
  {
    mentorshipId: { type: Schema.Types.ObjectId, ref: 'Mentorship', required: true },
    authorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    date: { type: Date, required: true },
    kind: { type: String, enum: NOTE_KINDS, required: true },
    note: { type: String, required: true },
  },
  { timestamps: true },
);
coachingNoteSchema.index({ mentorshipId: 1, date: -1 });
export type CoachingNoteDoc = InferSchemaType<typeof coachingNoteSchema> & { _id: mongoose.Types.ObjectId };
export const CoachingNote = mongoose.model('CoachingNote', coachingNoteSchema, 'coaching_notes');
