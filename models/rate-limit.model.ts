import mongoose, { Schema } from 'mongoose';

/**
 * One unit of a fixed-window rate limit: `_id` is "<bucket>#<n>" for n = 1..limit, so the unique
 * `_id` index lets exactly `limit` hits into a window across every process (updates are not atomic
 * on FerretDB; inserts into a unique index are). Expired slots are deleted by the limiter itself
 * (no TTL index: FerretDB 1.24.2 has none).
 */
const rateSlotSchema = new Schema(
  {
    _id: { type: String, required: true },
    /** "<limiter>:<key>:<window start ISO>". */
    bucket: { type: String, required: true },
    slot: { type: Number, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);
rateSlotSchema.index({ bucket: 1 });
rateSlotSchema.index({ expiresAt: 1 });

export const RateSlot = mongoose.model('RateSlot', rateSlotSchema, 'rate_slots');
