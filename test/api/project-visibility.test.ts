import { expect } from 'chai';
import { Mentorship } from '../../models/mentorship.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { request, testApp } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee, createMentor } from '../factories/secretaries.js';

const NOW = new Date('2026-11-20T10:00:00+08:00');
const app = testApp({ clock: () => NOW });

const PROGRESS_NOTE = '完成 3 个门栋意见征询';
const COMMENT = '先开楼组长会议';
const HOUSING_PROBLEM = '加装电梯审批卡在管线迁移';
const GREENING_PROBLEM = '门栋前绿化需移植两棵香樟';
const PAUSE_REASON = '等待规划审批';

/**
 * One project of a mentee in street 1 with the whole timeline: a progress log, a mentor comment,
 * a pause and resume, and whistles to two district departments; and one reader of every kind.
 */
async function projectWithReaders() {
  const { communities, streets } = await createOrgTree(2, 2);
  const admin = await createUser({ role: 'admin' });
  const owner = await createMentee(communities[0], { displayName: '小李' });
  const mentor = await createMentor(communities[1], { displayName: '老王' });
  const formerMentor = await createMentor(communities[1], { displayName: '老张' });
  const pair = { menteeId: owner._id, cohort: '2026', startDate: new Date('2026-09-01'), slot: 1, createdById: admin._id };
  await Mentorship.create({ ...pair, mentorId: mentor._id });
  await Mentorship.create({ ...pair, mentorId: formerMentor._id, status: 'ended', endedAt: new Date('2026-08-31') });
  const otherMentee = await createMentee(communities[2]);
  const evaluator = await createUser({ role: 'evaluator' });
  const housing = await createUser({ role: 'department', displayName: '区房管局' });
  const greening = await createUser({ role: 'department', displayName: '区绿化局' });
  const streetOffice = await createUser({ role: 'department', displayName: '街道1党建办', orgUnitId: streets[0]._id, streetId: streets[0]._id });
  const otherStreetOffice = await createUser({ role: 'department', displayName: '街道2党建办', orgUnitId: streets[1]._id, streetId: streets[1]._id });

  const as = (user: UserDoc) => ({ Authorization: bearer(user) });
  const created = await request(app).post('/api/v1/projects').set(as(owner)).send({
    title: '长风一村加装电梯', categoryKey: 'elevator', goal: '年内完成 3 个门栋加装电梯', startDate: '2026-09-01',
    milestones: [{ title: '意见征询', dueDate: '2026-10-15' }],
  });
  const project = created.body;
  const url = `/api/v1/projects/${project._id}`;
  await request(app).post(`${url}/progress`).set(as(owner)).send({ date: '2026-10-12', note: PROGRESS_NOTE, percent: 40 }).expect(201);
  await request(app).post(`${url}/comments`).set(as(mentor)).send({ note: COMMENT }).expect(201);
  for (const [dept, problem] of [[housing, HOUSING_PROBLEM], [greening, GREENING_PROBLEM]] as const) {
    await request(app).post(`${url}/whistles`).set(as(owner)).send({ departmentId: String(dept._id), problem, dueDate: '2026-11-30' }).expect(201);
  }
  await request(app).post(`${url}/status`).set(as(owner)).send({ status: 'paused', reason: PAUSE_REASON }).expect(200);
  await request(app).post(`${url}/status`).set(as(owner)).send({ status: 'active', reason: '审批已通过' }).expect(200);
  return { url, as, readers: { admin, owner, mentor, formerMentor, otherMentee, evaluator, housing, greening, streetOffice, otherStreetOffice } };
}

describe('who sees what of a project (README access table)', () => {
  it('when each kind of reader opens a project, then the timeline, status reasons and whistles follow the access table', async () => {
    const { url, as, readers } = await projectWithReaders();
    const all = [HOUSING_PROBLEM, GREENING_PROBLEM];
    // reader → [view, sees the timeline and status reasons, whistle problems it sees (null: no whistles field)]
    const table: Record<keyof typeof readers, [string, boolean, string[] | null]> = {
      admin: ['full', true, all],
      owner: ['full', true, all],
      mentor: ['full', true, all],
      streetOffice: ['full', true, all],
      formerMentor: ['summary', false, null],
      otherMentee: ['summary', false, null],
      evaluator: ['summary', false, null],
      housing: ['department', false, [HOUSING_PROBLEM]],
      greening: ['department', false, [GREENING_PROBLEM]],
      otherStreetOffice: ['department', false, []],
    };
    for (const [name, [view, timeline, whistles]] of Object.entries(table)) {
      const res = await request(app).get(url).set(as(readers[name as keyof typeof readers]));
      expect(res.status, name).to.equal(200);
      const body = res.body;
      // Everyone who may read projects sees the summary, the milestones and the votes.
      expect(body, name).to.include({ view, title: '长风一村加装电梯', percent: 40 });
      expect(body.milestones.map((m: { title: string }) => m.title), name).to.deep.equal(['意见征询']);
      expect(body.votes, name).to.be.an('object');
      const text = JSON.stringify(body);
      expect(text.includes(PROGRESS_NOTE) && text.includes(COMMENT) && text.includes(PAUSE_REASON), `${name} sees the timeline`).to.equal(timeline);
      if (timeline) expect(body.timeline.map((t: { type: string }) => t.type).sort(), name).to.deep.equal(['comment', 'progress']);
      else expect(body, name).to.not.have.any.keys('timeline', 'statusHistory');
      if (whistles === null) expect(body, name).to.not.have.property('whistles');
      else expect(body.whistles.map((w: { problem: string }) => w.problem).sort(), name).to.deep.equal([...whistles].sort());
      for (const problem of all.filter((p) => !whistles?.includes(p))) expect(text, `${name} must not see “${problem}”`).to.not.include(problem);
    }
    const list = await request(app).get('/api/v1/projects').set(as(readers.evaluator));
    expect(list.body.items).to.have.length(1);
    expect(JSON.stringify(list.body), 'the list leaves status reasons out').to.not.include(PAUSE_REASON);
  });

  it('when a reader outside the pair, their street and the district asks for the progress notes, then 403; the pair and staff get them', async () => {
    const { url, as, readers } = await projectWithReaders();
    for (const name of ['admin', 'owner', 'mentor', 'streetOffice'] as const) {
      const res = await request(app).get(`${url}/progress`).set(as(readers[name]));
      expect(res.status, name).to.equal(200);
      expect(res.body.items.map((p: { note: string }) => p.note), name).to.deep.equal([PROGRESS_NOTE]);
    }
    for (const name of ['formerMentor', 'otherMentee', 'evaluator', 'housing', 'otherStreetOffice'] as const) {
      const res = await request(app).get(`${url}/progress`).set(as(readers[name]));
      expect(res.status, name).to.equal(403);
      expect(res.body.error.code, name).to.equal('forbidden');
      expect(JSON.stringify(res.body), name).to.not.include(PROGRESS_NOTE);
    }
  });
});
