import { expect } from 'chai';
import mongoose from 'mongoose';
import { PointsClaim } from '../../models/points-claim.model.js';
import { MAX_PHOTO_BYTES } from '../../server/lib/photos.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { activityBody, activityWorld, as } from '../factories/activities.js';
import { bearer } from '../factories/users.js';
import { JPEG_BYTES, PNG_BYTES, photoOf } from '../factories/photos.js';

let now = TEST_NOW;
const app = testApp({ clock: () => now });

export const claimBody = (over: Record<string, unknown> = {}) => ({
  ruleKey: 'volunteer_hour', occurredAt: '2026-11-18', quantity: 3, description: '社区垃圾分类志愿服务 3 小时', ...over,
});

const storedFiles = () => mongoose.connection.db!.collection('claim_photos.files').countDocuments({});

/** GETs a photo as bytes. */
const getPhoto = (user: { _id: unknown }, url: string) =>
  request(app).get(url).set('Authorization', bearer(user)).buffer(true)
    .parse((r, cb) => { const parts: Buffer[] = []; r.on('data', (c: Buffer) => parts.push(c)); r.on('end', () => cb(null, Buffer.concat(parts))); });

describe('points claims: submitting', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when a member claims with a PNG and a JPEG, then the claim is pending with both photos stored', async () => {
    const w = await activityWorld();
    const res = await as(app, w.members[0]).post('/points/claims', claimBody({ photos: [photoOf(PNG_BYTES), photoOf(JPEG_BYTES, 'image/jpeg')] }));
    expect(res.status, JSON.stringify(res.body)).to.equal(201);
    expect(res.body).to.include({ status: 'pending', ruleKey: 'volunteer_hour', ruleName: '志愿服务（每小时）', quantity: 3, month: '2026-11', displayName: '党员1' });
    expect(res.body.communityId).to.equal(String(w.communities[0]._id));
    expect(res.body.photos).to.deep.equal([
      { n: 1, contentType: 'image/png', size: PNG_BYTES.length, url: `/api/v1/points/claims/${res.body._id}/photos/1` },
      { n: 2, contentType: 'image/jpeg', size: JPEG_BYTES.length, url: `/api/v1/points/claims/${res.body._id}/photos/2` },
    ]);
    const stored = await PointsClaim.findById(res.body._id).lean();
    expect(stored!.submittedAt.toISOString()).to.equal(TEST_NOW.toISOString());
    expect(stored!.photos.map((p) => p.sha256)).to.have.length(2);
    expect(await storedFiles()).to.equal(2);
  });

  it('when fields are missing or out of range, then 400 naming them and nothing is stored', async () => {
    const w = await activityWorld();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ description: '' }, 'description'],
      [{ quantity: 0 }, 'quantity'],
      [{ quantity: 1.5 }, 'quantity'],
      [{ occurredAt: 'yesterday' }, 'occurredAt'],
      [{ ruleKey: 'Bad Key' }, 'ruleKey'],
      [{ photos: [photoOf(PNG_BYTES), photoOf(PNG_BYTES), photoOf(PNG_BYTES), photoOf(PNG_BYTES)] }, 'photos'],
      [{ photos: [{ contentType: 'image/gif', data: PNG_BYTES.toString('base64') }] }, 'photos.0.contentType'],
      [{ photos: [{ contentType: 'image/png', data: '###not base64###' }] }, 'photos.0.data'],
      [{ photos: [photoOf(PNG_BYTES), 'just a string'] }, 'photos.1'],
    ];
    for (const [over, path] of cases) {
      const res = await as(app, w.members[0]).post('/points/claims', claimBody(over));
      expect(res.status, `${path}: ${JSON.stringify(res.body)}`).to.equal(400);
      expect(res.body.error.details.map((d: { path: string }) => d.path), path).to.include(path);
    }
    expect(await PointsClaim.countDocuments({})).to.equal(0);
    expect(await storedFiles()).to.equal(0);
  });

  it('when a photo is not what it says, is not an image or is over 2 MB, then 400 / 413 for that photo and nothing is stored', async () => {
    const w = await activityWorld();
    const mismatch = await as(app, w.members[0]).post('/points/claims', claimBody({ photos: [photoOf(PNG_BYTES), photoOf(PNG_BYTES, 'image/jpeg')] }));
    expect(mismatch.status).to.equal(400);
    expect(mismatch.body.error).to.deep.include({ code: 'photo_type_mismatch', details: [{ path: 'photos.1' }] });
    const html = await as(app, w.members[0]).post('/points/claims', claimBody({ photos: [photoOf(Buffer.from('<html><script>alert(1)</script></html>'))] }));
    expect(html.status).to.equal(400);
    expect(html.body.error.code).to.equal('photo_not_image');
    const big = Buffer.concat([JPEG_BYTES, Buffer.alloc(MAX_PHOTO_BYTES + 1 - JPEG_BYTES.length)]);
    const tooLarge = await as(app, w.members[0]).post('/points/claims', claimBody({ photos: [photoOf(big, 'image/jpeg')] }));
    expect(tooLarge.status).to.equal(413);
    expect(tooLarge.body.error.code).to.equal('photo_too_large');
    const huge = 'A'.repeat(3_400_000);
    const overBody = await as(app, w.members[0]).post('/points/claims', claimBody({ photos: [1, 2, 3].map(() => ({ contentType: 'image/png', data: huge })) }));
    expect(overBody.status).to.equal(413);
    expect(overBody.body.error.code).to.equal('payload_too_large');
    expect(await PointsClaim.countDocuments({})).to.equal(0);
    expect(await storedFiles()).to.equal(0);
  });

  it('when the rule, the day or the claimant is wrong, then the claim is refused with its own code', async () => {
    const w = await activityWorld();
    const post = (over: Record<string, unknown>, user = w.members[0]) => as(app, user).post('/points/claims', claimBody(over));
    expect((await post({ ruleKey: 'no_such_rule' })).body.error.code).to.equal('rule_not_found');
    expect((await post({ occurredAt: '2026-11-21' })).body.error.code).to.equal('occurred_in_future');
    const closed = await post({ occurredAt: '2026-10-31' });
    expect(closed.status).to.equal(403);
    expect(closed.body.error.code).to.equal('month_closed');
    const overCap = await post({ quantity: 21 });
    expect(overCap.status).to.equal(409);
    expect(overCap.body.error.code).to.equal('monthly_cap');
    expect((await post({}, w.secretary)).status).to.equal(403);
    expect(await PointsClaim.countDocuments({})).to.equal(0);
  });
});

describe('points claims: who sees them', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when a photo is asked for, then only the member, their secretary and admins get it; others 404', async () => {
    const w = await activityWorld();
    const res = await as(app, w.members[0]).post('/points/claims', claimBody({ photos: [photoOf(JPEG_BYTES, 'image/jpeg')] }));
    const url = res.body.photos[0].url as string;
    for (const user of [w.members[0], w.secretary, w.admin]) {
      const photo = await getPhoto(user, url);
      expect(photo.status).to.equal(200);
      expect(photo.headers['content-type']).to.equal('image/jpeg');
      expect(photo.headers['cache-control']).to.equal('private, no-store');
      expect(photo.headers['x-content-type-options']).to.equal('nosniff');
      expect(Buffer.compare(photo.body as Buffer, JPEG_BYTES)).to.equal(0);
    }
    for (const user of [w.members[1], w.otherSecretary, w.streetMate, w.outsider]) {
      expect((await getPhoto(user, url)).status).to.equal(404);
    }
    expect((await getPhoto(w.members[0], url.replace(/1$/, '2'))).status).to.equal(404);
    expect((await getPhoto(w.members[0], url.replace(/1$/, '4'))).status).to.equal(400);
    expect((await request(app).get(url)).status).to.equal(401);
    expect((await as(app, w.otherSecretary).get(`/points/claims/${res.body._id}`)).status).to.equal(404);
    expect((await as(app, w.secretary).get(`/points/claims/${res.body._id}`)).body.photos).to.have.length(1);
  });

  it('when claims are listed, then members see their own, secretaries their community\'s, admins all or one community\'s, by status and paged', async () => {
    const w = await activityWorld();
    const mine1 = await as(app, w.members[0]).post('/points/claims', claimBody());
    await as(app, w.members[1]).post('/points/claims', claimBody());
    await as(app, w.outsider).post('/points/claims', claimBody());
    now = new Date(TEST_NOW.getTime() + 60_000);
    const mine2 = await as(app, w.members[0]).post('/points/claims', claimBody({ description: '第二次' }));
    await as(app, w.secretary).post(`/points/claims/${mine1.body._id}/reject`, { reason: '无法核实' });
    const ids = (res: { body: { items: Array<{ _id: string }> } }) => res.body.items.map((i) => i._id);

    const own = await as(app, w.members[0]).get('/points/claims');
    expect(own.body).to.include({ total: 1, page: 1 });
    expect(ids(own)).to.deep.equal([mine2.body._id]);
    expect(ids(await as(app, w.members[0]).get('/points/claims?status=rejected'))).to.deep.equal([mine1.body._id]);
    const community = await as(app, w.secretary).get('/points/claims?status=pending&pageSize=1');
    expect(community.body).to.include({ total: 2, pageSize: 1 });
    expect(ids(community)).to.deep.equal([mine2.body._id]);
    expect((await as(app, w.secretary).get('/points/claims?page=2&pageSize=1')).body.items).to.have.length(1);
    expect((await as(app, w.secretary).get(`/points/claims?community=${w.communities[2]._id}`)).status).to.equal(403);
    expect((await as(app, w.otherSecretary).get('/points/claims')).body.total).to.equal(1);
    expect((await as(app, w.admin).get('/points/claims')).body.total).to.equal(3);
    expect((await as(app, w.admin).get(`/points/claims?community=${w.communities[2]._id}`)).body.total).to.equal(1);
    expect((await as(app, w.admin).get('/points/claims?status=maybe')).status).to.equal(400);
  });
});

describe('my points page: activities, sign-ins and claims', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when a member opens it, then it lists upcoming activities of their community, their sign-ins and their claims', async () => {
    const w = await activityWorld();
    const today = await as(app, w.secretary).post('/activities', activityBody());
    await as(app, w.secretary).post('/activities', activityBody({ title: '十二月学习讨论', kind: 'study_discussion', startAt: '2026-12-05T14:00:00+08:00', endAt: '2026-12-05T16:00:00+08:00' }));
    await as(app, w.otherSecretary).post('/activities', activityBody({ title: '别的居村的活动' }));
    await as(app, w.secretary).post(`/activities/${today.body._id}/attendees`, { memberIds: [String(w.members[0]._id)] });
    const pending = await as(app, w.members[0]).post('/points/claims', claimBody());
    const decided = await as(app, w.members[0]).post('/points/claims', claimBody({ quantity: 1 }));
    await as(app, w.secretary).post(`/points/claims/${decided.body._id}/approve`);

    const res = await as(app, w.members[0]).get('/me/points/activity');
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body.upcomingActivities.map((a: { title: string }) => a.title)).to.deep.equal(['十一月主题党日·一课', '十二月学习讨论']);
    expect(res.body.upcomingActivities[0]).not.to.have.property('secret');
    expect(res.body.recentSignIns).to.have.length(1);
    expect(res.body.recentSignIns[0]).to.include({ title: '十一月主题党日·一课', via: 'manual', closed: false });
    expect(res.body.claims.pending.map((c: { _id: string }) => c._id)).to.deep.equal([pending.body._id]);
    expect(res.body.claims.decided.map((c: { _id: string; status: string }) => [c._id, c.status])).to.deep.equal([[decided.body._id, 'approved']]);
    expect((await as(app, w.secretary).get('/me/points/activity')).status).to.equal(403);
  });
});
