import { expect } from 'chai';
import {
  canManageSession, countsInMonth, inviteeProblem, organiseProblem, recordStatus, scopeProblem, tallyTraining, trainerProblem,
} from '../../server/modules/training/training.rules.js';
import { rateMonth } from '../../server/modules/assessments/assessment.rules.js';
import type { Actor } from '../../server/lib/actor.js';

const at = (iso: string) => new Date(iso);
const district = { _id: 'd1', level: 'district' };
const street = { _id: 's1', level: 'street', districtId: 'd1' };
const otherStreet = { _id: 's2', level: 'street', districtId: 'd1' };

describe('training rules: who organises, trains and is invited', () => {
  it('when a session is held for the wrong kind of unit, then the level names what it needs', () => {
    expect(scopeProblem('district', district)).to.equal(null);
    expect(scopeProblem('district', street)).to.match(/^区级联训须面向区/);
    expect(scopeProblem('street-studio', district)).to.match(/^街镇工作室须面向街镇/);
    expect(scopeProblem('study-group', district)).to.equal(null);
    expect(scopeProblem('study-group', { _id: 'c1', level: 'community' })).to.match(/^分组联学须面向区或街镇/);
  });

  it('when someone organises, then admins may anything; street staff and 大梁 only street sessions of their own street', () => {
    const staff = { role: 'department', streetId: 's1', canMentor: false };
    const mentor = { role: 'secretary', streetId: 's1', canMentor: true };
    expect(organiseProblem({ role: 'admin', canMentor: false }, 'district', district)).to.equal(null);
    expect(organiseProblem(staff, 'street-studio', street)).to.equal(null);
    expect(organiseProblem(mentor, 'study-group', street)).to.equal(null);
    expect(organiseProblem(staff, 'district', district)).to.match(/^区级联训由区委组织部举办/);
    expect(organiseProblem(staff, 'study-group', otherStreet)).to.match(/^只能为本街镇举办培训/);
    expect(organiseProblem(mentor, 'study-group', district)).to.match(/^只能为本街镇举办培训/);
    expect(organiseProblem({ role: 'secretary', streetId: 's1', canMentor: false }, 'study-group', street)).to.match(/^区级联训由区委组织部举办/);
    expect(organiseProblem({ role: 'evaluator', canMentor: false }, 'study-group', street)).to.not.equal(null);
  });

  it('when a trainer is named, then a 大梁 must be an active mentor, and a street studio is led by a 大梁 of its street', () => {
    const ours = { canMentor: true, active: true, streetId: 's1' };
    expect(trainerProblem('street-studio', { kind: 'mentor', user: ours }, street)).to.equal(null);
    expect(trainerProblem('street-studio', { kind: 'mentor', user: { ...ours, streetId: 's2' } }, street)).to.match(/^街镇工作室由本街镇的大梁领衔/);
    expect(trainerProblem('street-studio', { kind: 'expert' }, street)).to.match(/^街镇工作室由本街镇的大梁领衔/);
    expect(trainerProblem('district', { kind: 'expert' }, district)).to.equal(null);
    expect(trainerProblem('district', { kind: 'mentor', user: { ...ours, active: false } }, district)).to.match(/^授课大梁须为在任的大梁/);
    expect(trainerProblem('study-group', { kind: 'mentor', user: { ...ours, canMentor: false } }, street)).to.match(/^授课大梁须为在任的大梁/);
    expect(trainerProblem('study-group', { kind: 'mentor', user: null }, street)).to.match(/^授课大梁须为在任的大梁/);
  });

  it('when someone is invited, then only an active 小梁 of the scope', () => {
    const mentee = { role: 'secretary', beam: 'mentee', active: true, streetId: 's1', districtId: 'd1' };
    expect(inviteeProblem(mentee, street)).to.equal(null);
    expect(inviteeProblem(mentee, district)).to.equal(null);
    expect(inviteeProblem(mentee, otherStreet)).to.match(/^不在本街镇范围内/);
    expect(inviteeProblem({ ...mentee, beam: 'mentor' }, street)).to.match(/^不是在任的小梁/);
    expect(inviteeProblem({ ...mentee, active: false }, street)).to.match(/^不是在任的小梁/);
    expect(inviteeProblem(undefined, street)).to.match(/^不是在任的小梁/);
  });

  it('when someone manages a session, then admins, its organiser, its 大梁 trainer and its street\'s staff may; nobody else', () => {
    const s = { createdById: 'u-org', trainer: { userId: 'u-trainer' }, scopeLevel: 'street', streetId: 's1' };
    const actor = (id: string, role: Actor['role'], streetId?: string): Actor => ({ id, role, username: id, streetId });
    expect(canManageSession(actor('a', 'admin'), s)).to.equal(true);
    expect(canManageSession(actor('u-org', 'department', 's9'), s)).to.equal(true);
    expect(canManageSession(actor('u-trainer', 'secretary'), s)).to.equal(true);
    expect(canManageSession(actor('x', 'department', 's1'), s)).to.equal(true);
    expect(canManageSession(actor('x', 'department', 's2'), s)).to.equal(false);
    expect(canManageSession(actor('x', 'secretary', 's1'), s)).to.equal(false);
    expect(canManageSession(actor('x', 'department', 's1'), { ...s, scopeLevel: 'district', streetId: null, trainer: { userId: null } })).to.equal(false);
  });

  it('when a record is read, then a session is attended, upcoming, under way or missed', () => {
    const s = { startAt: at('2026-11-20T09:30:00+08:00'), endAt: at('2026-11-20T11:30:00+08:00') };
    expect(recordStatus(s, null, at('2026-11-20T09:00:00+08:00'))).to.equal('upcoming');
    expect(recordStatus(s, null, at('2026-11-20T10:00:00+08:00'))).to.equal('ongoing');
    expect(recordStatus(s, null, at('2026-11-20T11:30:01+08:00'))).to.equal('missed');
    expect(recordStatus(s, { at: s.startAt }, at('2026-11-20T11:30:01+08:00'))).to.equal('attended');
  });
});

describe('training rules: a month\'s training for the assessment', () => {
  const OCT_END = at('2026-11-01T00:00:00+08:00');
  const session = (id: string, endAt: string, inviteeIds: string[], recordedAt = '2026-10-01T09:00:00+08:00') =>
    ({ _id: id, startAt: new Date(at(endAt).getTime() - 2 * 3600_000), endAt: at(endAt), recordedAt: at(recordedAt), inviteeIds });

  it('when a session ended in the month by the time read and was entered before then, then it is the month\'s', () => {
    expect(countsInMonth(session('a', '2026-10-20T11:30:00+08:00', []), '2026-10', OCT_END)).to.equal(true);
    expect(countsInMonth(session('b', '2026-11-01T01:00:00+08:00', []), '2026-10', OCT_END)).to.equal(false); // ends in November
    expect(countsInMonth(session('b', '2026-11-01T01:00:00+08:00', []), '2026-11', at('2026-12-01T00:00:00+08:00'))).to.equal(true);
    expect(countsInMonth(session('c', '2026-10-20T11:30:00+08:00', [], '2026-11-03T09:00:00+08:00'), '2026-10', OCT_END)).to.equal(false); // entered later
    expect(countsInMonth(session('d', '2026-10-25T11:30:00+08:00', []), '2026-10', at('2026-10-22T12:00:00+08:00'))).to.equal(false); // not yet over
  });

  it('when sessions and attendance are tallied, then each 小梁 counts the month\'s invitations and the attendance recorded before the time read', () => {
    const sessions = [
      session('a', '2026-10-10T11:30:00+08:00', ['m1', 'm2']),
      session('b', '2026-10-20T11:30:00+08:00', ['m1']),
      session('c', '2026-09-20T11:30:00+08:00', ['m1']),
    ];
    const attendances = [
      { sessionId: 'a', menteeId: 'm1', at: at('2026-10-10T09:20:00+08:00') },
      { sessionId: 'b', menteeId: 'm1', at: at('2026-11-02T10:00:00+08:00') }, // ticked after the month ended
      { sessionId: 'c', menteeId: 'm1', at: at('2026-09-20T09:20:00+08:00') },
    ];
    const tally = tallyTraining(sessions, attendances, '2026-10', OCT_END);
    expect(Object.fromEntries(tally)).to.deep.equal({ m1: { invited: 2, attended: 1 }, m2: { invited: 1, attended: 0 } });
  });

  it('when the monthly rating reads training, then invited and absent from all is amber; attended shows in the green reason', () => {
    const base = { hasProject: true, progressLogs: 2, daysSinceLastLog: 3, overdueMilestones: 0, coachingNotes: 1, openWhistles: 0, overdueWhistles: 0, percent: 40 };
    expect(rateMonth({ ...base, trainingsInvited: 2, trainingsAttended: 0 })).to.deep.equal({ rating: 'amber', reasons: ['本月受邀参加 2 次培训，均未出席'] });
    expect(rateMonth({ ...base, trainingsInvited: 2, trainingsAttended: 1 })).to.deep.equal({ rating: 'green', reasons: ['本月进展 2 次、带教 1 次，项目进度 40%，培训出席 1/2 次'] });
    expect(rateMonth({ ...base, trainingsInvited: 0, trainingsAttended: 0 }).reasons).to.deep.equal(['本月进展 2 次、带教 1 次，项目进度 40%']);
  });
});
