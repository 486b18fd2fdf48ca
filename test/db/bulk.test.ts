import { expect } from 'chai';
import { Types } from 'mongoose';
import { PointsMemberTotal } from '../../models/rollup.model.js';
import { syncDocsById } from '../../server/db/bulk.js';

const total = (period: string, n: number, points: number) => ({
  _id: `${period}:m${n}`, period, memberId: new Types.ObjectId(String(n).padStart(24, '0')), points,
  communityId: null, streetId: null, districtId: null, ranks: { community: null, street: null, district: n },
});
const stored = async (period: string) => (await PointsMemberTotal.collection.find({ period }).sort({ _id: 1 }).toArray()).map((d) => JSON.stringify(d));
const sorted = (docs: Array<{ _id: string }>) => [...docs].sort((a, b) => a._id.localeCompare(b._id)).map((d) => JSON.stringify(d));

describe('syncDocsById', () => {
  it('when a few documents change, then the scope equals the new set and other scopes are untouched', async () => {
    const before = Array.from({ length: 10 }, (_, n) => total('2026-10', n, n));
    await syncDocsById(PointsMemberTotal, { period: '2026-10' }, before);
    await PointsMemberTotal.collection.insertOne(total('2026-09', 1, 99) as never);
    // m3 changes, m9 vanishes, m11 is new: three of ten, so by id.
    const next = [...before.slice(0, 9).map((d) => (d._id === '2026-10:m3' ? total('2026-10', 3, 30) : d)), total('2026-10', 11, 11)];
    await syncDocsById(PointsMemberTotal, { period: '2026-10' }, next);
    expect(await stored('2026-10')).to.deep.equal(sorted(next));
    expect(await stored('2026-09')).to.have.length(1);
  });

  it('when most documents change, then the scope is replaced whole and other scopes are untouched', async () => {
    await syncDocsById(PointsMemberTotal, { period: '2026' }, Array.from({ length: 10 }, (_, n) => total('2026', n, n)));
    await PointsMemberTotal.collection.insertOne(total('2026-09', 1, 99) as never);
    const next = Array.from({ length: 8 }, (_, n) => total('2026', n + 2, 100 + n));
    await syncDocsById(PointsMemberTotal, { period: '2026' }, next);
    expect(await stored('2026')).to.deep.equal(sorted(next));
    expect(await stored('2026-09')).to.have.length(1);
    await syncDocsById(PointsMemberTotal, { period: '2026' }, next);
    expect(await stored('2026')).to.deep.equal(sorted(next));
  });
});
