import { expect } from 'chai';
import { Types } from 'mongoose';
import { CapLink, IdempotencyKey, PointsEntry } from '../../models/points.model.js';
import { newAwardEntry, newCapLink, newIdempotencyKey, type AwardFields } from '../../server/modules/points/raw-documents.js';

const AT = new Date('2026-11-20T02:00:00Z');

/** Both documents as stored, without the fields that differ by construction (`_id`, `createdAt`, and `key` where unique). */
async function storedPair(model: { collection: { findOne(f: object): Promise<unknown> } }, viaMongoose: unknown, viaRaw: unknown, omit: string[]) {
  const strip = (d: unknown) => Object.fromEntries(Object.entries(d as object).filter(([k]) => !omit.includes(k)));
  const a = await model.collection.findOne({ _id: viaMongoose });
  const b = await model.collection.findOne({ _id: viaRaw });
  expect(a, 'mongoose document').to.exist;
  expect(b, 'raw document').to.exist;
  expect(Object.keys(b as object)).to.deep.equal(Object.keys(a as object));
  return [strip(a), strip(b)];
}

describe('raw documents of the award path', () => {
  it('when an Idempotency-Key is built raw, then it stores what mongoose create stores', async () => {
    const f = { requestHash: 'h', entryId: new Types.ObjectId(), capChain: 'm:r:2026-11' };
    await IdempotencyKey.create({ _id: 'via-mongoose', ...f, minute: '2026-11-20T02:00' });
    await IdempotencyKey.collection.insertOne(newIdempotencyKey({ _id: 'via-raw', ...f }, AT) as never);
    const [a, b] = await storedPair(IdempotencyKey, 'via-mongoose', 'via-raw', ['_id', 'createdAt']);
    expect(b).to.deep.equal(a);
    expect((await IdempotencyKey.collection.findOne({ _id: 'via-raw' } as never))?.createdAt).to.deep.equal(AT);
  });

  it('when a cap link is built raw, then it stores what mongoose create stores', async () => {
    const f = { entryId: new Types.ObjectId(), points: 2, total: 6 };
    await CapLink.create({ _id: 'c#1', key: 'claim:a', ...f });
    await CapLink.collection.insertOne(newCapLink({ _id: 'c#2', key: 'claim:b', ...f }, AT) as never);
    const [a, b] = await storedPair(CapLink, 'c#1', 'c#2', ['_id', 'createdAt', 'key']);
    expect(b).to.deep.equal(a);
  });

  for (const place of ['with street and district', 'without street or district'] as const) {
    it(`when an award entry is built raw (${place}), then it stores what mongoose create stores`, async () => {
      const f: Omit<AwardFields, '_id'> = {
        memberId: new Types.ObjectId(), communityId: new Types.ObjectId(),
        ...(place === 'with street and district' ? { streetId: new Types.ObjectId(), districtId: new Types.ObjectId() } : {}),
        ruleKey: 'volunteer_hour', ruleName: '志愿服务（每小时）', ruleVersion: 2, partyDayItem: null, quantity: 3, pointsPerUnit: 1, points: 3,
        occurredAt: AT, month: '2026-11', year: 2026, note: '社区清扫', createdById: String(new Types.ObjectId()),
      };
      const viaMongoose = new Types.ObjectId();
      const viaRaw = new Types.ObjectId();
      await PointsEntry.create({ _id: viaMongoose, kind: 'award', ...f });
      await PointsEntry.collection.insertOne(newAwardEntry({ _id: viaRaw, ...f }, AT) as never);
      const [a, b] = await storedPair(PointsEntry, viaMongoose, viaRaw, ['_id', 'createdAt']);
      expect(b).to.deep.equal(a);
    });
  }
});
