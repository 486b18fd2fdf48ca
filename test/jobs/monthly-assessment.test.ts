import { expect } from 'chai';
import { Assessment, StageProposal } from '../../models/assessment.model.js';
import { CoachingNote, Mentorship } from '../../models/mentorship.model.js';
import { Notification } from '../../models/notification.model.js';
import { MilestoneDone, Project, ProjectProgress } from '../../models/project.model.js';
import { Whistle } from '../../models/whistle.model.js';
import { User } from '../../models/user.model.js';
import { monthlyAssessmentJob } from '../../jobs/monthly-assessment.job.js';
import { request, testApp, testDeps } from '../support/app.js';
import { bearer, createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee, createMentor } from '../factories/secretaries.js';
import { rateMonth } from '../../server/modules/assessments/assessment.rules.js';

const NOW = new Date('2026-11-01T02:00:00+08:00'); // the 1st: assessing October
const deps = testDeps({ clock: () => NOW });
const run = () => monthlyAssessmentJob.run({}, { now: NOW, deps });
const d = (s: string) => new Date(`${s}T10:00:00+08:00`);

async function pair(label: string, opts: { project?: boolean; logs?: string[]; notes?: string[]; milestones?: string[]; stage?: string; since?: string }) {
  const { communities } = await createOrgTree(1, 2);
  const admin = await createUser({ role: 'admin' });
  const mentor = await createMentor(communities[0], { displayName: `${label}大梁` });
  const mentee = await createMentee(communities[1], { displayName: `${label}小梁`, stage: (opts.stage ?? 'new') as 'new' });
  const m = await Mentorship.create({ mentorId: mentor._id, menteeId: mentee._id, streetId: mentee.streetId, cohort: '2026', startDate: d(opts.since ?? '2026-09-01'), slot: 1, createdById: admin._id });
  if (opts.project !== false) {
    const p = await Project.create({
      ownerId: mentee._id, communityId: mentee.orgUnitId!, streetId: mentee.streetId, title: `${label}项目`, categoryKey: 'environment', goal: '目标', startDate: d('2026-06-01'),
      milestones: (opts.milestones ?? []).map((due, i) => ({ title: `节点${i}`, dueDate: d(due) })),
    });
    for (const date of opts.logs ?? []) await ProjectProgress.create({ projectId: p._id, authorId: mentee._id, date: d(date), note: '进展', percent: 30 });
    // As logging progress does: the project shows its newest log's percent.
    const newest = [...(opts.logs ?? [])].sort().at(-1);
    if (newest) await Project.updateOne({ _id: p._id }, { $set: { percent: 30, lastProgressAt: d(newest) } });
  }
  for (const date of opts.notes ?? []) await CoachingNote.create({ mentorshipId: m._id, authorId: mentor._id, date: d(date), kind: 'visit', note: '走访' });
  return { mentor, mentee, mentorship: m, admin };
}

describe('monthly-assessment rules', () => {
  const base = { hasProject: true, progressLogs: 2, daysSinceLastLog: 3, overdueMilestones: 0, coachingNotes: 1, openWhistles: 0, overdueWhistles: 0, percent: 40, trainingsInvited: 0, trainingsAttended: 0 };
  it('when everything is on track, then green', () => expect(rateMonth(base).rating).to.equal('green'));
  it('when there is no coaching note, then amber with the reason', () => {
    expect(rateMonth({ ...base, coachingNotes: 0 })).to.deep.equal({ rating: 'amber', reasons: ['大梁本月没有带教记录'] });
  });
  it('when no log for 60 days, then red; 59 days is amber', () => {
    expect(rateMonth({ ...base, progressLogs: 0, daysSinceLastLog: 60 }).rating).to.equal('red');
    expect(rateMonth({ ...base, progressLogs: 0, daysSinceLastLog: 59 }).rating).to.equal('amber');
  });
  it('when two milestones or two whistles are overdue, then red', () => {
    expect(rateMonth({ ...base, overdueMilestones: 2 }).rating).to.equal('red');
    expect(rateMonth({ ...base, overdueWhistles: 2 }).rating).to.equal('red');
    expect(rateMonth({ ...base, overdueWhistles: 1 }).rating).to.equal('amber');
  });
});

describe('monthly-assessment job', () => {
  it('when run on the 1st, then a fixture of pairs is rated as computed by hand, with proposals and reminders', async () => {
    const green = await pair('甲', { logs: ['2026-09-10', '2026-10-08', '2026-10-20'], notes: ['2026-10-09'], since: '2026-06-01' });
    const amber = await pair('乙', { logs: ['2026-10-12'] });
    const noProject = await pair('丙', { project: false, notes: ['2026-10-02'] });
    const stale = await pair('丁', { logs: ['2026-08-01'], notes: ['2026-10-05'] });
    const late = await pair('戊', { logs: ['2026-10-03'], notes: ['2026-10-04'], milestones: ['2026-09-01', '2026-09-30', '2026-12-01'] });

    const result = await run();
    expect(result).to.include({ month: '2026-10', pairs: 5, green: 1, amber: 1, red: 3 });
    const rating = async (p: { mentorship: { _id: unknown } }) => (await Assessment.findById(`2026-10:${p.mentorship._id}`).lean())!;
    expect((await rating(green)).rating).to.equal('green');
    expect((await rating(green)).metrics).to.include({ progressLogs: 2, coachingNotes: 1, overdueMilestones: 0 });
    expect((await rating(amber)).reasons).to.deep.equal(['大梁本月没有带教记录']);
    expect((await rating(noProject)).reasons).to.deep.equal(['尚未建立“开门第一件事”项目']);
    expect((await rating(stale)).metrics!.daysSinceLastLog).to.equal(92); // 1 Aug → 1 Nov
    expect((await rating(late)).reasons).to.deep.equal(['2 个项目节点已逾期']);

    const proposals = await StageProposal.find({}).lean();
    expect(proposals.map((p) => [String(p.menteeId), p.from, p.to])).to.deep.equal([[String(green.mentee._id), 'new', 'empowered']]);
    const reminded = (await Notification.find({}).lean()).map((n) => n.kind).sort();
    expect(reminded).to.deep.equal(['inactive_mentee', 'inactive_mentee', 'inactive_mentor']);
  });

  it('when run twice (or twice at once), then snapshots, proposals and reminders are the same as after one run', async () => {
    await pair('甲', { logs: ['2026-09-10', '2026-10-08', '2026-10-20'], notes: ['2026-10-09'], since: '2026-06-01' });
    await pair('乙', { logs: [] });
    await run();
    const once = { a: await Assessment.find({}).sort({ _id: 1 }).lean(), p: await StageProposal.countDocuments({}), n: await Notification.countDocuments({}) };
    await Promise.all([run(), run()]);
    expect(await Assessment.find({}).sort({ _id: 1 }).lean()).to.deep.equal(once.a);
    expect(await StageProposal.countDocuments({})).to.equal(once.p);
    expect(await Notification.countDocuments({})).to.equal(once.n);
  });

  it('when an admin approves a proposal, then the stage moves one step with history; rejecting it afterwards is 409', async () => {
    const p = await pair('甲', { logs: ['2026-09-10', '2026-10-08', '2026-10-20'], notes: ['2026-10-09'], since: '2026-06-01' });
    await run();
    const app = testApp({ clock: () => NOW });
    const list = await request(app).get('/api/v1/assessments').query({ month: '2026-10' }).set('Authorization', bearer(p.admin));
    expect(list.body.summary[0]).to.include({ green: 1, total: 1 });
    expect(list.body.items[0]).to.include({ menteeName: '甲小梁', rating: 'green' });
    const id = `2026-10:${p.mentee._id}`;
    const approved = await request(app).post(`/api/v1/assessments/proposals/${id}/approve`).set('Authorization', bearer(p.admin)).send({});
    expect(approved.status).to.equal(200);
    expect(approved.body.status).to.equal('approved');
    const mentee = await User.findById(p.mentee._id).lean();
    expect(mentee!.stage).to.equal('empowered');
    expect(mentee!.stageHistory.at(-1)!.reason).to.include('月度评估建议');
    const again = await request(app).post(`/api/v1/assessments/proposals/${id}/reject`).set('Authorization', bearer(p.admin)).send({ note: '晚了' });
    expect(again.status).to.equal(409);
  });

  it('when the same step was proposed in two months and one is approved, then the other is superseded, not left pending', async () => {
    const p = await pair('丙', { logs: ['2026-09-10', '2026-10-08', '2026-10-20'], notes: ['2026-10-09'], since: '2026-06-01' });
    await run();
    const october = `2026-10:${p.mentee._id}`;
    const september = `2026-09:${p.mentee._id}`;
    await StageProposal.create({ _id: september, month: '2026-09', menteeId: p.mentee._id, from: 'new', to: 'empowered', reasons: ['九月'] });
    const app = testApp({ clock: () => NOW });
    expect((await request(app).post(`/api/v1/assessments/proposals/${october}/approve`).set('Authorization', bearer(p.admin)).send({})).status).to.equal(200);
    expect((await StageProposal.findById(september).lean())!.status).to.equal('superseded');
    const pending = await request(app).get('/api/v1/assessments/proposals').query({ status: 'pending' }).set('Authorization', bearer(p.admin));
    expect(pending.body.items.map((x: { _id: string }) => x._id)).not.to.include(september);
    const late = await request(app).post(`/api/v1/assessments/proposals/${september}/approve`).set('Authorization', bearer(p.admin)).send({});
    expect(late.status).to.equal(409);
    expect(late.body.error.code).to.equal('proposal_decided');
  });

  it('when an admin rejects a pending proposal with a note, then it is recorded as rejected and the stage stays', async () => {
    const p = await pair('乙', { logs: ['2026-09-10', '2026-10-08', '2026-10-20'], notes: ['2026-10-09'], since: '2026-06-01' });
    await run();
    const app = testApp({ clock: () => NOW });
    const id = `2026-10:${p.mentee._id}`;
    const rejected = await request(app).post(`/api/v1/assessments/proposals/${id}/reject`).set('Authorization', bearer(p.admin)).send({ note: '再带教一个月' });
    expect(rejected.status).to.equal(200);
    expect(rejected.body.status).to.equal('rejected');
    expect((await User.findById(p.mentee._id).lean())!.stage).to.equal(p.mentee.stage);
    const approveAfter = await request(app).post(`/api/v1/assessments/proposals/${id}/approve`).set('Authorization', bearer(p.admin)).send({});
    expect(approveAfter.status).to.equal(409);
  });
});

describe('monthly-assessment of a past month', () => {
  const DECEMBER = new Date('2026-12-10T09:00:00+08:00');
  const runAt = (now: Date) => monthlyAssessmentJob.run({ month: '2026-10' }, { now, deps: testDeps({ clock: () => now }) });
  const outputs = async () => ({
    snapshots: await Assessment.find({}).sort({ _id: 1 }).lean(),
    proposals: (await StageProposal.find({}).sort({ _id: 1 }).lean()).map(({ createdAt: _c, ...p }) => p),
  });
  const ratingCounts = (result: unknown) => {
    const { pairs, green, amber, red, proposals } = result as Record<string, number>;
    return { pairs, green, amber, red, proposals };
  };

  it('when October is run again in December after its pairs, logs, milestones, whistles, projects and stages changed, then it gives the snapshots and proposals of 1 November', async () => {
    const endsLater = await pair('甲', { logs: ['2026-09-10', '2026-10-08', '2026-10-20'], notes: ['2026-10-09'], since: '2026-06-01' });
    const promoted = await pair('乙', { logs: ['2026-09-10', '2026-10-08', '2026-10-20'], notes: ['2026-10-09'], since: '2026-06-01' });
    const endedInOctober = await pair('丙', { logs: ['2026-10-03'], notes: ['2026-10-04'] });
    await Mentorship.updateOne({ _id: endedInOctober.mentorship._id }, { $set: { status: 'ended', endedAt: d('2026-10-15'), endReason: '调动' } });
    const lateMilestone = await pair('丁', { logs: ['2026-10-03'], notes: ['2026-10-04'], milestones: ['2026-10-20'] });
    const whistled = await pair('戊', { logs: ['2026-10-03'], notes: ['2026-10-04'] });
    const department = await createUser({ role: 'department' });
    const whistledProject = (await Project.findOne({ ownerId: whistled.mentee._id }).lean())!;
    const whistle = await Whistle.create({
      projectId: whistledProject._id, ownerId: whistled.mentee._id, departmentId: department._id, problem: '道路破损', dueDate: d('2026-10-25'), createdAt: d('2026-10-10'),
    });
    const cancelledLater = await pair('己', { logs: ['2026-10-03'], notes: ['2026-10-04'] });
    await pair('庚', { logs: ['2026-11-06'], notes: ['2026-11-07'], since: '2026-11-05' });

    const first = await runAt(NOW);
    const november = await outputs();
    expect(ratingCounts(first)).to.deep.equal({ pairs: 6, green: 4, amber: 2, red: 0, proposals: 2 });
    const snapshot = (p: { mentorship: { _id: unknown } }) => november.snapshots.find((a) => a._id === `2026-10:${p.mentorship._id}`);
    expect(snapshot(endedInOctober)!.rating).to.equal('green');
    expect(snapshot(lateMilestone)!.reasons).to.deep.equal(['1 个项目节点已逾期']);
    expect(snapshot(whistled)!.metrics).to.include({ openWhistles: 1, overdueWhistles: 1 });
    expect(snapshot(cancelledLater)!.metrics!.percent).to.equal(30);
    expect(november.proposals.map((p) => [String(p.menteeId), p.from, p.to])).to.have.deep.members([
      [String(endsLater.mentee._id), 'new', 'empowered'], [String(promoted.mentee._id), 'new', 'empowered'],
    ]);

    // After October: a pair ends, a proposal is carried out, a late milestone is done with more
    // progress and coaching, the whistle is answered, a project is cancelled.
    await Mentorship.updateOne({ _id: endsLater.mentorship._id }, { $set: { status: 'ended', endedAt: d('2026-11-10'), endReason: '调动' } });
    await User.updateOne({ _id: promoted.mentee._id }, {
      $set: { stage: 'empowered' }, $push: { stageHistory: { from: 'new', to: 'empowered', reason: '月度评估建议', byId: promoted.admin._id, at: d('2026-11-15') } },
    });
    const lateProject = (await Project.findOne({ ownerId: lateMilestone.mentee._id }).lean())!;
    const log = await ProjectProgress.create({ projectId: lateProject._id, authorId: lateMilestone.mentee._id, date: d('2026-11-05'), note: '完成节点', percent: 80, milestoneId: lateProject.milestones[0]._id, milestoneDone: true });
    await MilestoneDone.create({ _id: `${lateProject._id}:${lateProject.milestones[0]._id}`, projectId: lateProject._id, milestoneId: lateProject.milestones[0]._id, progressId: log._id, doneAt: d('2026-11-05') });
    await Project.updateOne({ _id: lateProject._id }, { $set: { percent: 80, lastProgressAt: d('2026-11-05') } });
    await CoachingNote.create({ mentorshipId: lateMilestone.mentorship._id, authorId: lateMilestone.mentor._id, date: d('2026-11-06'), kind: 'call', note: '电话' });
    await Whistle.updateOne({ _id: whistle._id }, {
      $set: { status: 'resolved', closedAt: d('2026-11-03'), firstResponseAt: d('2026-11-03') },
      $push: { responses: { status: 'resolved', note: '已修复', authorId: department._id, at: d('2026-11-03') } },
    });
    await Project.updateOne({ ownerId: cancelledLater.mentee._id }, {
      $set: { status: 'cancelled', statusHistory: [{ from: 'active', to: 'cancelled', reason: '合并', byId: cancelledLater.mentee._id, at: d('2026-11-20') }] },
    });
    await Assessment.deleteMany({});
    await StageProposal.deleteMany({});

    const again = await runAt(DECEMBER);
    expect(ratingCounts(again)).to.deep.equal(ratingCounts(first));
    expect(await outputs()).to.deep.equal(november);
  });
});
