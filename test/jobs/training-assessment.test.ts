import { expect } from 'chai';
import { Assessment, StageProposal } from '../../models/assessment.model.js';
import { CoachingNote, Mentorship } from '../../models/mentorship.model.js';
import { Project, ProjectProgress } from '../../models/project.model.js';
import type { OrgUnitDoc } from '../../models/org-unit.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { monthlyAssessmentJob } from '../../jobs/monthly-assessment.job.js';
import { createSession, tickAttendance } from '../../server/modules/training/index.js';
import type { Actor } from '../../server/lib/actor.js';
import { testDeps } from '../support/app.js';
import { createUser } from '../factories/users.js';
import { createOrgTree } from '../factories/org.js';
import { createMentee, createMentor } from '../factories/secretaries.js';

const NOVEMBER_1ST = new Date('2026-11-01T02:00:00+08:00'); // the scheduled run for October
const runOctober = (now: Date) => monthlyAssessmentJob.run({ month: '2026-10' }, { now, deps: testDeps({ clock: () => now }) });
const d = (s: string) => new Date(`${s}T10:00:00+08:00`);
const snapshot = async (mentee: UserDoc) => (await Assessment.findOne({ menteeId: mentee._id }).lean())!;

/** A pair on track in October (two progress logs, a coaching note): green unless training says otherwise. */
async function onTrackPair(community: OrgUnitDoc, label: string, opts: { stage?: string; percent?: number } = {}) {
  const admin = await createUser({ role: 'admin' });
  const mentor = await createMentor(community, { displayName: `${label}大梁` });
  const mentee = await createMentee(community, { displayName: `${label}小梁`, stage: (opts.stage ?? 'new') as 'new' });
  const pair = await Mentorship.create({ mentorId: mentor._id, menteeId: mentee._id, streetId: mentee.streetId, cohort: '2026', startDate: d('2026-09-01'), slot: 1, createdById: admin._id });
  const percent = opts.percent ?? 30;
  const p = await Project.create({
    ownerId: mentee._id, communityId: community._id, streetId: community.streetId, title: `${label}项目`, categoryKey: 'environment', goal: '目标', startDate: d('2026-08-01'),
    percent, lastProgressAt: d('2026-10-20'),
  });
  for (const date of ['2026-10-08', '2026-10-20']) await ProjectProgress.create({ projectId: p._id, authorId: mentee._id, date: d(date), note: '进展', percent });
  await CoachingNote.create({ mentorshipId: pair._id, authorId: mentor._id, date: d('2026-10-09'), kind: 'visit', note: '走访' });
  return mentee;
}

async function world() {
  const { district, communities } = await createOrgTree(1, 3);
  const admin = await createUser({ role: 'admin' });
  const actor: Actor = { id: String(admin._id), role: 'admin', username: admin.username };
  /** A district session on `day` 09:30–11:30, entered at `recordedAt` (default a week before). */
  const session = async (day: string, invitees: UserDoc[], recordedAt = new Date(d(day).getTime() - 7 * 86_400_000)) => createSession({
    level: 'district', scopeId: String(district._id), topic: `${day} 区级联训`, trainer: { kind: 'expert', name: '陈教授', title: null }, place: '区委党校',
    startAt: new Date(`${day}T09:30:00+08:00`), endAt: new Date(`${day}T11:30:00+08:00`), inviteeIds: invitees.map((m) => String(m._id)),
  }, actor, recordedAt);
  const tick = (s: { _id: unknown }, mentees: UserDoc[], when: Date) => tickAttendance(String(s._id), mentees.map((m) => String(m._id)), actor, when);
  return { communities, session, tick };
}

describe('monthly-assessment: training attendance as a documented input', () => {
  it('when 小梁 were invited to the month\'s sessions, then each snapshot counts invited and attended, and absence from all of them makes the month amber', async () => {
    const w = await world();
    const present = await onTrackPair(w.communities[0], '甲');
    const absent = await onTrackPair(w.communities[1], '乙');
    const notInvited = await onTrackPair(w.communities[2], '丙');
    const first = await w.session('2026-10-10', [present, absent]);
    const second = await w.session('2026-10-20', [present, absent]);
    await w.tick(first, [present], d('2026-10-10'));
    await w.tick(second, [present], d('2026-10-20'));

    const result = await runOctober(NOVEMBER_1ST);
    expect(result).to.include({ pairs: 3, green: 2, amber: 1, red: 0 });
    expect((await snapshot(present)).metrics).to.include({ trainingsInvited: 2, trainingsAttended: 2 });
    expect((await snapshot(present)).reasons[0]).to.match(/培训出席 2\/2 次$/);
    expect(await snapshot(absent)).to.deep.include({ rating: 'amber', reasons: ['本月受邀参加 2 次培训，均未出席'] });
    expect((await snapshot(absent)).metrics).to.include({ trainingsInvited: 2, trainingsAttended: 0 });
    expect((await snapshot(notInvited)).metrics).to.include({ trainingsInvited: 0, trainingsAttended: 0 });
    expect((await snapshot(notInvited)).rating).to.equal('green');
  });

  it('when October is assessed again in December after a late tick and a session entered afterwards, then its snapshots are those of the 1st', async () => {
    const w = await world();
    const absent = await onTrackPair(w.communities[0], '甲');
    const other = await onTrackPair(w.communities[1], '乙');
    const held = await w.session('2026-10-10', [absent]);
    const lastDay = await w.session('2026-10-31', [other]);
    await w.tick(lastDay, [other], d('2026-10-31'));
    await runOctober(NOVEMBER_1ST);
    expect([(await snapshot(absent)).rating, (await snapshot(other)).rating]).to.deep.equal(['amber', 'green']);
    const before = await Assessment.find({}).sort({ _id: 1 }).lean();

    await w.tick(held, [absent], d('2026-11-05')); // ticked after October had ended
    await w.session('2026-10-25', [other], d('2026-11-03')); // entered in November for an October day, attended by nobody
    await runOctober(new Date('2026-12-10T09:00:00+08:00'));
    expect(await Assessment.find({}).sort({ _id: 1 }).lean()).to.deep.equal(before);
  });

  it('when missing every session turns a month amber, then the promotion that needs a green month is not proposed', async () => {
    const w = await world();
    const attended = await onTrackPair(w.communities[0], '甲', { stage: 'empowered', percent: 70 });
    const missed = await onTrackPair(w.communities[1], '乙', { stage: 'empowered', percent: 70 });
    const s = await w.session('2026-10-15', [attended, missed]);
    await w.tick(s, [attended], d('2026-10-15'));
    const result = await runOctober(NOVEMBER_1ST);
    expect(result).to.include({ green: 1, amber: 1, proposals: 1 });
    const proposals = await StageProposal.find({}).lean();
    expect(proposals.map((p) => [String(p.menteeId), p.from, p.to])).to.deep.equal([[String(attended._id), 'empowered', 'excellent']]);
  });
});
