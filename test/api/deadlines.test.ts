import { expect } from 'chai';
import { Assessment } from '../../models/assessment.model.js';
import { CoachingNote, Mentorship } from '../../models/mentorship.model.js';
import { Notification } from '../../models/notification.model.js';
import { Project } from '../../models/project.model.js';
import { Whistle } from '../../models/whistle.model.js';
import { monthlyAssessmentJob } from '../../jobs/monthly-assessment.job.js';
import { whistleWatchJob } from '../../jobs/whistle-watch.job.js';
import { getWorkbook, request, testApp, testDeps } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee, createMentor } from '../factories/secretaries.js';

// A date-only deadline is due until the end of that day in Shanghai; a start date begins that day.
const app = testApp({ clock: () => TEST_NOW }); // 2026-11-20 10:00 in Shanghai
const at = (now: Date) => testApp({ clock: () => now });
const LAST_MINUTE_OF_DUE_DAY = new Date('2026-11-25T23:59:00+08:00');
const START_OF_NEXT_DAY = new Date('2026-11-26T00:00:00+08:00');

const projectBody = {
  title: '长风一村加装电梯', categoryKey: 'elevator', goal: '年内完成 3 个门栋加装电梯意见征询', startDate: '2026-09-01',
  milestones: [{ title: '意见征询', dueDate: '2026-10-15' }, { title: '方案公示', dueDate: '2026-12-31' }],
};

async function projectOf(owner: { _id: unknown }, body: object = projectBody) {
  const res = await request(app).post('/api/v1/projects').set('Authorization', bearer(owner)).send(body);
  expect(res.status).to.equal(201);
  return res.body;
}

async function whistleDue(dueDate: string) {
  const { communities } = await createOrgTree(1, 1);
  const admin = await createUser({ role: 'admin' });
  const owner = await createMentee(communities[0]);
  const dept = await createUser({ role: 'department', displayName: '区房管局' });
  const project = await projectOf(owner);
  const res = await request(app).post(`/api/v1/projects/${project._id}/whistles`).set('Authorization', bearer(owner))
    .send({ departmentId: String(dept._id), problem: '加装电梯审批卡在管线迁移', dueDate });
  return { res, admin, dept, owner };
}

describe('date-only deadlines and start dates (Asia/Shanghai days)', () => {
  it('when a whistle is due 2026-11-25, then it is kept as the end of that Shanghai day: not overdue at 23:59 that day, overdue from 00:00 the next', async () => {
    const { res, admin } = await whistleDue('2026-11-25');
    expect(res.status).to.equal(201);
    expect(res.body.dueDate).to.equal('2026-11-25T15:59:59.999Z');
    expect((await Whistle.findById(res.body._id).lean())!.dueDate.toISOString()).to.equal('2026-11-25T15:59:59.999Z');

    const seenAt = async (now: Date) => {
      const get = (path: string, query = {}) => request(at(now)).get(`/api/v1${path}`).query(query).set('Authorization', bearer(admin));
      const [list, overdueOnly, stats, dashboard] = await Promise.all([get('/whistles'), get('/whistles', { overdue: true }), get('/whistles/stats'), get('/dashboard')]);
      return { flag: list.body.items[0].overdue, listed: overdueOnly.body.total, stats: stats.body.items[0].overdue, dashboard: dashboard.body.totals.overdueWhistles };
    };
    expect(await seenAt(LAST_MINUTE_OF_DUE_DAY)).to.deep.equal({ flag: false, listed: 0, stats: 0, dashboard: 0 });
    expect(await seenAt(START_OF_NEXT_DAY)).to.deep.equal({ flag: true, listed: 1, stats: 1, dashboard: 1 });
  });

  it('when whistle-watch runs at 23:59 on the due day, then nobody is reminded; at 00:00 the next day the whistle is stamped and the reminder names the due day', async () => {
    const { res, dept, admin } = await whistleDue('2026-11-25');
    const run = (now: Date) => whistleWatchJob.run({}, { now, deps: testDeps({ clock: () => now }) });
    expect(await run(LAST_MINUTE_OF_DUE_DAY)).to.deep.equal({ overdue: 0, newlyOverdue: 0, reminders: 0 });
    expect((await Whistle.findById(res.body._id).lean())!.overdueSince).to.equal(null);
    expect(await Notification.countDocuments({})).to.equal(0);

    expect(await run(START_OF_NEXT_DAY)).to.deep.equal({ overdue: 1, newlyOverdue: 1, reminders: 2 });
    expect((await Whistle.findById(res.body._id).lean())!.overdueSince!.toISOString()).to.equal(START_OF_NEXT_DAY.toISOString());
    const reminders = await Notification.find({}).lean();
    expect(reminders.map((n) => String(n.userId)).sort()).to.deep.equal([String(dept._id), String(admin._id)].sort());
    expect(reminders[0].body).to.include('办结期限 2026-11-25');
  });

  it('when a whistle is due today, then it is accepted; due yesterday is 400 due_in_past', async () => {
    const today = await whistleDue('2026-11-20');
    expect(today.res.status).to.equal(201);
    const yesterday = await whistleDue('2026-11-19');
    expect(yesterday.res.status).to.equal(400);
    expect(yesterday.res.body.error.code).to.equal('due_in_past');
    expect(await Whistle.countDocuments({})).to.equal(1);
  });

  it('when a project and a pairing get YYYY-MM-DD dates, then starts are kept as the start and milestones as the end of the Shanghai day, and re-sending them changes nothing', async () => {
    const { communities } = await createOrgTree(1, 2);
    const admin = await createUser({ role: 'admin' });
    const owner = await createMentee(communities[0]);
    const created = await projectOf(owner);
    expect(created.startDate).to.equal('2026-08-31T16:00:00.000Z');
    expect(created.milestones.map((m: { dueDate: string }) => m.dueDate)).to.deep.equal(['2026-10-15T15:59:59.999Z', '2026-12-31T15:59:59.999Z']);

    // The console sends back what it read (instants) together with a changed start day.
    const milestones = created.milestones.map(({ _id, title, dueDate }: { _id: string; title: string; dueDate: string }) => ({ _id, title, dueDate }));
    const edited = await request(app).patch(`/api/v1/projects/${created._id}`).set('Authorization', bearer(owner)).send({ startDate: '2026-09-02', milestones });
    expect(edited.status).to.equal(200);
    const stored = (await Project.findById(created._id).lean())!;
    expect(stored.startDate.toISOString()).to.equal('2026-09-01T16:00:00.000Z');
    expect(stored.milestones.map((m) => m.dueDate.toISOString())).to.deep.equal(['2026-10-15T15:59:59.999Z', '2026-12-31T15:59:59.999Z']);

    const mentor = await createMentor(communities[1]);
    const pair = await request(app).post('/api/v1/mentorships').set('Authorization', bearer(admin))
      .send({ mentorId: String(mentor._id), menteeId: String(owner._id), cohort: '2026', startDate: '2026-11-01' });
    expect(pair.status).to.equal(201);
    expect((await Mentorship.findById(pair.body.id).lean())!.startDate.toISOString()).to.equal('2026-10-31T16:00:00.000Z');
  });

  it('when projects are exported, then the start column shows the Shanghai calendar day that was entered', async () => {
    const { communities } = await createOrgTree(1, 1);
    const admin = await createUser({ role: 'admin' });
    await projectOf(await createMentee(communities[0]), { ...projectBody, startDate: '2026-09-01' });
    const { status, workbook: wb } = await getWorkbook(app, '/api/v1/projects/export.xlsx', bearer(admin));
    expect(status).to.equal(200);
    const sheet = wb.worksheets[0];
    const column = (header: string) => (sheet.getRow(1).values as unknown[]).indexOf(header);
    expect(sheet.getRow(2).getCell(column('开始日期')).value).to.equal('2026-09-01');
  });

  it('when the monthly assessment runs at 23:59 on a milestone’s due day, then the pair is green; from 00:00 the next day the milestone is overdue (amber)', async () => {
    const { communities } = await createOrgTree(1, 2);
    const admin = await createUser({ role: 'admin' });
    const mentor = await createMentor(communities[0]);
    const mentee = await createMentee(communities[1]);
    const pairing = await Mentorship.create({
      mentorId: mentor._id, menteeId: mentee._id, streetId: mentee.streetId, cohort: '2026', startDate: new Date('2026-09-01T00:00:00+08:00'), slot: 1, createdById: admin._id,
    });
    const project = await projectOf(mentee, { ...projectBody, milestones: [{ title: '意见征询', dueDate: '2026-11-20' }] });
    await request(app).post(`/api/v1/projects/${project._id}/progress`).set('Authorization', bearer(mentee)).send({ date: '2026-11-20', note: '走访 3 个门栋', percent: 30 }).expect(201);
    await CoachingNote.create({ mentorshipId: pairing._id, authorId: mentor._id, date: new Date('2026-11-10T10:00:00+08:00'), kind: 'visit', note: '走访' });

    const ratingAt = async (now: Date) => {
      await monthlyAssessmentJob.run({ month: '2026-11' }, { now, deps: testDeps({ clock: () => now }) });
      const a = (await Assessment.findById(`2026-11:${pairing._id}`).lean())!;
      return { rating: a.rating, overdueMilestones: a.metrics!.overdueMilestones, reasons: a.reasons };
    };
    expect(await ratingAt(new Date('2026-11-20T23:59:00+08:00'))).to.deep.include({ rating: 'green', overdueMilestones: 0 });
    expect(await ratingAt(new Date('2026-11-21T00:00:00+08:00'))).to.deep.equal({ rating: 'amber', overdueMilestones: 1, reasons: ['1 个项目节点已逾期'] });
  });
});
