import mongoose, { Schema } from 'mongoose';

/**
 * A token rewritten after every write to some data (`_id` names it, e.g. "evaluation:<cycleId>"),
 * so an answer computed from that data can be cached until the token changes.
 */
const cacheVersionSchema = new Schema(
  {
    _id: { type: String, required: true },
    version: { type: String, required: true },
    /** Keys read together (e.g. each secretary's scores in one cycle) share a group, so one indexed query reads them all. */
    group: { type: String },
  },
  { versionKey: false },
);
cacheVersionSchema.index({ group: 1 }, { sparse: true });
export const CacheVersion = mongoose.model('CacheVersion', cacheVersionSchema, 'cache_versions');
