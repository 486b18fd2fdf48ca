import { expect } from 'chai';
import { Types } from 'mongoose';
import { Assessment } from '../../models/assessment.model.js';
import { Mentorship } from '../../models/mentorship.model.js';
import type { OrgUnitDoc } from '../../models/org-unit.model.js';
import { Project } from '../../models/project.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { Whistle } from '../../models/whistle.model.js';
import { request, testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMember, createMentee, createMentor } from '../factories/secretaries.js';

// The reads behind the web console: dashboard, a mentor's mentees, department list, unpaired
// mentees, and the public pages' listings.
const app = testApp();

const project = (owner: UserDoc, community: OrgUnitDoc, fields: Record<string, unknown> = {}) =>
  Project.create({
    ownerId: owner._id, communityId: community._id, streetId: community.streetId, districtId: community.districtId,
    title: `项目${Math.random().toString(36).slice(2, 7)}`, categoryKey: 'environment', goal: '改善环境', startDate: new Date('2026-05-01'), ...fields,
  });

const pairUp = (auth: string, mentor: UserDoc, mentee: UserDoc) =>
  request(app).post('/api/v1/mentorships').set('Authorization', auth).send({ mentorId: String(mentor._id), menteeId: String(mentee._id), cohort: '2026', startDate: '2026-05-01' });

describe('console reads: GET /dashboard', () => {
  it('when an admin opens it, then every street has a row (zeros included) with communities, pairs, projects by status, overdue whistles', async () => {
    const { streets, communities } = await createOrgTree(2, 2);
    const admin = await createUser({ role: 'admin' });
    const dept = await createUser({ role: 'department' });
    const [mentor, mentee, mentee2] = [await createMentor(communities[0]), await createMentee(communities[0]), await createMentee(communities[1])];
    expect((await pairUp(bearer(admin), mentor, mentee)).status).to.equal(201);
    const p = await project(mentee, communities[0]);
    await project(mentee2, communities[1], { status: 'done', categoryKey: 'parking' });
    const base = { projectId: p._id, ownerId: mentee._id, communityId: communities[0]._id, streetId: communities[0].streetId, departmentId: dept._id, problem: '需协调' };
    await Whistle.create({ ...base, dueDate: new Date(TEST_NOW.getTime() - 86_400_000) });
    await Whistle.create({ ...base, dueDate: new Date(TEST_NOW.getTime() + 86_400_000) });
    await Whistle.create({ ...base, dueDate: new Date(TEST_NOW.getTime() - 86_400_000), status: 'resolved' });

    const res = await request(app).get('/api/v1/dashboard').set('Authorization', bearer(admin));
    expect(res.status).to.equal(200);
    expect(res.body.totals).to.deep.equal({ streets: 2, communities: 4, activePairs: 1, projects: 2, overdueWhistles: 1 });
    const first = res.body.streets.find((s: any) => s.streetId === String(streets[0]._id));
    const second = res.body.streets.find((s: any) => s.streetId === String(streets[1]._id));
    expect(first).to.deep.include({ communities: 2, activePairs: 1, overdueWhistles: 1 });
    expect(first.projects).to.deep.equal({ active: 1, done: 1, paused: 0, cancelled: 0 });
    expect(second).to.deep.include({ communities: 2, activePairs: 0, overdueWhistles: 0 });
    expect(second.projects).to.deep.equal({ active: 0, done: 0, paused: 0, cancelled: 0 });
    expect(res.body.projectsByStatus).to.deep.equal({ active: 1, done: 1, paused: 0, cancelled: 0 });
    expect(res.body.projectsByCategory).to.have.length(6);
    expect(res.body.projectsByCategory.find((c: any) => c.key === 'parking').count).to.equal(1);
    expect(res.body.evaluation).to.equal(null);
  });

  it('when an evaluation cycle is open, then its scoring progress is shown; a secretary gets 403', async () => {
    const admin = await createUser({ role: 'admin' });
    await request(app).post('/api/v1/evaluation-cycles').set('Authorization', bearer(admin)).send({ year: 2026, name: '年度评估' });
    const res = await request(app).get('/api/v1/dashboard').set('Authorization', bearer(admin));
    expect(res.body.evaluation).to.include({ year: 2026, status: 'draft', assigned: 0, scored: 0, percent: null, residentScores: 0 });
    const { communities } = await createOrgTree(1, 1);
    const denied = await request(app).get('/api/v1/dashboard').set('Authorization', bearer(await createMentee(communities[0])));
    expect(denied.status).to.equal(403);
    expect(denied.body.error.code).to.equal('forbidden');
  });

  it('when residents score after the dashboard was read, then the next read counts them', async () => {
    const admin = await createUser({ role: 'admin' });
    const { communities } = await createOrgTree(1, 1);
    const secretary = await createMentee(communities[0]);
    const cycle = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', bearer(admin)).send({ year: 2026, name: '年度评估', residentVerification: 'none' });
    await request(app).post(`/api/v1/evaluation-cycles/${cycle.body._id}/open`).set('Authorization', bearer(admin)).expect(200);
    const residentCount = async () => (await request(app).get('/api/v1/dashboard').set('Authorization', bearer(admin))).body.evaluation.residentScores;
    const residentScore = (voterKey: string) => request(app).post(`/api/v1/evaluation-cycles/${cycle.body._id}/resident-scores`)
      .send({ secretaryId: String(secretary._id), voterKey, overall: 80 }).expect(200);
    await residentScore('13800000001');
    expect(await residentCount()).to.equal(1);
    expect(await residentCount()).to.equal(1);
    await residentScore('13800000002');
    expect(await residentCount()).to.equal(2);
  });
});

describe('console reads: GET /me/mentees', () => {
  it('when a mentor asks, then only their active mentees come back, each with the current project and latest rating', async () => {
    const { communities } = await createOrgTree(1, 3);
    const admin = await createUser({ role: 'admin' });
    const [mentor, other] = [await createMentor(communities[0]), await createMentor(communities[1])];
    const [mine, theirs] = [await createMentee(communities[2], { displayName: '小张' }), await createMentee(communities[1])];
    const pair = await pairUp(bearer(admin), mentor, mine);
    await pairUp(bearer(admin), other, theirs);
    await project(mine, communities[2], { status: 'cancelled', startDate: new Date('2026-03-01') });
    const current = await project(mine, communities[2], { percent: 40 });
    const base = { mentorshipId: new Types.ObjectId(pair.body.id), mentorId: mentor._id, menteeId: mine._id };
    await Assessment.create({ _id: `2026-09:${pair.body.id}`, month: '2026-09', ...base, rating: 'green' });
    await Assessment.create({ _id: `2026-10:${pair.body.id}`, month: '2026-10', ...base, rating: 'red', reasons: ['超过 30 天未记录进展'] });

    const res = await request(app).get('/api/v1/me/mentees').set('Authorization', bearer(mentor));
    expect(res.status).to.equal(200);
    expect(res.body.items).to.have.length(1);
    const [item] = res.body.items;
    expect(item.mentee).to.include({ id: String(mine._id), displayName: '小张', communityName: communities[2].name });
    expect(item.project).to.include({ id: String(current._id), status: 'active', percent: 40 });
    expect(item.assessment).to.deep.include({ month: '2026-10', rating: 'red', reasons: ['超过 30 天未记录进展'] });
  });

  it('when the mentorship has ended, it is gone; a member gets 403', async () => {
    const { communities } = await createOrgTree(1, 2);
    const admin = await createUser({ role: 'admin' });
    const mentor = await createMentor(communities[0]);
    const pair = await pairUp(bearer(admin), mentor, await createMentee(communities[1]));
    await request(app).post(`/api/v1/mentorships/${pair.body.id}/end`).set('Authorization', bearer(admin)).send({ reason: '调任' });
    const res = await request(app).get('/api/v1/me/mentees').set('Authorization', bearer(mentor));
    expect(res.body.items).to.deep.equal([]);
    expect(await Mentorship.countDocuments({ status: 'ended' })).to.equal(1);
    const member = await request(app).get('/api/v1/me/mentees').set('Authorization', bearer(await createMember(communities[0])));
    expect(member.status).to.equal(403);
  });
});

describe('console reads: departments and mentees awaiting a mentor', () => {
  it('GET /departments lists department accounts by name, the caller’s street first, with no personal fields', async () => {
    const { streets, communities } = await createOrgTree(2, 1);
    await createUser({ role: 'department', displayName: '甲部门', streetId: streets[1]._id, phone: '13800000000' });
    await createUser({ role: 'department', displayName: '乙部门', streetId: streets[0]._id });
    await createUser({ role: 'department', displayName: '停用部门', active: false });
    const mentee = await createMentee(communities[0]);
    const res = await request(app).get('/api/v1/departments').set('Authorization', bearer(mentee));
    expect(res.status).to.equal(200);
    expect(res.body.items.map((d: any) => d.displayName)).to.deep.equal(['乙部门', '甲部门']);
    expect(Object.keys(res.body.items[0]).sort()).to.deep.equal(['displayName', 'id', 'streetId']);
    expect((await request(app).get('/api/v1/departments')).status).to.equal(401);
  });

  it('GET /users?paired=false returns mentees without an active mentor; paired=true the others', async () => {
    const { communities } = await createOrgTree(1, 3);
    const admin = await createUser({ role: 'admin' });
    const mentor = await createMentor(communities[0]);
    const [paired, waiting] = [await createMentee(communities[1]), await createMentee(communities[2])];
    await pairUp(bearer(admin), mentor, paired);
    const list = (flag: string) => request(app).get(`/api/v1/users?role=secretary&beam=mentee&paired=${flag}`).set('Authorization', bearer(admin));
    expect((await list('false')).body.items.map((u: any) => u.id)).to.deep.equal([String(waiting._id)]);
    expect((await list('true')).body.items.map((u: any) => u.id)).to.deep.equal([String(paired._id)]);
    expect((await list('maybe')).status).to.equal(400);
  });
});

describe('public page reads (no login)', () => {
  it('GET /public/projects lists active and done projects with public labels only, filtered by title', async () => {
    const { communities } = await createOrgTree(1, 2);
    const mentee = await createMentee(communities[0]);
    await project(mentee, communities[0], { title: '加装电梯' });
    await project(mentee, communities[0], { title: '车棚改造', status: 'done' });
    await project(mentee, communities[0], { title: '已取消的项目', status: 'cancelled' });
    const res = await request(app).get('/api/v1/public/projects');
    expect(res.status).to.equal(200);
    expect(res.body.total).to.equal(2);
    expect(res.body.items.map((p: any) => p.title).sort()).to.deep.equal(['加装电梯', '车棚改造'].sort());
    expect(res.body.items[0]).to.include({ communityName: communities[0].name, categoryName: '环境整治' });
    expect(res.body.items[0]).not.to.have.any.keys('ownerId', 'owner');
    const found = await request(app).get('/api/v1/public/projects').query({ q: '电梯' });
    expect(found.body.items.map((p: any) => p.title)).to.deep.equal(['加装电梯']);
    const bad = await request(app).get('/api/v1/public/projects').query({ street: 'nope' });
    expect(bad.status).to.equal(400);
    expect(bad.body.error.details[0].path).to.equal('street');
  });

  it('GET /public/evaluation gives no cycle until one is open, then the open cycle and the new secretaries to score', async () => {
    const { communities } = await createOrgTree(1, 2);
    const admin = await createUser({ role: 'admin' });
    const mentee = await createMentee(communities[0], { displayName: '小梁甲', phone: '13900000000' });
    await createMentor(communities[1]);
    expect((await request(app).get('/api/v1/public/evaluation')).body).to.deep.equal({ cycle: null, secretaries: [] });
    const cycle = await request(app).post('/api/v1/evaluation-cycles').set('Authorization', bearer(admin)).send({ year: 2026, name: '年度评估' });
    await request(app).post(`/api/v1/evaluation-cycles/${cycle.body._id}/open`).set('Authorization', bearer(admin)).send({});
    const res = await request(app).get('/api/v1/public/evaluation');
    expect(res.status).to.equal(200);
    expect(res.body.cycle).to.include({ id: cycle.body._id, year: 2026 });
    expect(res.body.cycle.indicators).to.have.length(4);
    expect(res.body.secretaries).to.deep.equal([{ id: String(mentee._id), displayName: '小梁甲', communityName: communities[0].name, streetName: '街道1' }]);
  });
});
