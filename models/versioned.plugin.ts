import { randomUUID } from 'node:crypto';
import type { Schema } from 'mongoose';
import { CacheVersion } from './cache-version.model.js';

const QUERY_WRITES = ['updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'replaceOne', 'findOneAndUpdate', 'findOneAndDelete', 'findOneAndReplace'] as const;

/** The cache-version key of a collection (see server/db/versioned-cache.ts). */
export const collectionKey = (collectionName: string) => `collection:${collectionName}`;

/** The version write in flight per key, and the one queued to start after it. */
const running = new Map<string, Promise<void>>();
const queued = new Map<string, Promise<void>>();

/**
 * Rewrites the version token of the data behind `_id`: answers cached from it before are no longer
 * current. Resolves once a write that started after this call has landed. Calls arriving while one
 * is in flight share a single follow-up write: a burst of writes (120 users created at once) is two
 * updates of the version document, not 120 racing ones.
 */
export function versionChanged(_id: string, group?: string): Promise<void> {
  const waiting = queued.get(_id);
  if (waiting) return waiting;
  const inFlight = running.get(_id);
  if (!inFlight) return startVersionWrite(_id, group);
  const next = inFlight.catch(() => undefined).then(() => {
    queued.delete(_id);
    return startVersionWrite(_id, group);
  });
  queued.set(_id, next);
  return next;
}

function startVersionWrite(_id: string, group?: string): Promise<void> {
  const write = writeVersion(_id, group).finally(() => {
    if (running.get(_id) === write) running.delete(_id);
  });
  running.set(_id, write);
  return write;
}

async function writeVersion(_id: string, group?: string): Promise<void> {
  const set = group ? { version: randomUUID(), group } : { version: randomUUID() };
  try {
    await CacheVersion.updateOne({ _id }, { $set: set }, { upsert: true });
  } catch {
    // Two first writes raced to create it (another process): the other one's token is as new as ours.
    await CacheVersion.updateOne({ _id }, { $set: set });
  }
}

export const collectionChanged = (collectionName: string) => versionChanged(collectionKey(collectionName));

/**
 * Schema plugin for collections whose reads are cached: after every write through the model
 * (documents, queries, insertMany, bulkWrite), successful or not (an unordered insertMany may fail
 * after writing some documents), the collection's version changes. Writes through the raw driver
 * collection do not pass here: their callers call collectionChanged themselves.
 */
export function versionedWrites(schema: Schema): void {
  const name = (model: { collection: { collectionName: string } }) => model.collection.collectionName;
  // A failed version change must not turn a write that happened into an error (the cached answers
  // then age out within their maximum age), so bumps swallow their own errors.
  const bump = (model: { collection: { collectionName: string } }) => collectionChanged(name(model)).catch(() => undefined);
  const ofQuery = function (this: { model: { collection: { collectionName: string } } }) {
    return bump(this.model);
  };
  const ofModel = function (this: { collection: { collectionName: string } }) {
    return bump(this);
  };
  const ofDocument = function (this: { constructor: unknown }) {
    return bump(this.constructor as { collection: { collectionName: string } });
  };
  // Each hook twice: on success, and as error middleware (three parameters, a plain callback: an
  // async function here would leave mongoose's rejection unhandled), because a failed write may
  // still have written part of its documents.
  const afterError = (onWrite: (this: never) => Promise<unknown>) =>
    function (this: never, err: unknown, _res: unknown, next: (err?: unknown) => void) {
      void onWrite.call(this).then(() => next(err));
    };
  const hook = (event: string, options: object, onWrite: (this: never) => Promise<unknown>) => {
    const post = schema.post.bind(schema) as (event: string, options: object, fn: unknown) => void;
    post(event, options, onWrite);
    post(event, options, afterError(onWrite));
  };
  for (const event of QUERY_WRITES) hook(event, { document: false, query: true }, ofQuery as never);
  for (const event of ['insertMany', 'bulkWrite']) hook(event, {}, ofModel as never);
  hook('save', { document: true, query: false }, ofDocument as never);
  hook('deleteOne', { document: true, query: false }, ofDocument as never);
}
