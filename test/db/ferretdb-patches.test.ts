import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { BSON, Double, Int32, Long, ObjectId, type Collection, type Document, type Filter } from 'mongodb';
import mongoose from 'mongoose';
import { testDatabase } from '../support/database.js';

// Our FerretDB build (scripts/ferretdb/patches) pushes top-level equality down to the backend's
// indexes and computes $group by hash. A pushed-down condition must select a superset of the
// matches: these tests compare each query with the same filter wrapped in $and, which no backend
// pushes down (the handler alone decides), on a collection of awkward values.
const HEX = '65a1b2c3d4e5f60718293a4b';
const fixture: Document[] = [
  { _id: 1, v: 'x', a: 'p', b: 1 },
  { _id: 2, v: ['x', 'y'], a: 'p', b: 2 },
  { _id: 3, v: ['y'], a: 'q', b: 1 },
  { _id: 4, v: null, a: 'q', b: 2 },
  { _id: 5, a: 'p', b: 1 },
  { _id: 6, v: new Int32(1) },
  { _id: 7, v: new Double(1) },
  { _id: 8, v: Long.fromNumber(1) },
  { _id: 9, v: new Double(1.5) },
  { _id: 10, v: new Int32(0) },
  { _id: 11, v: new Double(-0) },
  { _id: 12, v: '1' },
  { _id: 13, v: new ObjectId(HEX) },
  { _id: 14, v: HEX },
  { _id: 15, v: true },
  { _id: 16, v: false },
  { _id: 17, v: new Date('2026-11-20T02:00:00Z') },
  { _id: 18, v: new Date('2026-11-20T02:00:00Z').getTime() },
  { _id: 19, v: { x: 'x' } },
  { _id: 20, v: 'a<b & "c" \\ 中文 😀' },
  { _id: 21, v: [1, 'x', null] },
  { _id: 22, v: [] },
  { _id: '42', v: 'string id' },
  { _id: 42, v: 'number id' },
  { _id: 'ünï', v: 'unicode id' },
  // (A string _id with the same hex cannot sit beside it on SQLite: its unique index holds the JSON text.)
  { _id: new ObjectId(HEX), v: 'objectid id' },
  { _id: new ObjectId('65a1b2c3d4e5f60718293a4a'), v: 'just before' },
  { _id: new ObjectId('65a1b2c3d4e5f60718293a4c'), v: 'just after' },
  { _id: new ObjectId('00000000000000000000000f'), v: 'lowest' },
  { _id: new ObjectId('f0000000000000000000000f'), v: 'highest' },
  { _id: 23, odd: { name: 'x' }, 'odd-name': 'x', v: 'nested' },
];

// Ids and values of every type on purpose, so the driver's typed filters do not fit.
type AnyFilter = Filter<any>;
const filters: AnyFilter[] = [
  { v: 'x' }, { v: 'y' }, { v: { $eq: 'x' } }, { v: { $in: ['x', 'y'] } }, { v: { $in: [1, 'x'] } }, { v: { $in: [] } }, { _id: { $in: [] } },
  { v: 1 }, { v: new Double(1) }, { v: Long.fromNumber(1) }, { v: 1.5 }, { v: 0 }, { v: new Double(-0) }, { v: '1' },
  { v: new ObjectId(HEX) }, { v: HEX }, { v: true }, { v: false }, { v: null }, { v: { $exists: false } },
  { v: new Date('2026-11-20T02:00:00Z') }, { v: new Date('2026-11-20T02:00:00Z').getTime() },
  { v: 'a<b & "c" \\ 中文 😀' }, { v: { x: 'x' } }, { v: [] }, { v: { $ne: 'x' } }, { v: { $gt: 1 } },
  { _id: 1 }, { _id: '42' }, { _id: 42 }, { _id: 'ünï' }, { _id: new ObjectId(HEX) }, { _id: HEX }, { _id: { $in: [1, 2, '42', 999] } },
  { _id: { $gt: new ObjectId(HEX) } }, { _id: { $gte: new ObjectId(HEX) } }, { _id: { $lt: new ObjectId(HEX) } },
  { _id: { $lte: new ObjectId(HEX), $gt: new ObjectId('00000000000000000000000f') } }, { _id: { $gt: new ObjectId(HEX) }, v: 'just after' },
  { _id: { $gt: HEX } }, { _id: { $gt: 1 } },
  { _id: 1, v: 'x' }, { _id: 2, v: 'x' }, { a: 'p', b: 1 }, { a: 'p', b: { $in: [1, 2] } }, { a: 'q', v: null },
  { 'odd.name': 'x' }, { 'odd-name': 'x' }, { nope: 'x' },
];

let coll: Collection<any>;
const ids = async (filter: AnyFilter) =>
  (await coll.find(filter).toArray()).map((d) => JSON.stringify(d._id)).sort();
const label = (filter: AnyFilter) => JSON.stringify(filter);

describe('our FerretDB build: equality pushdown', () => {
  beforeEach(async () => {
    coll = mongoose.connection.db!.collection('patch_fixture');
    await coll.insertMany(fixture.map((d) => ({ ...d })));
    await coll.createIndex({ v: 1 });
    await coll.createIndex({ a: 1, b: 1 });
  });

  it('when a filter is pushed down, then find returns exactly what the handler alone returns', async () => {
    for (const filter of filters) {
      expect(await ids(filter), label(filter)).to.deep.equal(await ids({ $and: [filter] }));
    }
  });

  it('when values are equal across types or inside arrays, then they match as on MongoDB', async () => {
    expect(await ids({ v: 'x' })).to.deep.equal(['1', '2', '21']);
    expect(await ids({ v: 1 })).to.deep.equal(['21', '6', '7', '8']);
    expect(await ids({ v: 0 })).to.deep.equal(['10', '11']);
    expect(await ids({ v: new ObjectId(HEX) })).to.deep.equal(['13']);
    expect(await ids({ _id: '42' })).to.deep.equal(['"42"']);
    expect(await ids({ _id: 42 })).to.deep.equal(['42']);
    expect(await ids({ v: 'a<b & "c" \\ 中文 😀' })).to.deep.equal(['20']);
    expect(await ids({ _id: { $gt: new ObjectId(HEX) } })).to.deep.equal(['"65a1b2c3d4e5f60718293a4c"', '"f0000000000000000000000f"']);
  });

  it('when counting, updating and deleting by pushed-down equality, then every match is touched and nothing else', async () => {
    for (const filter of [{ v: 'x' }, { v: 1 }, { a: 'p', b: 1 }, { _id: { $in: [1, 2, 3] } }]) {
      expect(await coll.countDocuments(filter), label(filter)).to.equal(await coll.countDocuments({ $and: [filter] }));
    }
    const updated = await coll.updateMany({ v: 'x' }, { $set: { touched: true } });
    expect(updated.matchedCount).to.equal(3);
    expect(await ids({ touched: true })).to.deep.equal(['1', '2', '21']);
    const deleted = await coll.deleteMany({ v: 1 });
    expect(deleted.deletedCount).to.equal(4);
    expect(await coll.countDocuments({})).to.equal(fixture.length - 4);
    await coll.updateOne({ _id: 'ünï' }, { $set: { v: 'changed' } }, { upsert: true });
    expect(await ids({ v: 'changed' })).to.deep.equal(['"ünï"']);
    const duplicate = await coll.insertOne({ _id: 42, v: 'duplicate' } as Document).then(() => null, (err: { code?: number }) => err);
    expect(duplicate?.code).to.equal(11000);
  });

  it('when $match leads an aggregation, then it selects what the handler alone selects', async () => {
    const matched = await coll.aggregate([{ $match: { v: 'x' } }, { $sort: { _id: 1 } }]).toArray();
    expect(matched.map((d) => d._id)).to.deep.equal([1, 2, 21]);
  });
});

describe('our FerretDB build: $group', () => {
  beforeEach(async () => {
    coll = mongoose.connection.db!.collection('patch_group');
    await coll.insertMany([
      { k: new Int32(1), p: 2 }, { k: new Double(1), p: 3 }, { k: Long.fromNumber(1), p: 5 },
      { k: 'a', p: 7 }, { k: 'a', p: 11 }, { k: { m: 'x', y: 1 }, p: 13 }, { k: { m: 'x', y: new Double(1) }, p: 17 },
      { k: null, p: 19 }, { p: 23 },
    ]);
  });

  it('when a $group has several accumulators, then each is computed and equal keys of any number type group together', async () => {
    const groups = await coll.aggregate([{ $group: { _id: '$k', n: { $count: {} }, total: { $sum: '$p' }, ones: { $sum: 1 } } }]).toArray();
    const byKey = new Map(groups.map((g) => [JSON.stringify(g._id), { n: g.n, total: g.total, ones: g.ones }]));
    expect(byKey.size).to.equal(4);
    expect(byKey.get('1')).to.deep.equal({ n: 3, total: 10, ones: 3 });
    expect(byKey.get('"a"')).to.deep.equal({ n: 2, total: 18, ones: 2 });
    expect(byKey.get('{"m":"x","y":1}')).to.deep.equal({ n: 2, total: 30, ones: 2 });
    expect(byKey.get('null')).to.deep.equal({ n: 2, total: 42, ones: 2 });
  });
});

describe('our FerretDB build: bulk updates', () => {
  it('when one command updates more documents one by one than the backend pool has connections, then it completes and later commands answer', async function () {
    this.timeout(60_000);
    const bulk = mongoose.connection.db!.collection<{ _id: number; n: number }>('patch_bulk');
    await bulk.insertMany(Array.from({ length: 150 }, (_, i) => ({ _id: i, n: 0 })));
    // One update command of 150 statements, each matching one document (stock FerretDB 1.24.2 kept
    // each statement's rows open to the end of the command and hung at the 101st).
    const result = await bulk.bulkWrite(Array.from({ length: 150 }, (_, i) => ({ updateOne: { filter: { _id: i }, update: { $set: { n: 1 } } } })), { ordered: false });
    expect(result.modifiedCount).to.equal(150);
    expect(await bulk.countDocuments({ n: 1 })).to.equal(150);
  });
});

describe('our FerretDB build: inserts refused as duplicates', () => {
  it('when a single insert or some of an unordered batch meet taken ids, then each is refused with E11000 and the rest are written once', async () => {
    const coll = mongoose.connection.db!.collection<{ _id: number; v: string }>('patch_duplicates');
    await coll.insertOne({ _id: 1, v: 'first' });
    const single = await coll.insertOne({ _id: 1, v: 'again' }).catch((err: { code?: number }) => err);
    expect((single as { code?: number }).code).to.equal(11000);
    const batch = await coll
      .insertMany([{ _id: 2, v: 'b' }, { _id: 1, v: 'dup' }, { _id: 3, v: 'c' }, { _id: 3, v: 'dup' }], { ordered: false })
      .catch((err: { writeErrors?: unknown }) => err);
    const writeErrors = (batch as { writeErrors?: Array<{ index: number; code: number }> }).writeErrors ?? [];
    expect(writeErrors.map((w) => [w.index, w.code])).to.deep.equal([[1, 11000], [3, 11000]]);
    expect(await coll.find({}).sort({ _id: 1 }).toArray()).to.deep.equal([{ _id: 1, v: 'first' }, { _id: 2, v: 'b' }, { _id: 3, v: 'c' }]);
  });

  it('when a collection is asked for by name, then only that one is listed, and a missing one lists nothing', async () => {
    const db = mongoose.connection.db!;
    await db.collection('patch_named_a').insertOne({ _id: 1 } as never);
    await db.collection('patch_named_b').insertOne({ _id: 1 } as never);
    expect((await db.listCollections({ name: 'patch_named_b' }).toArray()).map((c) => c.name)).to.deep.equal(['patch_named_b']);
    expect(await db.listCollections({ name: 'patch_named_missing' }).toArray()).to.deep.equal([]);
    expect(await db.collection('patch_named_missing').find({}).toArray()).to.deep.equal([]);
    expect(await db.collection('patch_named_a').find({ _id: 1 } as never).toArray()).to.deep.equal([{ _id: 1 }]);
  });
});

describe('our FerretDB build: query plans', () => {
  const plan = async (filter: Document) => {
    const explained = await mongoose.connection.db!.command({ explain: { find: 'patch_plans', filter } });
    return JSON.stringify(explained.queryPlanner);
  };

  beforeEach(async function () {
    if (!testDatabase().backend.startsWith('ferretdb/')) this.skip();
    coll = mongoose.connection.db!.collection('patch_plans');
    // Enough rows that PostgreSQL's planner prefers an index to a sequential scan.
    await coll.insertMany(Array.from({ length: 3000 }, (_, i) => ({ _id: i, v: `v${i % 300}`, a: `a${i % 30}`, b: i % 7 })));
    await coll.createIndex({ v: 1 });
    await coll.createIndex({ a: 1, b: 1 });
  });

  it('when reading by _id, a single indexed field or a compound index on SQLite, then SQLite searches the index', async function () {
    if (testDatabase().backend !== 'ferretdb/sqlite') this.skip();
    expect(await plan({ _id: 1 })).to.match(/SEARCH .* USING INDEX .*__id_/);
    expect(await plan({ _id: { $gt: new ObjectId(HEX) } })).to.match(/SEARCH .* USING INDEX .*__id_ \(.*>\?\)/);
    expect(await plan({ v: 'v1' })).to.match(/MULTI-INDEX OR.*SEARCH .* USING INDEX .*_v_1/);
    expect(await plan({ a: 'a1', b: 1 })).to.match(/USING INDEX .*_a_1_b_1/);
    expect(await plan({ v: { $gt: 'v1' } })).to.match(/SCAN/);
  });

  it('when reading by _id or an indexed field on PostgreSQL, then its index is scanned', async function () {
    if (testDatabase().backend !== 'ferretdb/postgresql') this.skip();
    expect(await plan({ _id: 1 })).to.match(/"Index Cond":"\(\([^"]*_jsonb -> '_id'::text\) = /);
    const byField = await plan({ v: 'v1' });
    expect(byField).to.include('"Node Type":"Bitmap Index Scan"');
    expect(byField).to.match(/"Index Cond":"\(\([^"]*_jsonb -> 'v'::text\) = /);
  });
});

describe('our FerretDB build: decoding stored documents', () => {
  // Values whose stored text takes either path of patch 0009 (plain and escaped strings, numbers at
  // the edges of their types), each read back exactly as written: same BSON types, bytes and order.
  const awkward: Document[] = [
    {
      _id: new ObjectId(HEX), plain: 'volunteer_hour', chinese: '志愿服务 党员积分', emoji: '😀', empty: '',
      quote: 'a"b', backslash: 'a\\b', control: 'tab\there\nnew\u0001', html: '<a href="x">&amp;</a>', unicodeEscapes: '\u2028\u2029',
      hexLike: HEX, upperHexId: new ObjectId(HEX.toUpperCase()), yes: true, no: false, nothing: null,
      int32: new Int32(-2147483648), int32Max: new Int32(2147483647), zero: new Int32(0),
      long: Long.fromString('9223372036854775807'), longMin: Long.fromString('-9223372036854775808'), longSmall: Long.fromNumber(7),
      double: new Double(1.5), tiny: new Double(5e-324), huge: new Double(1.7976931348623157e308),
      // (Stock FerretDB 1.24.2 refuses infinities, closes the connection on NaN and reads -0 back as 0: none is stored here.)
      wholeDouble: new Double(42), unsafe: new Double(2 ** 53 + 2),
      epoch: new Date(0), before1970: new Date('1901-12-13T20:45:52.123Z'), farFuture: new Date('9999-12-31T23:59:59.999Z'),
      nested: { a: 'x', b: [new Int32(1), 'y', null, { c: new Double(0.1) }], d: { e: [] } },
    },
    // The same shape with other values, so the second is read through a schema decoded for the first.
    { _id: 'second', plain: 'x', n: new Int32(1), at: new Date('2026-11-26T00:00:00Z') },
    { _id: 'third', plain: 'y\\', n: new Int32(-5), at: new Date('2026-01-01T00:00:00Z') },
  ];

  it('when documents with awkward values are stored, then each reads back with the same types and bytes', async () => {
    const coll = mongoose.connection.db!.collection('patch_decoding');
    await coll.insertMany(awkward.map((d) => ({ ...d })));
    const read = await coll.find({}, { promoteValues: false, promoteLongs: false }).toArray();
    const byId = new Map(read.map((d) => [JSON.stringify(d._id), d]));
    for (const doc of awkward) {
      const stored = byId.get(JSON.stringify(doc._id));
      expect(stored, JSON.stringify(doc._id)).to.not.equal(undefined);
      expect(Buffer.from(BSON.serialize(stored!)).toString('hex'), String(doc._id)).to.equal(Buffer.from(BSON.serialize(doc)).toString('hex'));
    }
  });

  it('when the patched decoder is compared with the general one in Go, then they agree on every value the fast path takes', async function () {
    this.timeout(180_000);
    // .tools/ferretdb-src is the patched module the binary was built from (scripts/build-ferretdb.sh).
    const go = existsSync('/usr/local/go/bin/go') ? '/usr/local/go/bin/go' : 'go';
    const out = execFileSync(go, ['test', '-count=1', '-run', 'FastScalar|JSONNumber|SchemaCache', './internal/handler/sjson/'], {
      cwd: path.resolve('.tools/ferretdb-src'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).to.match(/^ok\s/m);
  });
});
