import type { Collection, Document } from 'mongodb';

/** Documents per command (FerretDB inserts a batch in one transaction). */
const MAX_DOCS_PER_INSERT = 500;

interface Pending {
  doc: Document;
  settle: (err?: unknown) => void;
}

/**
 * Inserts documents into `collection`, gathering the inserts that concurrent requests make into one
 * unordered `insertMany`: every award inserts three documents, and each command costs the service
 * and FerretDB a fixed amount of CPU (on FerretDB/SQLite also a transaction's commit).
 *
 * One command runs at a time per collection; inserts arriving meanwhile go in the next one. Each
 * caller learns the fate of its own document: it resolves once the document is written, or rejects
 * with that document's write error (a duplicate key is one, as from `insertOne`) or with the error
 * of the whole command. With nothing in flight the command starts on the next microtask.
 */
export function inserterInto(collection: Collection<any>): (doc: Document) => Promise<void> {
  let inserter = inserters.get(collection);
  if (!inserter) inserters.set(collection, (inserter = newInserter(collection)));
  return inserter;
}

/** One inserter per collection (callers pass a model's `collection`), so their inserts share its commands. */
const inserters = new WeakMap<Collection<any>, (doc: Document) => Promise<void>>();

function newInserter(collection: Collection<any>): (doc: Document) => Promise<void> {
  let queue: Pending[] = [];
  let running = false;

  const send = async (batch: Pending[]) => {
    try {
      await collection.insertMany(batch.map((p) => p.doc), { ordered: false });
      for (const p of batch) p.settle();
    } catch (err) {
      const writeErrors = (err as { writeErrors?: Array<{ index: number; code?: number; errmsg?: string }> }).writeErrors;
      if (!Array.isArray(writeErrors) || !writeErrors.length) {
        for (const p of batch) p.settle(err);
        return;
      }
      // Unordered: every document without a write error was written.
      const failed = new Map(writeErrors.map((w) => [w.index, w]));
      batch.forEach((p, i) => {
        const w = failed.get(i);
        p.settle(w ? Object.assign(new Error(w.errmsg ?? 'write error'), { code: w.code }) : undefined);
      });
    }
  };

  const drain = async () => {
    running = true;
    await Promise.resolve(); // inserts asked for in the same tick go together
    while (queue.length) {
      const batch = queue.slice(0, MAX_DOCS_PER_INSERT);
      queue = queue.slice(batch.length);
      await send(batch);
    }
    running = false;
  };

  return (doc: Document) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ doc, settle: (err) => (err ? reject(err) : resolve()) });
      if (!running) void drain();
    });
}
