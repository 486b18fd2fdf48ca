import { expect } from 'chai';
import mongoose from 'mongoose';
import { JobLock, JobRun } from '../../models/assessment.model.js';
import { Notification } from '../../models/notification.model.js';
import { Project } from '../../models/project.model.js';
import { Whistle } from '../../models/whistle.model.js';
import { createScheduler } from '../../jobs/agenda.js';
import { defineJobs } from '../../jobs/registry.js';
import { whistleWatchJob } from '../../jobs/whistle-watch.job.js';
import { acquireRunLock } from '../../jobs/runner.js';
import { createLogger } from '../../server/lib/logger.js';
import { request, testApp, testDeps } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const NOW = new Date('2026-11-20T08:00:00+08:00');
const deps = testDeps({ clock: () => NOW });

async function overdueFixture() {
  const { communities } = await createOrgTree(1, 1);
  const admins = [await createUser({ role: 'admin' }), await createUser({ role: 'admin' })];
  const dept = await createUser({ role: 'department', displayName: '区建管委' });
  const owner = await createMentee(communities[0]);
  const p = await Project.create({ ownerId: owner._id, communityId: communities[0]._id, title: '项目', categoryKey: 'parking', goal: '目标', startDate: new Date('2026-09-01') });
  const base = { projectId: p._id, ownerId: owner._id, departmentId: dept._id, problem: '停车位划线需交警部门审批' };
  const overdue = await Whistle.create({ ...base, dueDate: new Date('2026-11-15') });
  await Whistle.create({ ...base, dueDate: new Date('2026-11-10'), status: 'resolved' });
  await Whistle.create({ ...base, dueDate: new Date('2026-11-30') });
  return { admins, dept, overdue };
}

const waitFor = async (check: () => Promise<boolean>, attempts = 200) => {
  for (let i = 0; !(await check()); i++) {
    if (i >= attempts) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('whistle-watch job', () => {
  it('when a whistle is overdue, then it is stamped and the department and every admin are reminded once, each linked to the whistle on their own console page', async () => {
    const { dept, admins, overdue } = await overdueFixture();
    const first = await whistleWatchJob.run({}, { now: NOW, deps });
    expect(first).to.deep.equal({ overdue: 1, newlyOverdue: 1, reminders: 3 });
    expect((await Whistle.findById(overdue._id).lean())!.overdueSince).to.be.an.instanceOf(Date);
    const recipients = (await Notification.find({}).lean()).map((n) => String(n.userId)).sort();
    expect(recipients).to.deep.equal([dept, ...admins].map((u) => String(u._id)).sort());
    const links = new Map((await Notification.find({}).lean()).map((n) => [String(n.userId), n.link]));
    expect(links.get(String(dept._id))).to.equal(`/department/whistles?whistle=${overdue._id}`);
    for (const a of admins) expect(links.get(String(a._id))).to.equal(`/admin/whistles?whistle=${overdue._id}`);
    expect((await Notification.findOne({ userId: dept._id }).lean())?.body).to.include('当前状态：待受理');
    const second = await whistleWatchJob.run({}, { now: NOW, deps });
    expect(second).to.deep.equal({ overdue: 1, newlyOverdue: 0, reminders: 0 });
    expect(await Notification.countDocuments({})).to.equal(3);
  });

  it('when the department reads its reminders, then it can mark them read', async () => {
    const { dept } = await overdueFixture();
    await whistleWatchJob.run({}, { now: NOW, deps });
    const app = testApp({ clock: () => NOW });
    const inbox = await request(app).get('/api/v1/me/notifications').set('Authorization', bearer(dept));
    expect(inbox.body).to.include({ total: 1, unread: 1 });
    expect(inbox.body.items[0].title).to.include('吹哨事项已超期');
    const read = await request(app).post(`/api/v1/me/notifications/${inbox.body.items[0]._id}/read`).set('Authorization', bearer(dept));
    expect(read.body.readAt).to.be.a('string');
    expect((await request(app).get('/api/v1/me/notifications').query({ unread: true }).set('Authorization', bearer(dept))).body.total).to.equal(0);
  });

  it('when two Agenda workers share the database and the job is queued, then its effect is applied once', async () => {
    await overdueFixture();
    const workers = [1, 2].map((n) => createScheduler(mongoose.connection.db!, createLogger('silent'), { processEvery: 100, name: `worker-${n}` }));
    for (const w of workers) defineJobs(w.agenda, deps);
    await Promise.all(workers.map((w) => w.start()));
    try {
      await workers[0].agenda.now('whistle-watch', {});
      await workers[1].agenda.now('whistle-watch', {});
      await waitFor(async () =>
        (await mongoose.connection.db!.collection('agenda_jobs').countDocuments({ name: 'whistle-watch', lastFinishedAt: { $ne: null } })) === 2);
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    // On FerretDB both workers can pick the same queued job (Agenda's lock update is not atomic), so a
    // second run of it may start after both show as finished; stopping ends the picking, not that run.
    // Once every run is over, the lock is free (a leaked lock times this out) and the effect was applied once.
    await waitFor(async () => (await JobLock.countDocuments({})) === 0);
    expect(await Notification.countDocuments({})).to.equal(3);
  });
});

describe('jobs operations API', () => {
  it('when an admin lists jobs, then each has its schedules; running one returns 202 and records the result', async () => {
    await overdueFixture();
    const admin = await createUser({ role: 'admin' });
    const app = testApp({ clock: () => NOW });
    const list = await request(app).get('/api/v1/jobs').set('Authorization', bearer(admin));
    expect(list.body.items.map((j: { name: string }) => j.name)).to.deep.equal(['points-rollup', 'monthly-assessment', 'whistle-watch', 'claims-sweep', 'claim-reminders', 'notification-delivery', 'notification-digest', 'evaluation-anomalies']);
    expect(list.body.items[0].schedules.map((s: { cron: string }) => s.cron)).to.deep.equal(['5 * * * *', '0 1 1 * *']);
    expect(list.body.items[0].schedules.map((s: { words: string }) => s.words)).to.deep.equal(['每小时第 5 分钟', '每月 1 日 01:00']);
    const started = await request(app).post('/api/v1/jobs/whistle-watch/run').set('Authorization', bearer(admin)).send({});
    expect(started.status).to.equal(202);
    await waitFor(async () => !!(await JobRun.findById('whistle-watch').lean<{ lastFinishedAt?: Date }>())?.lastFinishedAt);
    const after = await request(app).get('/api/v1/jobs').set('Authorization', bearer(admin));
    const watch = after.body.items.find((j: { name: string }) => j.name === 'whistle-watch');
    expect(watch.lastResult).to.include({ overdue: 1 });
    expect(watch.lastResultLines).to.deep.include({ label: '超期事项', value: '1' });
    expect(watch.running).to.equal(false);
  });

  it('when the job is already running, then run-now is 409; an unknown job is 400', async () => {
    const admin = await createUser({ role: 'admin' });
    const app = testApp({ clock: () => NOW });
    expect(await acquireRunLock('points-rollup', 'someone-else')).to.equal(true);
    const busy = await request(app).post('/api/v1/jobs/points-rollup/run').set('Authorization', bearer(admin)).send({ month: '2026-10' });
    expect(busy.status).to.equal(409);
    expect(busy.body.error.code).to.equal('job_running');
    expect((await request(app).post('/api/v1/jobs/nope/run').set('Authorization', bearer(admin)).send({})).status).to.equal(400);
  });
});
