import mongoose, { type Model } from 'mongoose';

/** Ids per query: FerretDB binds each id of an `$in` as one SQLite variable (at most 32,766). */
const MAX_IDS_PER_QUERY = 1000;

interface Batch {
  ids: Set<string>;
  answer: Promise<Map<string, unknown>>;
}

/**
 * Reads documents of `model` by `_id` (lean; callers share the objects and must not change them),
 * gathering the reads that concurrent requests make into one `$in` query: every authenticated
 * request reads its caller, an award reads its member, rule and cap chain, a cached answer its
 * data versions. Each database command costs both sides a fixed amount
 * of CPU (on FerretDB more than decoding a small document), so under load one query for many ids
 * serves more requests per second.
 *
 * One query runs at a time per model; reads arriving meanwhile wait for it to end and go in the
 * next one, which always starts after they were asked for: a read sees every write that finished
 * before it was asked for, as a read of its own would. With nothing in flight the query starts on
 * the next microtask, so a lone read waits for nothing.
 */
export function readerById<T>(model: Model<any>): (id: string) => Promise<T | null> {
  let reader = readers.get(model);
  if (!reader) readers.set(model, (reader = newReader(model)));
  return reader as (id: string) => Promise<T | null>;
}

/** One reader per model, so every caller's reads of a collection share its batches. */
const readers = new WeakMap<Model<any>, (id: string) => Promise<unknown>>();

function newReader(model: Model<any>): (id: string) => Promise<unknown> {
  // An id that cannot be cast would fail the whole batch's query: it finds nothing, alone.
  const castable = model.schema.path('_id').instance === 'ObjectId' ? mongoose.isObjectIdOrHexString : () => true;
  let running: Promise<unknown> = Promise.resolve();
  let next: Batch | null = null;

  const query = async (ids: string[]) => {
    const found = new Map<string, unknown>();
    for (let i = 0; i < ids.length; i += MAX_IDS_PER_QUERY) {
      const docs = await model.find({ _id: { $in: ids.slice(i, i + MAX_IDS_PER_QUERY) } }).lean<Array<{ _id: unknown }>>();
      for (const d of docs) found.set(String(d._id), d);
    }
    return found;
  };

  return async (id: string) => {
    if (!castable(id)) return null;
    if (!next) {
      const batch: Batch = { ids: new Set(), answer: null as never };
      batch.answer = running.then(() => {
        next = null;
        return query([...batch.ids]);
      });
      running = batch.answer.catch(() => undefined);
      next = batch;
    }
    next.ids.add(id);
    const found = await next.answer;
    return found.get(id) ?? null;
  };
}
