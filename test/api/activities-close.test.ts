import { Types } from 'mongoose';
import { expect } from 'chai';
import { Activity, Attendance } from '../../models/activity.model.js';
import { IdempotencyKey, PointsEntry } from '../../models/points.model.js';
import { Transition } from '../../models/transition.model.js';
import { readChain } from '../../server/modules/points/cap-chain.js';
import { requestHash } from '../../server/modules/points/points.rules.js';
import { testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { ledgerEntry } from '../factories/points.js';
import { createMember } from '../factories/secretaries.js';
import { activityBody, activityWorld, as, inParallel } from '../factories/activities.js';

let now = TEST_NOW;
const app = testApp({ clock: () => now });
/** Claims made this long ago are past the grace period whatever today's date is. */
const LONG_AGO = new Date('2026-01-01T00:00:00Z');

async function activityWith(w: Awaited<ReturnType<typeof activityWorld>>, attendees: Array<{ _id: unknown }>, over: Record<string, unknown> = {}) {
  const res = await as(app, w.secretary).post('/activities', activityBody(over));
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  const added = await as(app, w.secretary).post(`/activities/${res.body._id}/attendees`, { memberIds: attendees.map((m) => String(m._id)) });
  expect(added.body.summary.refused, JSON.stringify(added.body)).to.equal(0);
  return res.body as { _id: string };
}

const statusesOf = (body: { items: Array<{ displayName: string; status: string; code?: string }> }) =>
  Object.fromEntries(body.items.map((i) => [i.displayName, i.code ?? i.status]));

describe('activities: closing awards the attendees once', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when an activity is closed, then every attendee gets the rule\'s points; closing again changes nothing', async () => {
    const w = await activityWorld();
    const a = await activityWith(w, w.members);
    const first = await as(app, w.secretary).post(`/activities/${a._id}/close`);
    expect(first.status).to.equal(200);
    expect(first.body.summary).to.deep.equal({ attendees: 3, awarded: 3, alreadyAwarded: 0, refused: 0, pending: 0 });
    expect(first.body.award).to.include({ ruleKey: 'party_day_lesson', quantity: 1, note: '活动签到：十一月主题党日·一课', ruleName: '主题党日·一课' });
    expect(first.body.activity).to.include({ status: 'closed' });
    const entries = await PointsEntry.find({}).lean();
    expect(entries).to.have.length(3);
    expect(entries.every((e) => e.ruleKey === 'party_day_lesson' && e.points === 2 && e.month === '2026-11')).to.equal(true);
    expect(entries[0].occurredAt.toISOString()).to.equal(new Date('2026-11-20T09:30:00+08:00').toISOString());
    const again = await as(app, w.admin).post(`/activities/${a._id}/close`);
    expect(again.status).to.equal(200);
    expect(again.body.summary).to.include({ awarded: 0, alreadyAwarded: 3 });
    expect(again.body.items.map((i: { entryId: string }) => i.entryId)).to.have.members(entries.map((e) => String(e._id)));
    expect(await PointsEntry.countDocuments({})).to.equal(3);
    expect((await as(app, w.secretary).patch(`/activities/${a._id}`, { title: '结束后再改名' })).body.error.code).to.equal('activity_closed');
    expect((await as(app, w.secretary).delete(`/activities/${a._id}/attendees/${w.members[0]._id}`)).status).to.equal(409);
    expect((await as(app, w.secretary).get(`/activities/${a._id}/sign-in-code`)).status).to.equal(409);
  });

  it('when five closes race (secretary and admin), then each attendee is awarded exactly once across all answers', async () => {
    const w = await activityWorld();
    const more = await Promise.all(Array.from({ length: 7 }, (_, i) => createMember(w.communities[0], { displayName: `党员${i + 4}` })));
    const a = await activityWith(w, [...w.members, ...more]);
    const results = await inParallel(app, [w.secretary, w.admin, w.secretary, w.admin, w.secretary].map((u) => [u, 'POST', `/activities/${a._id}/close`] as [typeof u, string, string]));
    expect(results.map((r) => r.status)).to.deep.equal([200, 200, 200, 200, 200]);
    const awarded = results.flatMap((r) => r.body.items.filter((i: { status: string }) => i.status === 'awarded').map((i: { memberId: string }) => i.memberId));
    expect(awarded).to.have.length(10);
    expect(new Set(awarded).size).to.equal(10);
    for (const r of results) expect(r.body.summary.awarded + r.body.summary.alreadyAwarded, JSON.stringify(r.body.items)).to.equal(10);
    expect(await PointsEntry.countDocuments({})).to.equal(10);
    expect(await Transition.countDocuments({ _id: `activity:${a._id}:closed` })).to.equal(1);
  });

  it('when sign-ins race a close, then every attendance that stands is awarded exactly once, without another close', async () => {
    const w = await activityWorld();
    const more = await Promise.all(Array.from({ length: 9 }, (_, i) => createMember(w.communities[0], { displayName: `党员${i + 4}` })));
    const a = await activityWith(w, [w.members[0]]);
    const code = (await as(app, w.secretary).get(`/activities/${a._id}/sign-in-code`)).body.code;
    const signIns = [...w.members.slice(1), ...more].map((m) => [m, 'POST', `/activities/${a._id}/sign-in`, { code }] as [typeof m, string, string, object?]);
    const results = await inParallel(app, [...signIns.slice(0, 5), [w.secretary, 'POST', `/activities/${a._id}/close`], ...signIns.slice(5)]);
    for (const r of results) expect([200, 201, 409], JSON.stringify(r.body)).to.include(r.status);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'activity_closed')).to.equal(true);
    const attendees = await Attendance.find({ activityId: a._id }).lean();
    const entries = await PointsEntry.find({}).lean();
    expect(entries.map((e) => String(e.memberId)).sort()).to.deep.equal(attendees.map((x) => String(x.memberId)).sort());
  });

  it('when an attendee has reached the monthly cap, then they alone are refused with the cap named, and the rest are awarded', async () => {
    const w = await activityWorld();
    const a = await activityWith(w, w.members);
    const capped = await as(app, w.secretary).post('/points/entries', { memberId: String(w.members[1]._id), ruleKey: 'party_day_lesson', occurredAt: '2026-11-05' })
      .set('Idempotency-Key', 'earlier-lesson-0001');
    expect(capped.status).to.equal(201);
    const res = await as(app, w.secretary).post(`/activities/${a._id}/close`);
    expect(statusesOf(res.body)).to.deep.equal({ 党员1: 'awarded', 党员2: 'monthly_cap', 党员3: 'awarded' });
    const refused = res.body.items.find((i: { code?: string }) => i.code === 'monthly_cap');
    expect(refused).to.include({ status: 'refused' });
    expect(refused.message).to.match(/^「主题党日·一课」本月已达上限 2 分/);
    expect(await PointsEntry.countDocuments({ memberId: w.members[1]._id })).to.equal(1);
  });

  it('when a secretary closes an activity of a closed month, then each award is refused as month_closed; an admin\'s close then awards them', async () => {
    const w = await activityWorld();
    const a = await activityWith(w, w.members.slice(0, 2), { startAt: '2026-10-30T09:00:00+08:00', endAt: '2026-10-30T11:00:00+08:00' });
    const bySecretary = await as(app, w.secretary).post(`/activities/${a._id}/close`);
    expect(bySecretary.status).to.equal(200);
    expect(statusesOf(bySecretary.body)).to.deep.equal({ 党员1: 'month_closed', 党员2: 'month_closed' });
    expect(bySecretary.body.items[0].message).to.match(/^2026-10 已结账/);
    expect(await PointsEntry.countDocuments({})).to.equal(0);
    const byAdmin = await as(app, w.admin).post(`/activities/${a._id}/close`);
    expect(statusesOf(byAdmin.body)).to.deep.equal({ 党员1: 'awarded', 党员2: 'awarded' });
    expect((await PointsEntry.find({}).lean()).every((e) => e.month === '2026-10')).to.equal(true);
  });

  it('when a member is added after the close, then they are awarded at once, exactly once; a self sign-in after the close is refused', async () => {
    const w = await activityWorld();
    const a = await activityWith(w, [w.members[0]]);
    const code = (await as(app, w.secretary).get(`/activities/${a._id}/sign-in-code`)).body.code;
    await as(app, w.secretary).post(`/activities/${a._id}/close`);
    const selfAfter = await as(app, w.members[1]).post(`/activities/${a._id}/sign-in`, { code });
    expect(selfAfter.status).to.equal(409);
    expect(selfAfter.body.error.code).to.equal('activity_closed');
    expect(selfAfter.body.error.message).to.match(/^活动已结束结算，不能再签到/);
    const late = await as(app, w.secretary).post(`/activities/${a._id}/attendees`, { memberIds: [String(w.members[1]._id), String(w.members[0]._id)] });
    expect(late.body.items.map((i: { status: string }) => i.status)).to.deep.equal(['added', 'already']);
    expect(late.body.items[0].award).to.include({ status: 'awarded', points: 2 });
    const reclose = await as(app, w.secretary).post(`/activities/${a._id}/close`);
    expect(reclose.body.summary).to.include({ attendees: 2, awarded: 0, alreadyAwarded: 2 });
    expect(await PointsEntry.countDocuments({})).to.equal(2);
  });

  it('when a close was cut off after deciding (status not written, awards missing or half-claimed), then the next close finishes it once', async () => {
    const w = await activityWorld();
    const a = await activityWith(w, w.members.slice(0, 2), { kind: 'volunteer_hour', title: '社区志愿服务', endAt: '2026-11-20T12:30:00+08:00' });
    const frozen = { byId: String(w.secretary._id), at: TEST_NOW, award: { ruleKey: 'volunteer_hour', occurredAt: new Date('2026-11-20T09:30:00+08:00'), quantity: 3, note: '活动签到：社区志愿服务' } };
    await Transition.create({ _id: `activity:${a._id}:closed`, data: frozen });
    // Member 1's award was claimed (key and cap link) by the cut-off close, then never written.
    const input = { ...frozen.award, memberId: String(w.members[0]._id) };
    await IdempotencyKey.collection.insertOne({ _id: `activity:${a._id}:${w.members[0]._id}`, requestHash: requestHash(input), entryId: new Types.ObjectId(), capChain: `${w.members[0]._id}:volunteer_hour:2026-11`, settled: false, createdAt: LONG_AGO } as never);
    expect((await as(app, w.secretary).patch(`/activities/${a._id}`, { title: '已结束' })).status).to.equal(409);
    const res = await as(app, w.secretary).post(`/activities/${a._id}/close`);
    expect(res.body.summary).to.include({ awarded: 2 });
    expect(res.body.award).to.include({ quantity: 3 });
    expect((await Activity.findById(a._id).lean())?.status).to.equal('closed');
    expect((await PointsEntry.find({}).lean()).map((e) => e.points)).to.deep.equal([3, 3]);
    // Member 1's dead claim was released and claimed afresh; both claims now name written entries.
    const claims = await IdempotencyKey.find({ _id: new RegExp(`^activity:${a._id}:`) }).lean();
    expect(claims).to.have.length(2);
    expect(await PointsEntry.countDocuments({ _id: { $in: claims.map((c) => c.entryId) } })).to.equal(2);
    expect((await readChain(`${w.members[0]._id}:volunteer_hour:2026-11`)).at(-1)?.total).to.equal(3);
  });

  it('when an activity has not started, then it cannot be closed; a member\'s points elsewhere are untouched', async () => {
    const w = await activityWorld();
    await ledgerEntry(w.members[0], 5, '2026-11-02T10:00:00+08:00');
    const a = await activityWith(w, [w.members[0]], { startAt: '2026-11-21T09:00:00+08:00', endAt: '2026-11-21T10:00:00+08:00' });
    const res = await as(app, w.secretary).post(`/activities/${a._id}/close`);
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('activity_not_started');
    now = new Date('2026-11-21T10:30:00+08:00');
    expect((await as(app, w.secretary).post(`/activities/${a._id}/close`)).body.summary).to.include({ awarded: 1 });
    expect(await PointsEntry.countDocuments({ memberId: w.members[0]._id })).to.equal(2);
  });
});
