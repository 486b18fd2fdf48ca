import { expect } from 'chai';
import { Notification } from '../../models/notification.model.js';
import { PointsClaim } from '../../models/points-claim.model.js';
import { PointsEntry } from '../../models/points.model.js';
import { Transition } from '../../models/transition.model.js';
import { User } from '../../models/user.model.js';
import { claimRemindersJob } from '../../jobs/claim-reminders.job.js';
import { request, testApp, testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { activityWorld, as, inParallel } from '../factories/activities.js';
import { bearer } from '../factories/users.js';

let now = TEST_NOW;
const app = testApp({ clock: () => now });

const claimBody = (over: Record<string, unknown> = {}) => ({
  ruleKey: 'volunteer_hour', occurredAt: '2026-11-18', quantity: 3, description: '社区垃圾分类志愿服务 3 小时', ...over,
});

async function claimed(w: Awaited<ReturnType<typeof activityWorld>>, over: Record<string, unknown> = {}, member = w.members[0]) {
  const res = await as(app, member).post('/points/claims', claimBody(over));
  expect(res.status, JSON.stringify(res.body)).to.equal(201);
  return res.body as { _id: string };
}

describe('points claims: deciding', () => {
  beforeEach(() => { now = TEST_NOW; });

  it('when the secretary approves, then one ledger entry is written, the member is told, and approving again answers the same', async () => {
    const w = await activityWorld();
    const c = await claimed(w);
    const res = await as(app, w.secretary).post(`/points/claims/${c._id}/approve`);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    expect(res.body).to.include({ status: 'approved', points: 3, decidedById: String(w.secretary._id) });
    const entries = await PointsEntry.find({}).lean();
    expect(entries).to.have.length(1);
    expect(entries[0]).to.include({ ruleKey: 'volunteer_hour', points: 3, quantity: 3, month: '2026-11', ruleVersion: 1 });
    expect(String(entries[0].memberId)).to.equal(String(w.members[0]._id));
    expect(String(entries[0].createdById)).to.equal(String(w.secretary._id));
    expect(res.body.entryId).to.equal(String(entries[0]._id));
    const told = await Notification.find({ userId: w.members[0]._id }).lean();
    expect(told.map((n) => n.kind)).to.deep.equal(['points_claim_approved']);
    expect(told[0].title).to.contain('志愿服务');
    const again = await as(app, w.admin).post(`/points/claims/${c._id}/approve`);
    expect(again.status).to.equal(200);
    expect(again.body.entryId).to.equal(res.body.entryId);
    expect(await PointsEntry.countDocuments({})).to.equal(1);
    expect(await Notification.countDocuments({ userId: w.members[0]._id })).to.equal(1);
  });

  it('when eight approvals race (secretary and admin), then every answer is the same approval and the ledger has one entry', async () => {
    const w = await activityWorld();
    const c = await claimed(w);
    const results = await inParallel(app, Array.from({ length: 8 }, (_, i) => [i % 2 ? w.admin : w.secretary, 'POST', `/points/claims/${c._id}/approve`] as [{ _id: unknown }, string, string]));
    expect(results.map((r) => r.status), JSON.stringify(results.map((r) => r.body))).to.deep.equal(Array(8).fill(200));
    expect(new Set(results.map((r) => r.body.entryId)).size).to.equal(1);
    expect(await PointsEntry.countDocuments({})).to.equal(1);
    expect(await Transition.countDocuments({ _id: `points-claim:${c._id}:decided` })).to.equal(1);
    expect(await Notification.countDocuments({ userId: w.members[0]._id })).to.equal(1);
  });

  it('when approvals and rejections race, then exactly one decision stands and the ledger agrees with it', async () => {
    const w = await activityWorld();
    const c = await claimed(w);
    const calls = Array.from({ length: 6 }, (_, i) => (i % 2
      ? [w.secretary, 'POST', `/points/claims/${c._id}/reject`, { reason: '重复申请' }]
      : [w.admin, 'POST', `/points/claims/${c._id}/approve`]) as [{ _id: unknown }, string, string, object?]);
    const results = await inParallel(app, calls);
    const stored = await PointsClaim.findById(c._id).lean();
    expect(stored!.status).to.be.oneOf(['approved', 'rejected']);
    const winners = results.filter((r) => r.status === 200);
    expect(winners.length).to.be.greaterThan(0);
    expect(winners.every((r) => r.body.status === stored!.status)).to.equal(true);
    expect(results.filter((r) => r.status !== 200).every((r) => r.status === 409 && r.body.error.code === 'claim_decided')).to.equal(true);
    expect(await PointsEntry.countDocuments({})).to.equal(stored!.status === 'approved' ? 1 : 0);
  });

  it('when a claim was rejected, then approving it is 409 and the member is told the reason; a reject needs a reason', async () => {
    const w = await activityWorld();
    const c = await claimed(w);
    const noReason = await as(app, w.secretary).post(`/points/claims/${c._id}/reject`, {});
    expect(noReason.status).to.equal(400);
    expect(noReason.body.error.details[0].path).to.equal('reason');
    const rejected = await as(app, w.secretary).post(`/points/claims/${c._id}/reject`, { reason: '照片无法证明时长' });
    expect(rejected.status).to.equal(200);
    expect(rejected.body).to.include({ status: 'rejected', reason: '照片无法证明时长' });
    const approve = await as(app, w.admin).post(`/points/claims/${c._id}/approve`);
    expect(approve.status).to.equal(409);
    expect(approve.body.error.code).to.equal('claim_decided');
    expect((await as(app, w.secretary).post(`/points/claims/${c._id}/reject`, { reason: '再驳回一次' })).body.reason).to.equal('照片无法证明时长');
    expect(await PointsEntry.countDocuments({})).to.equal(0);
    const told = await Notification.find({ userId: w.members[0]._id }).lean();
    expect(told.map((n) => [n.kind, n.body])).to.deep.equal([['points_claim_rejected', '驳回理由：照片无法证明时长']]);
    const approved = await claimed(w, { quantity: 1 });
    await as(app, w.secretary).post(`/points/claims/${approved._id}/approve`);
    const reject = await as(app, w.secretary).post(`/points/claims/${approved._id}/reject`, { reason: '晚了' });
    expect(reject.status).to.equal(409);
    expect(reject.body.error.code).to.equal('claim_decided');
  });

  it('when another community\'s secretary or a member tries to decide, then 404 / 403 and nothing changes', async () => {
    const w = await activityWorld();
    const c = await claimed(w);
    expect((await as(app, w.otherSecretary).post(`/points/claims/${c._id}/approve`)).status).to.equal(404);
    expect((await as(app, w.members[0]).post(`/points/claims/${c._id}/approve`)).status).to.equal(403);
    expect((await as(app, w.secretary).post('/points/claims/not-an-id/approve')).status).to.equal(400);
    expect((await PointsClaim.findById(c._id).lean())!.status).to.equal('pending');
  });

  it('when the monthly cap is already reached, then approval is refused (409 monthly_cap), the claim stays pending with the reason, and may still be rejected', async () => {
    const w = await activityWorld();
    const full = await request(app).post('/api/v1/points/entries').set('Authorization', bearer(w.secretary)).set('Idempotency-Key', 'fill-the-cap-1')
      .send({ memberId: String(w.members[0]._id), ruleKey: 'volunteer_hour', occurredAt: '2026-11-10', quantity: 19 });
    expect(full.status).to.equal(201);
    const c = await claimed(w, { quantity: 2 });
    const res = await as(app, w.secretary).post(`/points/claims/${c._id}/approve`);
    expect(res.status).to.equal(409);
    expect(res.body.error.code).to.equal('monthly_cap');
    const stored = await PointsClaim.findById(c._id).lean();
    expect(stored!.status).to.equal('pending');
    expect(stored!.refusal).to.include({ code: 'monthly_cap' });
    expect((await as(app, w.members[0]).get(`/points/claims/${c._id}`)).body.refusal.message).to.contain('本月已达上限');
    expect(await Transition.countDocuments({ _id: `points-claim:${c._id}:decided` })).to.equal(0);
    expect(await PointsEntry.countDocuments({})).to.equal(1);
    expect(await Notification.countDocuments({ userId: w.members[0]._id })).to.equal(0);
    const small = await claimed(w, { quantity: 1 });
    expect((await as(app, w.secretary).post(`/points/claims/${small._id}/approve`)).status).to.equal(200);
    expect((await as(app, w.secretary).post(`/points/claims/${c._id}/reject`, { reason: '本月已满' })).body.status).to.equal('rejected');
  });

  it('when the claim\'s month has closed, then the secretary\'s approval is refused (403 month_closed) and an admin\'s is written', async () => {
    const w = await activityWorld();
    const c = await claimed(w);
    now = new Date('2026-12-02T09:00:00+08:00');
    const res = await as(app, w.secretary).post(`/points/claims/${c._id}/approve`);
    expect(res.status).to.equal(403);
    expect(res.body.error.code).to.equal('month_closed');
    expect((await PointsClaim.findById(c._id).lean())!).to.deep.include({ status: 'pending' });
    const admin = await as(app, w.admin).post(`/points/claims/${c._id}/approve`);
    expect(admin.status).to.equal(200);
    const entry = await PointsEntry.findById(admin.body.entryId).lean();
    expect(entry).to.include({ month: '2026-11', points: 3 });
  });
});

describe('points claims: reminders', () => {
  beforeEach(() => { now = TEST_NOW; });
  const runAt = (at: string) => claimRemindersJob.run({}, { now: new Date(at), deps: testDeps() }) as Promise<{ pending: number; reminders: number }>;

  it('when a claim has waited 3 days, then its secretary is reminded once that day and again the next; decided claims are not', async () => {
    const w = await activityWorld();
    const c = await claimed(w);
    const decided = await claimed(w, { quantity: 1 });
    await as(app, w.secretary).post(`/points/claims/${decided._id}/reject`, { reason: '不符合' });
    expect(await runAt('2026-11-23T09:00:00+08:00')).to.deep.equal({ pending: 0, reminders: 0 }); // 2 days 23 hours
    expect(await runAt('2026-11-23T11:00:00+08:00')).to.deep.equal({ pending: 1, reminders: 1 });
    expect(await runAt('2026-11-23T18:00:00+08:00')).to.deep.equal({ pending: 1, reminders: 0 });
    const [a, b] = await Promise.all([runAt('2026-11-24T09:00:00+08:00'), runAt('2026-11-24T09:00:00+08:00')]);
    expect(a.reminders + b.reminders).to.equal(1);
    const reminders = await Notification.find({ kind: 'points_claim_pending' }).lean();
    expect(reminders.map((n) => n._id).sort()).to.deep.equal([
      `points-claim-reminder:${c._id}:2026-11-23:${w.secretary._id}`,
      `points-claim-reminder:${c._id}:2026-11-24:${w.secretary._id}`,
    ]);
    expect(reminders.every((n) => String(n.userId) === String(w.secretary._id))).to.equal(true);
    expect(reminders[0].title).to.contain('党员1');
  });

  it('when the community has no active secretary, then the admins are reminded; CLAIM_REMIND_AFTER_DAYS sets the wait', async () => {
    const w = await activityWorld();
    await User.updateOne({ _id: w.secretary._id }, { $set: { active: false } });
    await claimed(w);
    const run = (env: Record<string, string>, at: string) => claimRemindersJob.run({}, { now: new Date(at), deps: testDeps({ env }) }) as Promise<{ reminders: number }>;
    expect((await run({ CLAIM_REMIND_AFTER_DAYS: '5' }, '2026-11-24T11:00:00+08:00')).reminders).to.equal(0);
    expect((await run({ CLAIM_REMIND_AFTER_DAYS: '5' }, '2026-11-25T11:00:00+08:00')).reminders).to.equal(1);
    const told = await Notification.find({ kind: 'points_claim_pending' }).lean();
    expect(told.map((n) => String(n.userId))).to.deep.equal([String(w.admin._id)]);
  });
});
