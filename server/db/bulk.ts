import type { Model } from 'mongoose';
import { isDuplicateKeyError } from '../lib/errors.js';

const BATCH = 1000;
/** Ids per `deleteMany` in syncDocsById: each call is a scan on FerretDB/SQLite, and FerretDB binds every id as one SQLite variable (at most 32,766). */
const DELETE_BATCH = 20_000;

/** The write errors of a failed bulk write when every one is a duplicate key; otherwise null. */
function duplicateKeyWriteErrors(err: unknown): Array<{ index: number }> | null {
  const writeErrors = (err as { writeErrors?: Array<{ index: number; code?: number; errmsg?: string }> }).writeErrors ?? [];
  return writeErrors.length > 0 && writeErrors.every((w) => isDuplicateKeyError({ code: w.code, message: w.errmsg })) ? writeErrors : null;
}

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
        const duplicates = duplicateKeyWriteErrors(err);
        if (!duplicates) throw err;
        pending = duplicates.map((w) => pending[w.index]);
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

/**
 * Makes the documents matching `scope` exactly `docs` (keyed by `_id`), writing only what differs:
 * one read of the scope, one `deleteMany` (scope + `_id` `$in`) for changed and vanished documents,
 * `insertMany` for changed and new ones. On FerretDB/SQLite every update and every delete scans the
 * collection, even by `_id` (measured at 100k documents: `deleteOne({_id})` 0.62 s, a `deleteMany`
 * with 1,000 ids 6.6 s, `insertMany` of 10,000 0.18 s), so the number of delete calls is what
 * counts. Re-running with the same docs writes nothing. A reader may miss a changed document for the
 * moment between the delete and the insert. `docs` must be complete raw documents (no mongoose
 * defaults are applied). A concurrent writer that inserted the same `_id` first wins the insert
 * (both computed it from the ledger).
 */
export async function syncDocsById(model: Model<any>, scope: Record<string, unknown>, docs: Array<{ _id: string }>): Promise<void> {
  const collection = model.collection;
  const existing = new Map<string, string>();
  for (const d of await collection.find(scope).toArray()) existing.set(String(d._id), JSON.stringify(d));
  const wanted = new Set(docs.map((d) => d._id));
  const changed = docs.filter((d) => existing.get(d._id) !== JSON.stringify(d));
  const toDelete = [...changed.map((d) => d._id).filter((id) => existing.has(id)), ...[...existing.keys()].filter((id) => !wanted.has(id))];
  for (let i = 0; i < toDelete.length; i += DELETE_BATCH) {
    await collection.deleteMany({ ...scope, _id: { $in: toDelete.slice(i, i + DELETE_BATCH) } } as never);
  }
  for (let i = 0; i < changed.length; i += BATCH) {
    try {
      await collection.insertMany(changed.slice(i, i + BATCH) as never[], { ordered: false });
    } catch (err) {
      if (!duplicateKeyWriteErrors(err)) throw err;
    }
  }
}
