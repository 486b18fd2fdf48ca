import { expect } from 'chai';
import mongoose from 'mongoose';
import { inserterInto } from '../../server/db/batched-inserts.js';
import { isDuplicateKeyError } from '../../server/lib/errors.js';

/** A collection whose insertMany calls (the commands the inserter sends) are counted, then passed on. */
function countedCollection<T extends object>(name: string) {
  const coll = mongoose.connection.db!.collection<T>(name);
  const counter = { commands: 0 };
  const insertMany = coll.insertMany.bind(coll);
  coll.insertMany = ((...args: Parameters<typeof insertMany>) => {
    counter.commands++;
    return insertMany(...args);
  }) as typeof coll.insertMany;
  return { coll, counter };
}

describe('inserterInto', () => {
  it('when documents are inserted together, then one command writes them and each caller learns its own fate', async () => {
    const { coll, counter } = countedCollection<{ _id: string; n: number }>('batched_inserts');
    await coll.insertOne({ _id: 'taken', n: 0 });
    const insert = inserterInto(coll);
    const outcomes = await Promise.all(['a', 'taken', 'b', 'c', 'b'].map((id, n) => insert({ _id: id, n: n + 1 }).then(() => 'written', (err: unknown) => err)));
    expect(counter.commands).to.equal(1);
    expect(outcomes.map((o) => (typeof o === 'string' ? o : isDuplicateKeyError(o) ? 'duplicate' : String(o)))).to.deep.equal(['written', 'duplicate', 'written', 'written', 'duplicate']);
    expect(await coll.find({}).sort({ _id: 1 }).toArray()).to.deep.equal([
      { _id: 'a', n: 1 }, { _id: 'b', n: 3 }, { _id: 'c', n: 4 }, { _id: 'taken', n: 0 },
    ]);
  });

  it('when inserts arrive while a command runs, then they go in the next one, and a lone insert is written at once', async () => {
    const { coll, counter } = countedCollection<{ _id: number }>('batched_inserts_2');
    const insert = inserterInto(coll);
    expect(inserterInto(coll)).to.equal(insert);
    const first = insert({ _id: 1 });
    await Promise.resolve();
    await Promise.resolve(); // the first command is on its way
    const later = [2, 3, 4].map((id) => insert({ _id: id }));
    await Promise.all([first, ...later]);
    expect(counter.commands).to.equal(2);
    await insert({ _id: 5 });
    expect((await coll.find({}).sort({ _id: 1 }).toArray()).map((d) => d._id)).to.deep.equal([1, 2, 3, 4, 5]);
  });
});
