import { expect } from 'chai';
import mongoose, { Types } from 'mongoose';
import { CacheVersion } from '../../models/cache-version.model.js';
import { User } from '../../models/user.model.js';
import { readerById } from '../../server/db/reads-by-id.js';

/** Counts the `find` commands sent to a collection while `work` runs (mongoose's debug hook). */
async function findsOn<T>(collection: string, work: () => Promise<T>): Promise<[number, T]> {
  let finds = 0;
  mongoose.set('debug', (name: string, method: string) => {
    if (name === collection && method === 'find') finds++;
  });
  try {
    const result = await work();
    return [finds, result];
  } finally {
    mongoose.set('debug', false);
  }
}

describe('readerById', () => {
  beforeEach(async () => {
    await CacheVersion.collection.insertMany([
      { _id: 'k1', version: 'a' },
      { _id: 'k2', version: 'b' },
      { _id: 'k3', version: 'c' },
    ] as never[]);
  });

  it('when reads are asked for together, then one query answers each with its own document or null', async () => {
    const read = readerById<{ _id: string; version: string }>(CacheVersion);
    const [finds, docs] = await findsOn('cache_versions', () => Promise.all(['k1', 'k2', 'missing', 'k3', 'k1'].map(read)));
    expect(finds).to.equal(1);
    expect(docs.map((d) => d?.version ?? null)).to.deep.equal(['a', 'b', null, 'c', 'a']);
  });

  it('when a read is asked for while a query runs, then it goes in the next query and sees a write that finished before it was asked', async () => {
    const read = readerById<{ _id: string; version: string }>(CacheVersion);
    const first = read('k1'); // its query starts on the next microtask
    await Promise.resolve();
    await CacheVersion.updateOne({ _id: 'k1' }, { $set: { version: 'a2' } });
    const second = read('k1');
    expect((await second)?.version).to.equal('a2');
    expect(['a', 'a2']).to.include((await first)?.version);
  });

  it('when an id cannot be cast to an ObjectId, then that read finds nothing and the others of its batch are answered', async () => {
    const user = await User.create({ username: 'reader-1', displayName: '读者', role: 'member', active: true });
    const read = readerById<{ username: string }>(User);
    const [valid, invalid] = await Promise.all([read(String(user._id)), read('not-an-id')]);
    expect(valid?.username).to.equal('reader-1');
    expect(invalid).to.equal(null);
    expect(await read(String(new Types.ObjectId()))).to.equal(null);
  });

  it('when the same model is asked for twice, then both callers share one reader (and so its batches)', () => {
    expect(readerById(User)).to.equal(readerById(User));
  });
});
