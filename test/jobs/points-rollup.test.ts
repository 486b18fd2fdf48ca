import { expect } from 'chai';
import { Types } from 'mongoose';
import { LateLedgerEntry, PointsEntry, Revocation } from '../../models/points.model.js';
import { PointsLeaderboard, PointsMemberTotal, PointsPeriodSums, PointsRankCounts, RollupState } from '../../models/rollup.model.js';
import { pointsRollupJob } from '../../jobs/points-rollup.job.js';
import { request, testApp, testDeps } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMember } from '../factories/secretaries.js';
import { ledgerEntry } from '../factories/points.js';
import { User } from '../../models/user.model.js';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const deps = testDeps({ clock: () => NOW });
const run = (data = {}) => pointsRollupJob.run(data, { now: NOW, deps });

async function fixture() {
  const { communities } = await createOrgTree(2, 2);
  const members = [];
  for (let i = 0; i < 6; i++) members.push(await createMember(communities[i % 4], { displayName: `党员${i}` }));
  const points = [5, 10, 3, 10, 7, 1];
  for (let i = 0; i < members.length; i++) {
    await ledgerEntry(members[i], points[i], '2026-11-05T10:00:00+08:00');
    await ledgerEntry(members[i], i + 1, '2026-10-15T10:00:00+08:00');
  }
  return { communities, members };
}

/** Direct sums of the ledger per "period:memberId". */
async function ledgerTotals() {
  const totals = new Map<string, number>();
  for (const e of await PointsEntry.find({}).lean()) {
    for (const period of [e.month, String(e.year)]) {
      const key = `${period}:${e.memberId}`;
      totals.set(key, (totals.get(key) ?? 0) + e.points);
    }
  }
  return totals;
}

/** What the rollup stored per "period:memberId": a month's member totals, a year's sums document (years have no member totals). */
async function storedTotals() {
  const totals = new Map<string, number>();
  for (const t of await PointsMemberTotal.find({}).lean()) totals.set(t._id, t.points);
  const years = await PointsPeriodSums.find({ _id: { $in: ['2025', '2026', '2027'] } }).lean<Array<{ _id: string; memberIds: string[]; points: number[] }>>();
  for (const y of years) y.memberIds.forEach((id, i) => totals.set(`${y._id}:${id}`, y.points[i]));
  return totals;
}

/** Every stored member total is the direct ledger sum, and no member-period is missing or extra. */
async function expectTotalsEqualLedger() {
  const expected = await ledgerTotals();
  const stored = await storedTotals();
  expect([...stored.keys()].sort()).to.deep.equal([...expected.keys()].sort());
  for (const [id, points] of stored) expect(points, id).to.equal(expected.get(id));
  return expected;
}

const snapshot = async () => ({
  totals: await PointsMemberTotal.find({}).sort({ _id: 1 }).lean(),
  boards: await PointsLeaderboard.find({}).sort({ _id: 1 }).lean(),
});

describe('points-rollup job', () => {
  it('when it runs, then every member-period total equals the direct ledger sum', async () => {
    await fixture();
    await run({ full: true });
    await expectTotalsEqualLedger();
    expect(await PointsMemberTotal.countDocuments({ period: '2026' })).to.equal(0);
  });

  it('when year totals written by an earlier version exist, then a run removes them (readers add up the months)', async () => {
    const { members } = await fixture();
    await PointsMemberTotal.collection.insertOne({ _id: `2026:${members[0]._id}`, period: '2026', memberId: members[0]._id, points: 999 } as never);
    await run();
    expect(await PointsMemberTotal.findById(`2026:${members[0]._id}`).lean()).to.equal(null);
    await expectTotalsEqualLedger();
  });

  it('when it runs again, then nothing changes', async () => {
    await fixture();
    await run({ full: true });
    const first = await snapshot();
    await run();
    await run({ full: true });
    expect(await snapshot()).to.deep.equal(first);
  });

  it('when run twice at the same time, then the result equals one run', async () => {
    await fixture();
    await Promise.all([run({ full: true }), run({ full: true })]);
    const twice = await snapshot();
    await PointsMemberTotal.deleteMany({});
    await PointsLeaderboard.deleteMany({});
    await run({ full: true });
    expect(await snapshot()).to.deep.equal(twice);
  });

  it('when a late entry arrives for last month and another is revoked, then the next incremental run picks both up', async () => {
    const { members } = await fixture();
    await run();
    const late = await ledgerEntry(members[0], 20, '2026-10-31T23:30:00+08:00');
    const original = await PointsEntry.findOne({ memberId: members[1]._id, month: '2026-10' }).lean();
    await ledgerEntry(members[1], -original!.points, original!.occurredAt.toISOString(), { kind: 'revoke', revokesId: original!._id });
    await run();
    const expected = await ledgerTotals();
    expect((await PointsMemberTotal.findById(`2026-10:${members[0]._id}`).lean())!.points).to.equal(1 + 20);
    expect((await PointsMemberTotal.findById(`2026-10:${members[1]._id}`).lean())!.points).to.equal(0);
    expect((await storedTotals()).get(`2026:${members[0]._id}`)).to.equal(expected.get(`2026:${members[0]._id}`));
    expect(late.month).to.equal('2026-10');
  });

  it('when an incremental run rebuilds some months, then each year adds the stored months and equals the ledger', async () => {
    const { communities, members } = await fixture();
    const septemberOnly = await createMember(communities[1], { displayName: '九月党员' });
    await ledgerEntry(septemberOnly, 6, '2026-09-10T10:00:00+08:00');
    await ledgerEntry(members[2], 8, '2026-09-12T10:00:00+08:00');
    await run();
    // The watermark follows the database's write times, not the job's clock: with the fixture's
    // writes an hour before it, the next run does not look at them again.
    const { watermark } = (await RollupState.findById('points').lean<{ watermark: Date }>())!;
    await PointsEntry.collection.updateMany({}, { $set: { createdAt: new Date(watermark.getTime() - 60 * 60_000) } });
    await ledgerEntry(members[0], 20, '2026-10-31T23:30:00+08:00');
    const incremental = (await run()) as { periods: Array<{ period: string }> };
    expect(incremental.periods.map((p) => p.period)).to.deep.equal(['2026', '2026-10', '2026-11']);
    const expected = await expectTotalsEqualLedger();
    expect(expected.get(`2026:${septemberOnly._id}`)).to.equal(6);
  });

  it('when stored months have no sums document (rolled up before those existed), then the year adds their member totals', async () => {
    const { members } = await fixture();
    await run();
    const { watermark } = (await RollupState.findById('points').lean<{ watermark: Date }>())!;
    await PointsEntry.collection.updateMany({}, { $set: { createdAt: new Date(watermark.getTime() - 60 * 60_000) } });
    await PointsPeriodSums.deleteMany({ _id: '2026-10' });
    await ledgerEntry(members[1], 4, '2026-11-06T10:00:00+08:00');
    await run();
    const expected = await ledgerTotals();
    const stored = await storedTotals();
    for (const m of members) expect(stored.get(`2026:${m._id}`), String(m._id)).to.equal(expected.get(`2026:${m._id}`));
  });

  it('when a revocation left by a crash is finished a day later, then the next incremental run still rebuilds its month', async () => {
    const { members } = await fixture();
    await run();
    const { watermark } = (await RollupState.findById('points').lean<{ watermark: Date }>())!;
    await PointsEntry.collection.updateMany({}, { $set: { createdAt: new Date(watermark.getTime() - 60 * 60_000) } });
    const october = (await PointsEntry.findOne({ memberId: members[3]._id, month: '2026-10' }).lean())!;
    // The crash: the marker names a negative entry whose id was minted a day ago, never written.
    const dayOld = Types.ObjectId.createFromTime(Math.floor(watermark.getTime() / 1000) - 86_400);
    await Revocation.collection.insertOne({ _id: String(october._id), revocationId: dayOld, createdAt: new Date(watermark.getTime() - 86_400_000) } as never);
    const admin = await createUser({ role: 'admin' });
    const revoked = await request(testApp({ clock: () => NOW })).post(`/api/v1/points/entries/${october._id}/revoke`).set('Authorization', bearer(admin)).send({ reason: '登记错误' });
    expect(revoked.status).to.equal(201);
    expect(revoked.body._id).to.equal(String(dayOld));
    // Written moments ago, it is not yet settled (the last five minutes are not): the run sums October
    // from the ledger without it and keeps the note; once settled, the next run counts it.
    const first = (await run()) as { periods: Array<{ period: string }> };
    expect(first.periods.map((p) => p.period)).to.include('2026-10');
    expect(await LateLedgerEntry.countDocuments({})).to.equal(1);
    // Settled: written ten minutes before the last run's bound (the database's write times, not the job's clock).
    const settled = (await RollupState.findById('points').lean<{ watermark: Date }>())!.watermark.getTime() - 10 * 60_000;
    await PointsEntry.collection.updateOne({ _id: dayOld }, { $set: { createdAt: new Date(settled) } });
    await LateLedgerEntry.collection.updateMany({}, { $set: { createdAt: new Date(settled) } });
    await run();
    await expectTotalsEqualLedger();
    expect(await LateLedgerEntry.countDocuments({})).to.equal(0);
  });

  it('when an hourly run follows, then it adds only what was written since, and a run redone after a crash before the watermark moved counts nothing twice', async () => {
    const { members } = await fixture();
    await run();
    await ledgerEntry(members[0], 4, '2026-11-07T10:00:00+08:00');
    await ledgerEntry(members[2], -1, '2026-10-20T10:00:00+08:00');
    const { watermark } = (await RollupState.findById('points').lean<{ watermark: Date }>())!;
    await run();
    await expectTotalsEqualLedger();
    // The crash: every period written, the watermark still where the run found it.
    await RollupState.updateOne({ _id: 'points' }, { $set: { watermark } });
    await run();
    await expectTotalsEqualLedger();
    expect((await PointsPeriodSums.findById('2026-11').lean<{ recent: string[] }>())!.recent.length).to.be.greaterThan(0);
  });

  it('when hourly runs follow, then each brings its month and year forward from the stored sums, rewrites only the totals that changed, and moves a member who changed community', async () => {
    const { communities, members } = await fixture();
    await run();
    await ledgerEntry(members[0], 4, '2026-11-07T10:00:00+08:00');
    await run(); // the sums now record the accounts' version their totals were written with
    // A mark the rollup never writes: a total rewritten loses it, one left alone keeps it.
    await PointsMemberTotal.collection.updateMany({}, { $set: { untouched: true } });
    await ledgerEntry(members[1], 2, '2026-11-08T10:00:00+08:00');
    await run();
    const year = (await PointsPeriodSums.findById('2026').lean<{ parts: Record<string, string>; pending: boolean }>())!;
    expect(Object.keys(year.parts).sort()).to.deep.equal(['2026-10', '2026-11']);
    expect(year).to.include({ pending: false });
    expect((await PointsPeriodSums.findById('2026-11').lean<{ totalsSynced: boolean }>())!).to.include({ totalsSynced: true });
    const rewritten = (await PointsMemberTotal.collection.find({ untouched: { $ne: true } }).toArray()).map((t) => t._id).sort();
    expect(rewritten).to.deep.equal([`2026-11:${members[1]._id}`]);
    await expectTotalsEqualLedger();
    // Accounts changed (a move): every total is compared again, and hers carry her new community.
    await User.updateOne({ _id: members[5]._id }, { $set: { orgUnitId: communities[0]._id } });
    await ledgerEntry(members[2], 1, '2026-11-09T10:00:00+08:00');
    await run();
    await expectTotalsEqualLedger();
    expect(String((await PointsMemberTotal.findById(`2026-11:${members[5]._id}`).lean())!.communityId)).to.equal(String(communities[0]._id));
  });

  it('when a run died after writing sums but before their totals, or between a year\'s months and the year, then the next run reads the totals and adds the year up from its months', async () => {
    const { members } = await fixture();
    await run();
    await ledgerEntry(members[0], 4, '2026-11-07T10:00:00+08:00');
    await run();
    // The crash leftovers: November's totals not all written, the year pending with sums that are off.
    await PointsPeriodSums.updateOne({ _id: '2026-11' }, { $set: { totalsSynced: false } });
    await PointsMemberTotal.updateOne({ _id: `2026-11:${members[3]._id}` }, { $set: { points: 999 } });
    await PointsPeriodSums.updateOne({ _id: '2026' }, { $set: { pending: true, 'points.0': 999 } });
    await ledgerEntry(members[1], 2, '2026-11-08T10:00:00+08:00');
    await run();
    const expected = await expectTotalsEqualLedger();
    const year = (await PointsPeriodSums.findById('2026').lean<{ memberIds: string[]; points: number[] }>())!;
    for (const [i, id] of year.memberIds.entries()) expect(year.points[i], id).to.equal(expected.get(`2026:${id}`));
  });

  it('when a scope has more members than a leaderboard page, then the pages join up in rank order through the API', async () => {
    const community = (await createOrgTree(1, 1)).communities[0];
    const many = await Promise.all(Array.from({ length: 120 }, (_, i) => createMember(community, { displayName: `排行${i}` })));
    await PointsEntry.insertMany(many.map((m, i) => ({
      memberId: m._id, communityId: community._id, streetId: community.streetId, districtId: community.districtId, kind: 'award', ruleKey: 'volunteer_hour',
      ruleName: '志愿服务', quantity: 1, pointsPerUnit: 1, points: 1000 - i, createdById: m._id, occurredAt: new Date('2026-11-10T04:00:00Z'), month: '2026-11', year: 2026, createdAt: new Date('2026-11-10T04:00:00Z'),
    })));
    await run();
    expect((await PointsLeaderboard.find({ period: '2026-11', scope: 'district' }).lean()).map((p) => p.items.length).sort()).to.deep.equal([20, 50, 50]);
    const admin = await createUser({ role: 'admin' });
    const res = await request(testApp({ clock: () => NOW })).get('/api/v1/points/leaderboard')
      .query({ period: '2026-11', scope: 'district', limit: 110 }).set('Authorization', bearer(admin));
    expect(res.body.source).to.equal('rollup');
    expect(res.body.items.map((i: { rank: number }) => i.rank)).to.deep.equal(Array.from({ length: 110 }, (_, i) => i + 1));
    expect(res.body.items[60].displayName).to.equal('排行60');
  });

  it('when the rollup runs again, then the leaderboard API answers from the new run (answers are cached per watermark)', async () => {
    const community = (await createOrgTree(1, 1)).communities[0];
    const [a, b] = [await createMember(community, { displayName: '甲' }), await createMember(community, { displayName: '乙' })];
    await ledgerEntry(a, 5, '2026-11-05T10:00:00+08:00');
    await run();
    const admin = await createUser({ role: 'admin' });
    const read = () => request(testApp({ clock: () => NOW })).get('/api/v1/points/leaderboard').query({ period: '2026-11', scope: 'district' }).set('Authorization', bearer(admin));
    expect((await read()).body.items.map((i: { displayName: string }) => i.displayName)).to.deep.equal(['甲']);
    expect((await read()).body.items.map((i: { displayName: string }) => i.displayName)).to.deep.equal(['甲']);
    await ledgerEntry(b, 9, '2026-11-06T10:00:00+08:00');
    await run();
    expect((await read()).body.items.map((i: { displayName: string }) => i.displayName)).to.deep.equal(['乙', '甲']);
  });

  it('when ranks are read, then ties share a rank, a member\'s rank comes from the scope\'s rank counts and the leaderboard API serves the rollup', async () => {
    const { members, communities } = await fixture();
    await run();
    const board = await PointsLeaderboard.findById('2026-11:district').lean();
    expect(board!.items.map((i) => [i.points, i.rank])).to.deep.equal([[10, 1], [10, 1], [7, 3], [5, 4], [3, 5], [1, 6]]);
    const counts = await PointsRankCounts.findById('2026-11:district').lean();
    expect([counts!.points, counts!.counts]).to.deep.equal([[10, 7, 5, 3, 1], [2, 1, 1, 1, 1]]);
    const m1 = await PointsMemberTotal.findById(`2026-11:${members[1]._id}`).lean();
    expect(m1).to.include({ points: 10 }).and.not.have.property('ranks');
    const myRanks = async () => (await request(testApp({ clock: () => NOW })).get('/api/v1/me/points').set('Authorization', bearer(members[1]))).body.ranks.month;
    expect(await myRanks()).to.deep.include({ source: 'rollup', district: { rank: 1, of: 6 }, community: { rank: 1, of: 2 } });
    const admin = await createUser({ role: 'admin' });
    const res = await request(testApp({ clock: () => NOW })).get('/api/v1/points/leaderboard')
      .query({ period: '2026-11', scope: `community:${communities[1]._id}` }).set('Authorization', bearer(admin));
    expect(res.body.source).to.equal('rollup');
    expect(res.body.items.map((i: { displayName: string }) => i.displayName)).to.deep.equal(['党员1', '党员5']);
    const mine = await request(testApp({ clock: () => NOW })).get('/api/v1/me/points').set('Authorization', bearer(members[1]));
    expect(mine.body.ranks.month).to.include({ source: 'rollup', period: '2026-11' });
    // The year's total is her months' totals added up (10 + 2), ranked in the year's counts: 14, 12, 12, 7, 6, 6.
    expect(mine.body.ranks.year).to.deep.include({ source: 'rollup', period: '2026', district: { rank: 2, of: 6 }, community: { rank: 1, of: 2 } });
  });

  it('when another member passes her, then her stored total is left as it was and her rank still moves', async () => {
    const { members } = await fixture();
    await run();
    const before = await PointsMemberTotal.findById(`2026-11:${members[1]._id}`).lean();
    const rankOf = async () => (await request(testApp({ clock: () => NOW })).get('/api/v1/me/points').set('Authorization', bearer(members[1]))).body.ranks.month.district;
    expect(await rankOf()).to.deep.equal({ rank: 1, of: 6 });
    await ledgerEntry(members[5], 20, '2026-11-06T10:00:00+08:00');
    await run();
    expect(await PointsMemberTotal.findById(`2026-11:${members[1]._id}`).lean()).to.deep.equal(before);
    expect(await rankOf()).to.deep.equal({ rank: 2, of: 6 });
  });
});
