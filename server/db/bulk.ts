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
 * Update statements per command. Stock FerretDB 1.24.2 keeps each matched statement's rows open
 * until its whole update command ends, holding one of its SQLite pool's 100 connections each, and
 * the 101st statement of one command then waits forever (our build closes them as it goes: patch 0006).
 */
export const UPDATES_PER_COMMAND = 50;

/** `model.bulkWrite(ops)` sent as commands of at most UPDATES_PER_COMMAND statements; each command's result in order. */
export async function bulkWriteInChunks(model: Model<any>, ops: Parameters<Model<any>['bulkWrite']>[0], options: Parameters<Model<any>['bulkWrite']>[1]) {
  const results = [];
  for (let i = 0; i < ops.length; i += UPDATES_PER_COMMAND) results.push(await model.bulkWrite(ops.slice(i, i + UPDATES_PER_COMMAND), options));
  return results;
}

/** Up to this many documents, replaceAllById upserts each; above, it deletes the batch's ids and inserts it. */
const UPSERT_MAX = 3;
/** Ids per delete-and-insert batch in replaceAllById: FerretDB binds each id as one SQLite variable (at most 32,766). */
const REPLACE_BATCH = 10_000;

/**
 * Replaces (or inserts) documents by `_id`, through mongoose (casting, validation, timestamps).
 * A few documents are upserted one by one. A larger batch is one `deleteMany` by `_id` and one
 * `insertMany`: on FerretDB/SQLite every upsert scans the collection (its `_id` lookup misses the
 * index), so 10,000 upserts cost 10,000 scans where this costs one. A reader may miss the batch for
 * the moment between the delete and the insert, and a crash there leaves it deleted until the
 * caller runs again (imports and job snapshots are re-runnable). A concurrent writer that inserted
 * one of the ids in between makes the insert fail with a duplicate key; the batch is then upserted.
 */
export async function replaceAllById(model: Model<any>, docs: Array<{ _id: string }>): Promise<void> {
  if (docs.length <= UPSERT_MAX) return upsertEach(model, docs);
  for (let i = 0; i < docs.length; i += REPLACE_BATCH) {
    const batch = docs.slice(i, i + REPLACE_BATCH);
    // Validated before the delete, so an invalid document never leaves the batch half-written.
    const hydrated = batch.map((d) => new model(d));
    await Promise.all(hydrated.map((d) => d.validate()));
    await model.deleteMany({ _id: { $in: batch.map((d) => d._id) } });
    try {
      await model.insertMany(hydrated, { ordered: false });
    } catch (err) {
      if (!duplicateKeyWriteErrors(err)) throw err;
      await upsertEach(model, batch);
    }
  }
}

/**
 * One upsert per document, in bulk writes. Two writers upserting the same new `_id` at once make one
 * insert fail with a duplicate key (on MongoDB too); the document exists by then, so those
 * operations are replayed as replacements.
 */
async function upsertEach(model: Model<any>, docs: Array<{ _id: string }>): Promise<void> {
  for (let i = 0; i < docs.length; i += UPDATES_PER_COMMAND) {
    let pending = docs.slice(i, i + UPDATES_PER_COMMAND);
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
 * Inserts documents of which some may exist already (a unique `_id`): those are left as they are.
 * Answers how many were inserted and how many existed, counting what racing writers inserted first
 * as existing (the unique index decides, on every backend).
 */
export async function insertMissing(model: Model<any>, docs: object[]): Promise<{ inserted: number; existing: number }> {
  let existing = 0;
  for (let i = 0; i < docs.length; i += BATCH) {
    try {
      await model.insertMany(docs.slice(i, i + BATCH), { ordered: false });
    } catch (err) {
      const duplicates = duplicateKeyWriteErrors(err);
      if (!duplicates) throw err;
      existing += duplicates.length;
    }
  }
  return { inserted: docs.length - existing, existing };
}

/**
 * Makes the documents matching `scope` exactly `docs` (keyed by `_id`), writing only what differs:
 * one read of the scope, one `deleteMany` (scope + `_id` `$in`) for changed and vanished documents,
 * `insertMany` for changed and new ones; when more than half of the scope would be deleted, one
 * `deleteMany` of the scope and `insertMany` of all. On FerretDB/SQLite every update and every
 * delete scans the collection, even by `_id` (measured at 100k documents: `deleteOne({_id})` 0.62 s,
 * a `deleteMany` with 1,000 ids 6.6 s, `insertMany` of 10,000 0.18 s), so the number of delete
 * calls is what counts. Re-running with the same docs writes nothing. A reader may miss a changed
 * document for the moment between the delete and the insert. `docs` must be complete raw documents
 * (no mongoose defaults are applied). A concurrent writer that inserted the same `_id` first wins
 * the insert (both computed it from the ledger).
 */
export async function syncDocsById(model: Model<any>, scope: Record<string, unknown>, docs: Array<{ _id: string }>): Promise<void> {
  const existing = new Map<string, string>();
  for (const d of await model.collection.find(scope).toArray()) existing.set(String(d._id), JSON.stringify(d));
  const wanted = new Set(docs.map((d) => d._id));
  const changed = docs.filter((d) => existing.get(d._id) !== JSON.stringify(d));
  const remove = [...changed.map((d) => d._id).filter((id) => existing.has(id)), ...[...existing.keys()].filter((id) => !wanted.has(id))];
  await writeDocsById(model, scope, { remove, insert: changed, all: docs, existing: existing.size });
}

/**
 * The writes of syncDocsById when the caller knows what differs without reading the scope: the ids
 * to `remove` (changed and vanished documents, of `existing` in the scope) and the documents to
 * `insert` (changed and new ones); `all` is the scope's complete new content.
 */
export async function writeDocsById(
  model: Model<any>,
  scope: Record<string, unknown>,
  change: { remove: string[]; insert: Array<{ _id: string }>; all: Array<{ _id: string }>; existing: number },
): Promise<void> {
  const collection = model.collection;
  // When most of the scope goes, deleting the whole scope and inserting every document is cheaper:
  // FerretDB checks an `$in` id by id for each document (documents × ids), an equality only once.
  const wholeScope = change.remove.length > change.existing / 2;
  const toInsert = wholeScope ? change.all : change.insert;
  if (wholeScope) await collection.deleteMany(scope);
  else {
    for (let i = 0; i < change.remove.length; i += DELETE_BATCH) {
      await collection.deleteMany({ ...scope, _id: { $in: change.remove.slice(i, i + DELETE_BATCH) } } as never);
    }
  }
  for (let i = 0; i < toInsert.length; i += BATCH) {
    try {
      await collection.insertMany(toInsert.slice(i, i + BATCH) as never[], { ordered: false });
    } catch (err) {
      if (!duplicateKeyWriteErrors(err)) throw err;
    }
  }
}
