import { expect } from 'chai';
import { StageProposal } from '../../models/assessment.model.js';
import { Project } from '../../models/project.model.js';
import { Whistle } from '../../models/whistle.model.js';
import { Transition } from '../../models/transition.model.js';
import { watchOverdueWhistles } from '../../server/modules/projects/index.js';
import { User } from '../../models/user.model.js';
import { testApp } from '../support/app.js';
import { TEST_NOW } from '../support/clock.js';
import { listen } from '../support/server.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee } from '../factories/secretaries.js';

const app = testApp({ clock: () => TEST_NOW });

async function postAll(paths: Array<{ path: string; body: object }>, auth: string) {
  const server = await listen(app);
  try {
    return await Promise.all(paths.map(({ path, body }) =>
      fetch(`${server.url}/api/v1${path}`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
        .then(async (r) => ({ path, status: r.status, body: (await r.json()) as any }))));
  } finally {
    await server.close();
  }
}

describe('racing decisions', () => {
  it('when approves and rejects of one proposal race, then exactly one wins and the stored status and stage agree with it', async () => {
    for (let round = 0; round < 5; round++) {
      const { communities } = await createOrgTree(1, 1);
      const admin = await createUser({ role: 'admin' });
      const mentee = await createMentee(communities[0], { stage: 'new' });
      const id = `2026-10:${mentee._id}`;
      await StageProposal.create({ _id: id, month: '2026-10', menteeId: mentee._id, from: 'new', to: 'empowered', reasons: ['按时推进'] });
      const answers = await postAll(Array.from({ length: 10 }, (_, i) => i % 2
        ? { path: `/assessments/proposals/${id}/approve`, body: {} }
        : { path: `/assessments/proposals/${id}/reject`, body: { note: '再带教一个月' } }), bearer(admin));
      const winners = answers.filter((a) => a.status === 200);
      expect(winners, `round ${round}`).to.have.length(1);
      expect(answers.filter((a) => a.status === 409)).to.have.length(9);
      const won = winners[0].path.endsWith('approve') ? 'approved' : 'rejected';
      expect((await StageProposal.findById(id).lean())?.status).to.equal(won);
      const user = await User.findById(mentee._id).lean();
      expect(user?.stage).to.equal(won === 'approved' ? 'empowered' : 'new');
      expect(user?.stageHistory ?? []).to.have.length(won === 'approved' ? 1 : 0);
    }
  });

  it('when ten stage changes from the same stage race, then one is applied once and the others are 409', async () => {
    const { communities } = await createOrgTree(1, 1);
    const admin = await createUser({ role: 'admin' });
    const mentee = await createMentee(communities[0], { stage: 'new' });
    const answers = await postAll(Array.from({ length: 10 }, (_, i) => ({
      path: `/secretaries/${mentee._id}/stage`, body: { stage: 'empowered', reason: `按期 ${i}` },
    })), bearer(admin));
    expect(answers.filter((a) => a.status === 200)).to.have.length(1);
    // A loser either lost the race (stage_changed) or read the stage after the winner wrote it (stage_unchanged).
    expect(answers.filter((a) => a.status === 409).every((a) => ['stage_changed', 'stage_unchanged'].includes(a.body.error.code))).to.equal(true);
    expect(answers.filter((a) => a.status === 409)).to.have.length(9);
    const user = await User.findById(mentee._id).lean();
    expect(user?.stageHistory).to.have.length(1);
    expect(user?.stage).to.equal(user?.stageHistory[0].to);
  });

  it('when ten status changes of one project race (done and paused), then one wins, is written once, and the stored status agrees', async () => {
    const { communities } = await createOrgTree(1, 1);
    const owner = await createMentee(communities[0], { displayName: '小李' });
    const project = await Project.create({ ownerId: owner._id, communityId: communities[0]._id, title: '加装电梯', categoryKey: 'elevator', goal: '完成征询', startDate: TEST_NOW });
    const answers = await postAll(Array.from({ length: 10 }, (_, i) => ({
      path: `/projects/${project._id}/status`, body: { status: i % 2 ? 'done' : 'paused', reason: `原因 ${i}` },
    })), bearer(owner));
    const winners = answers.filter((a) => a.status === 200);
    expect(winners).to.have.length(1);
    expect(answers.filter((a) => a.status === 409)).to.have.length(9);
    const stored = await Project.findById(project._id).lean();
    expect(stored?.status).to.equal(winners[0].body.status);
    expect(stored?.statusHistory).to.have.length(1);
  });

  it('when department responses race each other and the whistle-watch job, then every accepted response is stored once, the overdue stamp is kept, and neither overwrites the other', async () => {
    for (let round = 0; round < 4; round++) {
      const { communities } = await createOrgTree(1, 1);
      const owner = await createMentee(communities[0]);
      const dept = await createUser({ role: 'department', displayName: `区建管委${round}` });
      const project = await Project.create({ ownerId: owner._id, communityId: communities[0]._id, title: '加装电梯', categoryKey: 'elevator', goal: '完成征询', startDate: TEST_NOW });
      const whistle = await Whistle.create({ projectId: project._id, ownerId: owner._id, departmentId: dept._id, problem: '审批', dueDate: new Date('2026-11-10T23:59:59.999+08:00') });
      const [answers] = await Promise.all([
        postAll(Array.from({ length: 6 }, (_, i) => ({ path: `/whistles/${whistle._id}/responses`, body: { status: 'in_progress', note: `办理中 ${i}` } })), bearer(dept)),
        watchOverdueWhistles(TEST_NOW),
        watchOverdueWhistles(TEST_NOW),
      ]);
      // A response that read the whistle after another was written is a later response, not a loser.
      const accepted = answers.filter((a) => a.status === 201);
      expect(accepted.length, `round ${round}`).to.be.at.least(1);
      expect(answers.filter((a) => a.status !== 201).every((a) => a.status === 409 && a.body.error.code === 'whistle_changed')).to.equal(true);
      const stored = await Whistle.findById(whistle._id).lean();
      expect(stored?.responses.map((r) => r.note).sort(), `round ${round}`).to.deep.equal(accepted.map((a) => a.body.responses.at(-1).note).sort());
      expect(stored?.status).to.equal('in_progress');
      expect(stored?.overdueSince, `round ${round}`).to.be.instanceOf(Date);
      expect(stored?.changeSeq).to.equal(accepted.length + 1);
    }
  });

  it('when the overdue stamp was decided just before a department answers, then the answer is written on top of it, not refused', async () => {
    const { communities } = await createOrgTree(1, 1);
    const owner = await createMentee(communities[0]);
    const dept = await createUser({ role: 'department' });
    const project = await Project.create({ ownerId: owner._id, communityId: communities[0]._id, title: '加装电梯', categoryKey: 'elevator', goal: '完成征询', startDate: TEST_NOW });
    const whistle = await Whistle.create({ projectId: project._id, ownerId: owner._id, departmentId: dept._id, problem: '审批', dueDate: new Date('2026-11-10T23:59:59.999+08:00') });
    await Transition.create({ _id: `whistle:${whistle._id}#1`, data: { kind: 'overdue', at: TEST_NOW } });
    const [answer] = await postAll([{ path: `/whistles/${whistle._id}/responses`, body: { status: 'accepted', note: '已受理' } }], bearer(dept));
    expect(answer.status).to.equal(201);
    const stored = await Whistle.findById(whistle._id).lean();
    expect(stored?.overdueSince).to.be.instanceOf(Date);
    expect(stored?.responses.map((r) => r.note)).to.deep.equal(['已受理']);
    expect(stored?.changeSeq).to.equal(2);
  });

  it('when another stage change wins the step a proposal approves, then the approval is 409 proposal_stale and the proposal is no longer pending', async () => {
    const { communities } = await createOrgTree(1, 1);
    const admin = await createUser({ role: 'admin' });
    const mentee = await createMentee(communities[0], { stage: 'new' });
    const id = `2026-10:${mentee._id}`;
    await StageProposal.create({ _id: id, month: '2026-10', menteeId: mentee._id, from: 'new', to: 'empowered', reasons: ['按时推进'] });
    // A manual change to another stage, decided but cut off before it was written.
    await Transition.create({ _id: `stage:${mentee._id}#1:new`, data: { from: 'new', to: 'excellent', reason: '表现突出', override: true, byId: String(admin._id), at: TEST_NOW } });
    const [answer] = await postAll([{ path: `/assessments/proposals/${id}/approve`, body: {} }], bearer(admin));
    expect(answer.status).to.equal(409);
    expect(answer.body.error.code).to.equal('proposal_stale');
    expect((await User.findById(mentee._id).lean())?.stage).to.equal('excellent');
    expect((await StageProposal.findById(id).lean())?.status).to.equal('superseded');
  });
});
