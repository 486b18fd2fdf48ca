import type { Model } from 'mongoose';
import { isDuplicateKeyError } from '../lib/errors.js';

const BATCH = 1000;

/**
 * Replaces (or inserts) documents by `_id`, in batches. Two writers upserting the same new `_id`
 * at once make one of the inserts fail with a duplicate key (on MongoDB too); the document exists
 * by then, so those operations are simply replayed as replacements.
 */
export async function replaceAllById(model: Model<any>, docs: Array<{ _id: string }>): Promise<void> {
  for (let i = 0; i < docs.length; i += BATCH) {
    let pending = docs.slice(i, i + BATCH);
    for (let attempt = 0; pending.length && attempt < 3; attempt++) {
      try {
        await model.bulkWrite(pending.map((d) => ({ replaceOne: { filter: { _id: d._id }, replacement: d, upsert: true } })), { ordered: false });
        pending = [];
      } catch (err) {
        const writeErrors = (err as { writeErrors?: Array<{ index: number; code?: number; errmsg?: string }> }).writeErrors ?? [];
        const duplicate = writeErrors.length > 0 && writeErrors.every((w) => isDuplicateKeyError({ code: w.code, message: w.errmsg }));
        if (!duplicate) throw err;
        pending = writeErrors.map((w) => pending[w.index]);
      }
    }
    if (pending.length) throw new Error(`replaceAllById: ${pending.length} documents still conflicting after retries`);
  }
}

/** `$set` on the document with this `_id`, creating it if missing; a lost insert race is replayed as an update. */
export async function upsertSetById(model: Model<any>, _id: string, set: Record<string, unknown>): Promise<void> {
  try {
    await model.updateOne({ _id }, { $set: set }, { upsert: true });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    await model.updateOne({ _id }, { $set: set });
  }
}
