import { Types } from 'mongoose';
import { expect } from 'chai';
import { CapLink, PointsEntry, PointsRule, Revocation } from '../../models/points.model.js';
import { readChain } from '../../server/modules/points/cap-chain.js';
import { PointsRankCounts, RollupState } from '../../models/rollup.model.js';
import { monthKey } from '../../server/lib/time.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW as NOW } from '../support/clock.js';
import { listen } from '../support/server.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMember } from '../factories/secretaries.js';

const app = testApp({ clock: () => NOW });
let keySeq = 0;
const newKey = () => `key-${process.pid}-${++keySeq}`;

async function setup() {
  const { communities } = await createOrgTree(2, 1);
  const admin = await createUser({ role: 'admin' });
  const secretary = await createUser({ role: 'secretary', orgUnitId: communities[0]._id, streetId: communities[0].streetId, districtId: communities[0].districtId });
  const member = await createMember(communities[0], { displayName: '党员甲' });
  return { communities, admin, secretary, member };
}

const award = (auth: string, body: Record<string, unknown>, key = newKey(), target = app) =>
  request(target).post('/api/v1/points/entries').set('Authorization', auth).set('Idempotency-Key', key).send(body);

const ledgerSum = async (memberId: Types.ObjectId) =>
  (await PointsEntry.find({ memberId }).lean()).reduce((s, e) => s + e.points, 0);

describe('points: entries', () => {
  it('when a request is replayed with the same key and body, then the same entry comes back (200) and nothing is added', async () => {
    const { secretary, member } = await setup();
    const body = { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-18T09:00:00+08:00', note: '讲授微党课《初心》' };
    const first = await award(bearer(secretary), body, 'replay-key-0001');
    expect(first.status).to.equal(201);
    expect(first.body).to.include({ points: 10, ruleName: '讲授微党课', month: '2026-11', kind: 'award' });
    const replay = await award(bearer(secretary), body, 'replay-key-0001');
    expect(replay.status).to.equal(200);
    expect(replay.body._id).to.equal(first.body._id);
    expect(await PointsEntry.countDocuments({})).to.equal(1);
    const changed = await award(bearer(secretary), { ...body, quantity: 2 }, 'replay-key-0001');
    expect(changed.status).to.equal(409);
    expect(changed.body.error.code).to.equal('idempotency_key_reused');
  });

  it('when the Idempotency-Key header is missing, then 400 naming it', async () => {
    const { secretary, member } = await setup();
    const res = await request(app).post('/api/v1/points/entries').set('Authorization', bearer(secretary))
      .send({ memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-18' });
    expect(res.status).to.equal(400);
    expect(res.body.error.details[0].path).to.equal('idempotency-key');
  });

  it('when 1,000 awards for one member arrive at once, then the ledger sums exactly', async () => {
    const { admin, member } = await setup();
    await PointsRule.create({ _id: 'flat_one', name: '测试：每次 1 分', points: 1, unit: 'event' });
    const server = await listen(app);
    try {
      const auth = bearer(admin);
      const results = await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          fetch(`${server.url}/api/v1/points/entries`, {
            method: 'POST',
            headers: { Authorization: auth, 'Idempotency-Key': `bulk-award-${i}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ memberId: String(member._id), ruleKey: 'flat_one', occurredAt: '2026-11-19T10:00:00+08:00' }),
          }).then((r) => r.status),
        ),
      );
      expect(results.filter((s) => s === 201)).to.have.length(1000);
    } finally {
      await server.close();
    }
    expect(await PointsEntry.countDocuments({ memberId: member._id })).to.equal(1000);
    expect(await ledgerSum(member._id)).to.equal(1000);
    const view = await request(app).get(`/api/v1/members/${member._id}/points`).set('Authorization', bearer(admin));
    expect(view.body.balance).to.deep.equal({ allTime: 1000, thisYear: 1000, thisMonth: 1000 });
  });

  it('when 200 posts race against a monthly cap, then the cap holds exactly', async () => {
    const { admin, member } = await setup();
    await PointsRule.create({ _id: 'capped', name: '测试：上限 20 分', points: 1, unit: 'event', monthlyCap: 20 });
    const server = await listen(app);
    let statuses: number[];
    try {
      const auth = bearer(admin);
      statuses = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          fetch(`${server.url}/api/v1/points/entries`, {
            method: 'POST',
            headers: { Authorization: auth, 'Idempotency-Key': `cap-race-${i}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ memberId: String(member._id), ruleKey: 'capped', occurredAt: '2026-11-19T10:00:00+08:00' }),
          }).then((r) => r.status),
        ),
      );
    } finally {
      await server.close();
    }
    expect(statuses.filter((s) => s === 201)).to.have.length(20);
    expect(statuses.filter((s) => s === 409)).to.have.length(180);
    expect(await ledgerSum(member._id)).to.equal(20);
    const chain = await readChain(`${member._id}:capped:2026-11`);
    expect(chain.at(-1)?.total).to.equal(20);
    expect(await CapLink.countDocuments({ key: /^claim:/ })).to.equal(20);
  });

  it('when an award would pass the cap, then 409 names the cap and nothing is written', async () => {
    const { secretary, member } = await setup();
    const body = { memberId: String(member._id), ruleKey: 'party_day_film', occurredAt: '2026-11-10' };
    expect((await award(bearer(secretary), body)).status).to.equal(201);
    const second = await award(bearer(secretary), body);
    expect(second.status).to.equal(409);
    expect(second.body.error.code).to.equal('monthly_cap');
    expect(second.body.error.message).to.include('2 分');
    expect(await ledgerSum(member._id)).to.equal(2);
  });

  it('when an entry is revoked, then a linked negative entry is added, the cap frees up, and revoking twice is 409', async () => {
    const { secretary, member } = await setup();
    const body = { memberId: String(member._id), ruleKey: 'party_day_lesson', occurredAt: '2026-11-10' };
    const original = await award(bearer(secretary), body);
    const revoke = await request(app).post(`/api/v1/points/entries/${original.body._id}/revoke`).set('Authorization', bearer(secretary)).send({ reason: '登记错误' });
    expect(revoke.status).to.equal(201);
    expect(revoke.body).to.include({ kind: 'revoke', points: -2, revokesId: original.body._id, month: '2026-11' });
    expect(await ledgerSum(member._id)).to.equal(0);
    const again = await request(app).post(`/api/v1/points/entries/${original.body._id}/revoke`).set('Authorization', bearer(secretary)).send({ reason: '再次' });
    expect(again.status).to.equal(409);
    expect(again.body.error.code).to.equal('already_revoked');
    expect((await award(bearer(secretary), body)).status).to.equal(201);
    const history = (await request(app).get(`/api/v1/members/${member._id}/points`).set('Authorization', bearer(secretary))).body.history.items;
    const row = (id: string) => history.find((e: { _id: string }) => e._id === id);
    expect(row(original.body._id)).to.include({ kind: 'award', revoked: true, revokedReason: '登记错误' });
    expect(row(revoke.body._id)).to.include({ kind: 'revoke', revoked: false, revokesId: original.body._id });
  });

  it('when an entry of a closed month is revoked, then only an admin may do it', async () => {
    const { admin, secretary, member } = await setup();
    const october = await award(bearer(admin), { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-10-20' });
    expect(october.status).to.equal(201);
    const revoke = (who: string) => request(app).post(`/api/v1/points/entries/${october.body._id}/revoke`).set('Authorization', who).send({ reason: '登记错误' });
    const bySecretary = await revoke(bearer(secretary));
    expect(bySecretary.status).to.equal(403);
    expect(await PointsEntry.countDocuments({ kind: 'revoke' })).to.equal(0);
    expect(await Revocation.countDocuments({})).to.equal(0);
    expect((await revoke(bearer(admin))).body).to.include({ kind: 'revoke', points: -10, month: '2026-10' });
  });

  it('when a revocation was cut off after its marker, then it stays pending for a minute and the next revocation finishes it, once', async () => {
    const { secretary, member } = await setup();
    const original = await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'party_day_lesson', occurredAt: '2026-11-10' });
    const revoke = () => request(app).post(`/api/v1/points/entries/${original.body._id}/revoke`).set('Authorization', bearer(secretary)).send({ reason: '登记错误' });
    // What a crash between the two inserts leaves: the marker, no negative entry.
    await Revocation.create({ _id: original.body._id, revocationId: new Types.ObjectId() });
    const inFlight = await revoke();
    expect(inFlight.status).to.equal(409);
    expect(inFlight.body.error.code).to.equal('request_in_progress');
    expect(inFlight.headers['retry-after']).to.match(/^\d+$/);
    await Revocation.collection.updateOne({ _id: original.body._id } as never, { $set: { createdAt: new Date('2026-11-20T09:00:00+08:00') } });
    const finished = await Promise.all([revoke(), revoke(), revoke()]);
    expect(finished.map((r) => r.status).sort()).to.deep.equal([201, 409, 409]);
    expect(await PointsEntry.countDocuments({ kind: 'revoke' })).to.equal(1);
    expect(await ledgerSum(member._id)).to.equal(0);
    expect((await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'party_day_lesson', occurredAt: '2026-11-11' })).status).to.equal(201);
  });

  it('when today is sent as a bare day before 08:00 in Shanghai, then it is today there (not the future): 201 in this month', async () => {
    const { secretary, member } = await setup();
    const early = testApp({ clock: () => new Date('2026-11-20T07:00:00+08:00') });
    const res = await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-20' }, newKey(), early);
    expect(res.status).to.equal(201);
    expect(res.body).to.include({ occurredAt: '2026-11-19T16:00:00.000Z', month: '2026-11' });
  });

  it('when occurredAt is in the future or before the ledger\'s first month (2010), then 400; a closed month is for admins only', async () => {
    const { admin, secretary, member } = await setup();
    const future = await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-21T00:00:00+08:00' });
    expect(future.status).to.equal(400);
    expect(future.body.error.code).to.equal('occurred_in_future');
    const late = { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-10-31T20:00:00+08:00' };
    expect((await award(bearer(secretary), late)).status).to.equal(403);
    const byAdmin = await award(bearer(admin), late);
    expect(byAdmin.status).to.equal(201);
    expect(byAdmin.body.month).to.equal('2026-10');
    const tooEarly = await award(bearer(admin), { ...late, occurredAt: '2009-12-31T12:00:00+08:00' });
    expect(tooEarly.status).to.equal(400);
    expect(tooEarly.body.error).to.include({ code: 'occurred_too_early' });
    expect(tooEarly.body.error.details[0].path).to.equal('occurredAt');
  });

  it('when a secretary awards a member of another community, then 403', async () => {
    const { communities, secretary } = await setup();
    const stranger = await createMember(communities[1]);
    const res = await award(bearer(secretary), { memberId: String(stranger._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-18' });
    expect(res.status).to.equal(403);
    expect(await PointsEntry.countDocuments({})).to.equal(0);
  });

  it('when a rule changes, then past entries keep the points they were awarded', async () => {
    const { admin, secretary, member } = await setup();
    await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-02' });
    const patch = await request(app).patch('/api/v1/points/rules/micro_lesson').set('Authorization', bearer(admin)).send({ points: 15, monthlyCap: null });
    expect(patch.status).to.equal(200);
    expect(patch.body.points).to.equal(15);
    // The edit takes effect today (TEST_NOW, 11-20): an award for today gets the new points.
    await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-20' });
    expect((await PointsEntry.find({}).sort({ occurredAt: 1 }).lean()).map((e) => e.points)).to.deep.equal([10, 15]);
  });
});

describe('points: views', () => {
  it('when an entry is at 23:30 on 30 November in Shanghai, then it counts in November', async () => {
    const lateNight = new Date('2026-11-30T23:45:00+08:00');
    const nightApp = testApp({ clock: () => lateNight });
    const { secretary, member } = await setup();
    const res = await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-30T23:30:00+08:00' }, newKey(), nightApp);
    expect(res.status).to.equal(201);
    expect(res.body.month).to.equal('2026-11');
    const mine = await request(nightApp).get('/api/v1/me/points').set('Authorization', bearer(member));
    expect(mine.body.balance.thisMonth).to.equal(10);
    expect(mine.body.ranks.month.period).to.equal('2026-11');
    expect(mine.body.ranks.month.community).to.deep.equal({ rank: 1, of: 1 });
  });

  it('when a member reads their points, then balance, ranks and named history come back; another member is 404', async () => {
    const { communities, admin, secretary, member } = await setup();
    const other = await createMember(communities[0], { displayName: '党员乙' });
    await award(bearer(secretary), { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-02' });
    await award(bearer(secretary), { memberId: String(other._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-02' });
    await award(bearer(secretary), { memberId: String(other._id), ruleKey: 'study_discussion', occurredAt: '2026-11-03' });
    const lastYear = { memberId: String(member._id), ruleKey: 'volunteer_hour', occurredAt: '2025-06-01', quantity: 4 };
    const closedForSecretary = await award(bearer(secretary), lastYear);
    expect(closedForSecretary.status).to.equal(403);
    expect((await award(bearer(admin), lastYear)).status).to.equal(201);
    const mine = await request(app).get('/api/v1/me/points').set('Authorization', bearer(member));
    expect(mine.status).to.equal(200);
    expect(mine.body.balance).to.deep.equal({ allTime: 14, thisYear: 10, thisMonth: 10 });
    expect(mine.body.ranks.month.community).to.deep.equal({ rank: 2, of: 2 });
    expect(mine.body.history.items[0].ruleName).to.equal('讲授微党课');
    const peek = await request(app).get(`/api/v1/members/${other._id}/points`).set('Authorization', bearer(member));
    expect(peek.status).to.equal(404);
    const bySecretary = await request(app).get(`/api/v1/members/${other._id}/points`).set('Authorization', bearer(secretary));
    expect(bySecretary.body.balance.thisMonth).to.equal(13);
  });

  it('when the rollup has run this period and the member has no total, then ranks are null of the rank counts, without a ledger pass', async () => {
    const { member } = await setup();
    const month = monthKey(NOW);
    await RollupState.create({ _id: 'points', watermark: NOW });
    await PointsRankCounts.create({ _id: `${month}:district`, period: month, scope: 'district', points: [5, 3], counts: [4, 3] });
    const mine = await request(app).get('/api/v1/me/points').set('Authorization', bearer(member));
    expect(mine.body.ranks.month).to.deep.include({ source: 'rollup', district: { rank: null, of: 7 }, community: { rank: null, of: 0 } });
  });

  it('when the themed-day items are recorded, then the checklist shows what is done and missing', async () => {
    const { communities, secretary, member } = await setup();
    const other = await createMember(communities[0]);
    for (const ruleKey of ['party_day_lesson', 'party_day_film', 'party_day_practice']) {
      await award(bearer(secretary), { memberId: String(member._id), ruleKey, occurredAt: '2026-11-05' });
    }
    await award(bearer(secretary), { memberId: String(other._id), ruleKey: 'party_day_film', occurredAt: '2026-11-05' });
    const mine = await request(app).get('/api/v1/me/party-day').query({ month: '2026-11' }).set('Authorization', bearer(member));
    expect(mine.body).to.include({ lesson: true, film: true, practice: true, complete: true });
    const points = await request(app).get('/api/v1/me/points').set('Authorization', bearer(other));
    expect(points.body.partyDay).to.deep.equal({ month: '2026-11', lesson: false, film: true, practice: false, complete: false });
    const community = await request(app).get(`/api/v1/communities/${communities[0]._id}/party-day`).query({ month: '2026-11' }).set('Authorization', bearer(secretary));
    expect(community.body).to.include({ complete: 1, total: 2 });
    const row = community.body.items.find((i: { memberId: string }) => i.memberId === String(other._id));
    expect(row).to.include({ lesson: false, film: true, practice: false, complete: false });
    const elsewhere = await request(app).get(`/api/v1/communities/${communities[1]._id}/party-day`).set('Authorization', bearer(secretary));
    expect(elsewhere.status).to.equal(404);
  });

  it('when reading the leaderboard, then members are ranked by net points in the scope', async () => {
    const { communities, admin, member } = await setup();
    const second = await createMember(communities[0], { displayName: '党员丙' });
    const otherStreet = await createMember(communities[1], { displayName: '党员丁' });
    const auth = bearer(admin);
    await award(auth, { memberId: String(member._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-02' });
    await award(auth, { memberId: String(second._id), ruleKey: 'study_discussion', occurredAt: '2026-11-02' });
    await award(auth, { memberId: String(otherStreet._id), ruleKey: 'micro_lesson', occurredAt: '2026-11-02' });
    const district = await request(app).get('/api/v1/points/leaderboard').query({ period: '2026-11' }).set('Authorization', auth);
    expect(district.body.items.map((i: { points: number; rank: number }) => [i.points, i.rank])).to.deep.equal([[10, 1], [10, 1], [3, 3]]);
    const street = await request(app).get('/api/v1/points/leaderboard')
      .query({ period: '2026', scope: `street:${communities[0].streetId}` }).set('Authorization', auth);
    expect(street.body.items.map((i: { displayName: string }) => i.displayName)).to.deep.equal(['党员甲', '党员丙']);
    const bad = await request(app).get('/api/v1/points/leaderboard').query({ period: '2026-11', scope: 'galaxy:1' }).set('Authorization', auth);
    expect(bad.status).to.equal(400);
  });
});
