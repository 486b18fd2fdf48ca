import { expect } from 'chai';
import { Types } from 'mongoose';
import { CacheVersion } from '../../models/cache-version.model.js';
import { OrgUnit } from '../../models/org-unit.model.js';
import { cachedByVersion, collectionKey } from '../../server/db/versioned-cache.js';

const KEY = collectionKey('org_units');
const version = async () => (await CacheVersion.findById(KEY).lean<{ version: string }>())?.version ?? null;
const unit = (name: string) => ({ _id: new Types.ObjectId(), name, level: 'street' as const, code: name });

describe('versioned writes and cached reads', () => {
  it('when a versioned collection is written in any way, then its version changes after the write', async () => {
    const seen = [await version()];
    const changed = async (write: () => Promise<unknown>) => {
      await write().catch(() => undefined);
      const now = await version();
      expect(seen, 'the version did not change').not.to.include(now);
      seen.push(now);
    };
    const a = unit('甲');
    await changed(() => OrgUnit.create(a));
    await changed(() => OrgUnit.insertMany([unit('乙'), unit('丙')]));
    // An unordered insertMany that fails on a duplicate still wrote the other document.
    await changed(() => OrgUnit.insertMany([a, unit('丁')], { ordered: false }));
    await changed(() => OrgUnit.updateOne({ _id: a._id }, { $set: { name: '甲2' } }));
    await changed(() => OrgUnit.findOneAndUpdate({ _id: a._id }, { $set: { name: '甲3' } }));
    await changed(() => OrgUnit.bulkWrite([{ updateOne: { filter: { _id: a._id }, update: { $set: { name: '甲4' } } } }]));
    const doc = (await OrgUnit.findById(a._id))!;
    doc.name = '甲5';
    await changed(() => doc.save());
    await changed(() => doc.deleteOne());
    await changed(() => OrgUnit.deleteMany({ name: '乙' }));
    expect(await OrgUnit.countDocuments({})).to.equal(2);
  });

  it('when a write to a versioned collection fails, then the caller gets the error, the version changes and nothing is left unhandled', async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', listener);
    try {
      const a = unit('重');
      await OrgUnit.create(a);
      const before = await version();
      const duplicate = await OrgUnit.create(a).then(() => null, (err: { code?: number }) => err);
      expect(duplicate?.code).to.equal(11000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(unhandled).to.deep.equal([]);
      expect(await version()).not.to.equal(before);
    } finally {
      process.off('unhandledRejection', listener);
    }
  });

  it('when the data has no version, then nothing is cached; once written, answers are kept until the next write', async () => {
    let computed = 0;
    const read = () => cachedByVersion(KEY, 'names', async () => {
      computed++;
      return (await OrgUnit.find({}).lean()).map((u) => u.name).sort();
    });
    await OrgUnit.collection.insertOne(unit('生') as never); // raw: no version
    await read();
    await read();
    expect(computed).to.equal(2);
    await OrgUnit.create(unit('熟'));
    expect(await read()).to.deep.equal(['熟', '生']);
    expect(await read()).to.deep.equal(['熟', '生']);
    expect(computed).to.equal(3);
    await OrgUnit.updateOne({ name: '生' }, { $set: { name: '新' } });
    expect(await read()).to.deep.equal(['新', '熟']);
    expect(computed).to.equal(4);
  });
});
