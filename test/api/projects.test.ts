import { expect } from 'chai';
import { Project, ProjectProgress } from '../../models/project.model.js';
import { ProjectVote } from '../../models/vote.model.js';
import { Whistle } from '../../models/whistle.model.js';
import { getWorkbook, request, testApp } from '../support/app.js';
import { listen } from '../support/server.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee, createMentor } from '../factories/secretaries.js';
import { Mentorship } from '../../models/mentorship.model.js';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const app = testApp({ clock: () => NOW });

const projectBody = {
  title: '长风一村加装电梯', categoryKey: 'elevator', goal: '年内完成 3 个门栋加装电梯意见征询', startDate: '2026-09-01',
  milestones: [{ title: '意见征询', dueDate: '2026-10-15' }, { title: '方案公示', dueDate: '2026-12-31' }],
};

async function setup() {
  const { communities } = await createOrgTree(2, 2);
  const admin = await createUser({ role: 'admin' });
  const owner = await createMentee(communities[0], { displayName: '小李' });
  const mentor = await createMentor(communities[1], { displayName: '老王' });
  await Mentorship.create({ mentorId: mentor._id, menteeId: owner._id, cohort: '2026', startDate: new Date('2026-09-01'), slot: 1, createdById: admin._id });
  const created = await request(app).post('/api/v1/projects').set('Authorization', bearer(owner)).send(projectBody);
  expect(created.status).to.equal(201);
  return { communities, admin, owner, mentor, project: created.body };
}

describe('projects', () => {
  it('when a mentee creates a project, then it is placed in their community; a second open one is 409', async () => {
    const { owner, project, communities } = await setup();
    expect(project).to.include({ status: 'active', categoryKey: 'elevator', communityId: String(communities[0]._id) });
    expect(project.milestones).to.have.length(2);
    const second = await request(app).post('/api/v1/projects').set('Authorization', bearer(owner)).send({ ...projectBody, title: '第二个项目' });
    expect(second.status).to.equal(409);
    expect(second.body.error.code).to.equal('project_exists');
  });

  it('when the category is unknown, then 400', async () => {
    const { communities } = await createOrgTree(1, 1);
    const owner = await createMentee(communities[0]);
    const res = await request(app).post('/api/v1/projects').set('Authorization', bearer(owner)).send({ ...projectBody, categoryKey: 'spaceflight' });
    expect(res.status).to.equal(400);
    expect(res.body.error.code).to.equal('unknown_category');
  });

  it('when someone other than the owner edits, then 403', async () => {
    const { mentor, project } = await setup();
    const res = await request(app).patch(`/api/v1/projects/${project._id}`).set('Authorization', bearer(mentor)).send({ title: '改名' });
    expect(res.status).to.equal(403);
    expect((await Project.findById(project._id).lean())!.title).to.equal(projectBody.title);
  });

  it('when the owner finishes the project, then they may start another', async () => {
    const { owner, project } = await setup();
    const done = await request(app).post(`/api/v1/projects/${project._id}/status`).set('Authorization', bearer(owner)).send({ status: 'done', reason: '已完成加装' });
    expect(done.status).to.equal(200);
    expect(done.body.statusHistory.at(-1)).to.include({ from: 'active', to: 'done', reason: '已完成加装' });
    expect((await request(app).post('/api/v1/projects').set('Authorization', bearer(owner)).send({ ...projectBody, title: '第二件事' })).status).to.equal(201);
    const reopen = await request(app).post(`/api/v1/projects/${project._id}/status`).set('Authorization', bearer(owner)).send({ status: 'active', reason: 'x' });
    expect(reopen.status).to.equal(409);
  });

  it('when an admin pauses and resumes a project, then the history names the admin; another secretary gets 403', async () => {
    const { admin, mentor, project } = await setup();
    const paused = await request(app).post(`/api/v1/projects/${project._id}/status`).set('Authorization', bearer(admin)).send({ status: 'paused', reason: '街道统一调整' });
    expect(paused.status).to.equal(200);
    expect(paused.body.statusHistory.at(-1)).to.include({ from: 'active', to: 'paused', reason: '街道统一调整', byId: String(admin._id) });
    const resumed = await request(app).post(`/api/v1/projects/${project._id}/status`).set('Authorization', bearer(admin)).send({ status: 'active', reason: '恢复推进' });
    expect(resumed.body.status).to.equal('active');
    const byMentor = await request(app).post(`/api/v1/projects/${project._id}/status`).set('Authorization', bearer(mentor)).send({ status: 'cancelled', reason: 'x' });
    expect(byMentor.status).to.equal(403);
    expect((await Project.findById(project._id).lean())!.status).to.equal('active');
  });

  it('when a status change is not allowed, then 409 says so in Chinese', async () => {
    const { admin, project } = await setup();
    const res = await request(app).post(`/api/v1/projects/${project._id}/status`).set('Authorization', bearer(admin)).send({ status: 'active', reason: 'x' });
    expect(res.status).to.equal(409);
    expect(res.body.error).to.include({ code: 'status_transition' });
    expect(res.body.error.message).to.include('项目进行中');
  });

  it('when listing with filters, then only matching projects come back', async () => {
    const { admin, project, communities } = await setup();
    const res = await request(app).get('/api/v1/projects').query({ category: 'elevator', street: String(communities[0].streetId), q: '电梯' }).set('Authorization', bearer(admin));
    expect(res.body.total).to.equal(1);
    expect(res.body.items[0]._id).to.equal(project._id);
    const none = await request(app).get('/api/v1/projects').query({ category: 'parking' }).set('Authorization', bearer(admin));
    expect(none.body.total).to.equal(0);
  });

  it('when the board lists projects, then each names its 街镇, 居村 and owner secretary', async () => {
    const { admin } = await setup();
    const res = await request(app).get('/api/v1/projects').set('Authorization', bearer(admin));
    expect(res.body.items[0]).to.include({ streetName: '街道1', communityName: '居委1-1', ownerName: '小李' });
  });
});

describe('progress and comments', () => {
  it('when the owner logs progress and completes a milestone, then the detail shows it; doing it twice is 409', async () => {
    const { owner, admin, project } = await setup();
    const milestoneId = project.milestones[0]._id;
    const log = { date: '2026-10-12', note: '完成 3 个门栋意见征询', percent: 40, milestoneId, milestoneDone: true };
    const first = await request(app).post(`/api/v1/projects/${project._id}/progress`).set('Authorization', bearer(owner)).send(log);
    expect(first.status).to.equal(201);
    const again = await request(app).post(`/api/v1/projects/${project._id}/progress`).set('Authorization', bearer(owner)).send({ ...log, date: '2026-10-13' });
    expect(again.status).to.equal(409);
    expect(again.body.error.code).to.equal('milestone_already_done');
    expect(await ProjectProgress.countDocuments({})).to.equal(1);
    const detail = await request(app).get(`/api/v1/projects/${project._id}`).set('Authorization', bearer(admin));
    expect(detail.body.percent).to.equal(40);
    expect(detail.body.milestones[0]).to.include({ done: true });
    expect(detail.body.milestones[1]).to.include({ done: false });
    expect(detail.body.timeline[0]).to.include({ type: 'progress', note: '完成 3 个门栋意见征询' });
  });

  it('when progress is dated in the future or percent is over 100, then 400', async () => {
    const { owner, project } = await setup();
    const future = await request(app).post(`/api/v1/projects/${project._id}/progress`).set('Authorization', bearer(owner)).send({ date: '2026-11-21', note: '明天', percent: 10 });
    expect(future.status).to.equal(400);
    expect(future.body.error.code).to.equal('date_in_future');
    const tooMuch = await request(app).post(`/api/v1/projects/${project._id}/progress`).set('Authorization', bearer(owner)).send({ date: '2026-11-20', note: 'x', percent: 101 });
    expect(tooMuch.status).to.equal(400);
  });

  it('when the owner’s mentor comments, then it joins the timeline; another mentor gets 403', async () => {
    const { mentor, communities, project, admin } = await setup();
    const ok = await request(app).post(`/api/v1/projects/${project._id}/comments`).set('Authorization', bearer(mentor)).send({ note: '先开楼组长会议' });
    expect(ok.status).to.equal(201);
    const stranger = await createMentor(communities[2]);
    const denied = await request(app).post(`/api/v1/projects/${project._id}/comments`).set('Authorization', bearer(stranger)).send({ note: '插话' });
    expect(denied.status).to.equal(403);
    const detail = await request(app).get(`/api/v1/projects/${project._id}`).set('Authorization', bearer(admin));
    expect(detail.body.timeline.map((t: { type: string }) => t.type)).to.deep.equal(['comment']);
  });
});

describe('whistles (吹哨报到)', () => {
  it('when a whistle passes its due date unresolved, then it is listed as overdue; the department answers and it is kept', async () => {
    const { owner, admin, project } = await setup();
    const dept = await createUser({ role: 'department', displayName: '区房管局' });
    const other = await createUser({ role: 'department', displayName: '区绿化局' });
    const w = await request(app).post(`/api/v1/projects/${project._id}/whistles`).set('Authorization', bearer(owner))
      .send({ departmentId: String(dept._id), problem: '加装电梯审批卡在管线迁移', dueDate: '2026-11-25' });
    expect(w.status).to.equal(201);
    // An older whistle, already past due.
    await Whistle.create({ projectId: project._id, ownerId: owner._id, departmentId: dept._id, problem: '旧问题', dueDate: new Date('2026-11-10') });
    const overdue = await request(app).get('/api/v1/whistles').query({ overdue: true }).set('Authorization', bearer(admin));
    expect(overdue.body.items.map((x: { problem: string }) => x.problem)).to.deep.equal(['旧问题']);
    expect(overdue.body.items[0].overdue).to.equal(true);

    const answer = await request(app).post(`/api/v1/whistles/${w.body._id}/responses`).set('Authorization', bearer(dept)).send({ status: 'accepted', note: '已受理，三日内到现场' });
    expect(answer.status).to.equal(201);
    expect(answer.body.responses[0]).to.include({ status: 'accepted', authorId: String(dept._id) });
    expect(answer.body.firstResponseAt).to.be.a('string');
    const notTheirs = await request(app).post(`/api/v1/whistles/${w.body._id}/responses`).set('Authorization', bearer(other)).send({ status: 'resolved', note: 'x' });
    expect(notTheirs.status).to.equal(404);
    const theirList = await request(app).get('/api/v1/whistles').set('Authorization', bearer(other));
    expect(theirList.body.total).to.equal(0);
    const stats = await request(app).get('/api/v1/whistles/stats').set('Authorization', bearer(admin));
    expect(stats.body.items[0]).to.include({ departmentName: '区房管局', total: 2, answered: 1, overdue: 1 });
  });

  it('when one whistle is read by id, then its department, its secretary and admins see it; another department, another secretary and a member get 404 or 403', async () => {
    const { owner, admin, project, communities } = await setup();
    const dept = await createUser({ role: 'department', displayName: '区房管局' });
    const w = await request(app).post(`/api/v1/projects/${project._id}/whistles`).set('Authorization', bearer(owner))
      .send({ departmentId: String(dept._id), problem: '加装电梯审批卡在管线迁移', dueDate: '2026-11-25' }).expect(201);
    for (const reader of [dept, owner, admin]) {
      const res = await request(app).get(`/api/v1/whistles/${w.body._id}`).set('Authorization', bearer(reader));
      expect(res.status, reader.role).to.equal(200);
      expect(res.body).to.include({ problem: '加装电梯审批卡在管线迁移', overdue: false, status: 'open' });
      expect(res.body).to.include({ streetName: '街道1', communityName: '居委1-1', ownerName: '小李', departmentName: '区房管局' });
    }
    const listed = await request(app).get('/api/v1/whistles').set('Authorization', bearer(admin));
    expect(listed.body.items[0]).to.include({ streetName: '街道1', communityName: '居委1-1', ownerName: '小李', departmentName: '区房管局' });
    const strangers = [await createUser({ role: 'department' }), await createMentee(communities[2])];
    for (const stranger of strangers) expect((await request(app).get(`/api/v1/whistles/${w.body._id}`).set('Authorization', bearer(stranger))).status).to.equal(404);
    expect((await request(app).get(`/api/v1/whistles/${w.body._id}`).set('Authorization', bearer(await createUser({ role: 'member' })))).status).to.equal(403);
    expect((await request(app).get('/api/v1/whistles/not-an-id').set('Authorization', bearer(admin))).status).to.equal(400);
  });
});

describe('popularity votes', () => {
  it('when a voter votes twice, then the second replaces the first, the answers do not tell a repeat from a first vote, and the key is not stored in clear', async () => {
    const { project } = await setup();
    const vote = (voterKey: string, score: number) => request(app).post(`/api/v1/projects/${project._id}/votes`).send({ voterKey, score });
    expect((await vote('13912345678', 3)).status).to.equal(200);
    const repeat = await vote('+86 139-1234-5678', 5);
    const fresh = await vote('13900000000', 5);
    expect(repeat.status).to.equal(200);
    expect(repeat.body).to.deep.equal(fresh.body);
    expect(repeat.body).to.deep.equal({ accepted: true, vote: { projectId: String(project._id), cycle: repeat.body.vote.cycle, score: 5 } });
    const votes = await ProjectVote.find({}).lean();
    expect(votes.map((v) => v.score)).to.deep.equal([5, 5]);
    expect(JSON.stringify(votes)).not.to.include('13912345678');
  });

  it('when 1,000 voters vote at once, then exactly 1,000 votes are counted', async () => {
    const { project } = await setup();
    const server = await listen(app);
    try {
      const statuses = await Promise.all(Array.from({ length: 1000 }, (_, i) =>
        fetch(`${server.url}/api/v1/projects/${project._id}/votes`, {
          method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ voterKey: `1380000${String(i).padStart(4, '0')}`, score: (i % 5) + 1 }),
        }).then((r) => r.status)));
      expect(statuses.every((s) => s === 200)).to.equal(true);
    } finally {
      await server.close();
    }
    const popular = await request(app).get('/api/v1/projects/popular').query({ top: 18 });
    expect(popular.body.items[0].online).to.deep.equal({ count: 1000, sum: 3000 });
    expect(popular.body.formula).to.include('C = 20');
  });

  it('when the ranking was read and then votes arrive, online or on paper, then the next read counts them', async () => {
    const { project, admin } = await setup();
    const ranking = async () => (await request(app).get('/api/v1/projects/popular')).body.items[0];
    await request(app).post(`/api/v1/projects/${project._id}/votes`).send({ voterKey: '13900000001', score: 4 }).expect(200);
    expect((await ranking()).online).to.deep.equal({ count: 1, sum: 4 });
    expect((await ranking()).online).to.deep.equal({ count: 1, sum: 4 });
    await request(app).post(`/api/v1/projects/${project._id}/votes`).send({ voterKey: '13900000002', score: 2 }).expect(200);
    expect((await ranking()).online).to.deep.equal({ count: 2, sum: 6 });
    await request(app).post(`/api/v1/projects/${project._id}/votes`).send({ voterKey: '13900000002', score: 5 }).expect(200);
    expect((await ranking()).online).to.deep.equal({ count: 2, sum: 9 });
    await request(app).post('/api/v1/projects/votes/offline').set('Authorization', bearer(admin)).send({ projectId: project._id, count: 10, total: 45 }).expect(201);
    expect((await ranking()).offline).to.deep.equal({ count: 10, total: 45 });
  });

  it('when staff enter paper votes, then they join the ranking; an impossible total is 400', async () => {
    const { project, admin } = await setup();
    const ok = await request(app).post('/api/v1/projects/votes/offline').set('Authorization', bearer(admin)).send({ projectId: project._id, count: 10, total: 45 });
    expect(ok.status).to.equal(201);
    const bad = await request(app).post('/api/v1/projects/votes/offline').set('Authorization', bearer(admin)).send({ projectId: project._id, count: 10, total: 60 });
    expect(bad.status).to.equal(400);
    const popular = await request(app).get('/api/v1/projects/popular');
    expect(popular.body.items[0]).to.include({ votes: 10, average: 4.5 });
    expect(popular.body.items[0].offline).to.deep.equal({ count: 10, total: 45 });
  });
});

describe('project export', () => {
  it('when an admin exports, then the workbook has Chinese headers and one row per project', async () => {
    const { admin } = await setup();
    const { status, workbook: wb } = await getWorkbook(app, '/api/v1/projects/export.xlsx', bearer(admin));
    expect(status).to.equal(200);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).to.equal('项目名称');
    expect(sheet.getRow(2).getCell(2).value).to.equal('加装电梯');
    expect(sheet.rowCount).to.equal(2);
  });

  it('when a project is paused, then the export words its status as the console does (已暂停)', async () => {
    const { admin, project } = await setup();
    await request(app).post(`/api/v1/projects/${project._id}/status`).set('Authorization', bearer(admin)).send({ status: 'paused', reason: '街道统一调整' }).expect(200);
    const { workbook: wb } = await getWorkbook(app, '/api/v1/projects/export.xlsx', bearer(admin));
    expect(wb.worksheets[0].getRow(2).getCell(6).value).to.equal('已暂停');
  });
});
