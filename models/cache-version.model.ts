import mongoose, { Schema } from 'mongoose';

/**
 * A token rewritten after every write to some data (`_id` names it, e.g. "evaluation:<cycleId>"),
 * so an answer computed from that data can be cached until the token changes.
 */
const cacheVersionSchema = new Schema({ _id: { type: String, required: true }, version: { type: String, required: true } }, { versionKey: false });
export const CacheVersion = mongoose.model('CacheVersion', cacheVersionSchema, 'cache_versions');
