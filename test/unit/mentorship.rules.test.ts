import { expect } from 'chai';
import { canMentor, checkStageChange } from '../../server/modules/mentorship/mentorship.rules.js';
import { rankMentors, type MentorCandidate } from '../../server/modules/mentorship/suggestions.rules.js';
import { roleFieldProblems } from '../../server/modules/users/users.rules.js';

describe('growth stages', () => {
  it('when moving one step forward, then it is allowed without override', () => {
    expect(checkStageChange('new', 'empowered', false, '')).to.deep.equal({ ok: true });
    expect(checkStageChange('graduated', 'reserve', false, '')).to.deep.equal({ ok: true });
  });

  it('when skipping or stepping back without override, then it is refused naming the next stage', () => {
    const skip = checkStageChange('new', 'excellent', false, '');
    expect(skip).to.include({ ok: false, code: 'stage_step' });
    expect((skip as { message: string }).message).to.include('赋能');
    expect(checkStageChange('excellent', 'new', false, 'x')).to.include({ ok: false, code: 'stage_step' });
  });

  it('when overriding, then a reason is required', () => {
    expect(checkStageChange('new', 'reserve', true, '  ')).to.include({ ok: false, code: 'override_reason' });
    expect(checkStageChange('new', 'reserve', true, '表现突出')).to.deep.equal({ ok: true });
  });

  it('when the stage does not change, then it is refused', () => {
    expect(checkStageChange('new', 'new', true, 'x')).to.include({ ok: false, code: 'stage_unchanged' });
  });

  it('when a mentee reaches reserve, then they may mentor', () => {
    expect(canMentor({ role: 'secretary', beam: 'mentee', stage: 'graduated' })).to.equal(false);
    expect(canMentor({ role: 'secretary', beam: 'mentee', stage: 'reserve' })).to.equal(true);
    expect(canMentor({ role: 'secretary', beam: 'mentor' })).to.equal(true);
    expect(canMentor({ role: 'member', beam: 'mentor' })).to.equal(false);
    expect(canMentor({ role: 'secretary', beam: 'mentor', active: false })).to.equal(false);
  });
});

describe('rankMentors', () => {
  const base = (over: Partial<MentorCandidate>): MentorCandidate => ({
    id: 'm', displayName: '甲', streetId: 's2', capacity: 3, activeMentees: 0, expertise: [], ...over,
  });

  it('when scoring, then the weights add up as documented', () => {
    const [s] = rankMentors({ streetId: 's1', category: '加装电梯' }, [
      base({ id: 'a', streetId: 's1', capacity: 4, activeMentees: 1, expertise: ['加装电梯'] }),
    ], 5);
    // 40 (street) + 25 (category) + 20 × 3/4 + 15 / 2 = 87.5
    expect(s.score).to.equal(87.5);
    expect(s.spare).to.equal(3);
    expect(s.reasons.join(' ')).to.include('同一街镇').and.include('加装电梯').and.include('尚有 3 个');
  });

  it('when a mentor is full, then they are not suggested', () => {
    expect(rankMentors({ streetId: 's1' }, [base({ capacity: 2, activeMentees: 2 })], 5)).to.deep.equal([]);
  });

  it('when the same street outweighs spare capacity, then the street mentor comes first', () => {
    const out = rankMentors({ streetId: 's1' }, [
      base({ id: 'far', displayName: '远', streetId: 's9', capacity: 5, activeMentees: 0 }),
      base({ id: 'near', displayName: '近', streetId: 's1', capacity: 3, activeMentees: 2 }),
    ], 5);
    expect(out.map((s) => s.mentorId)).to.deep.equal(['near', 'far']);
  });

  it('when scores tie, then more spare places, then name, then id decide', () => {
    const out = rankMentors({ streetId: null }, [
      base({ id: 'b', displayName: '乙' }),
      base({ id: 'a', displayName: '乙' }),
      base({ id: 'c', displayName: '甲' }),
    ], 5);
    expect(out.map((s) => s.mentorId)).to.deep.equal(['c', 'a', 'b']);
  });

  it('when a limit is given, then only that many come back', () => {
    const many = Array.from({ length: 10 }, (_, i) => base({ id: `m${i}`, displayName: `m${i}` }));
    expect(rankMentors({ streetId: null }, many, 3)).to.have.length(3);
  });

  it('when two mentors share a name, then each suggestion carries their login, 居村 and 街镇 to tell them apart', () => {
    const out = rankMentors({ streetId: null }, [
      base({ id: 'a', displayName: '王芳', username: 'wangfang1', communityName: '长风一村', streetName: '长风新村街道' }),
      base({ id: 'b', displayName: '王芳', username: 'wangfang2', communityName: '曹杨一村', streetName: '曹杨新村街道' }),
    ], 5);
    expect(out.map(({ displayName, username, communityName, streetName }) => ({ displayName, username, communityName, streetName }))).to.deep.equal([
      { displayName: '王芳', username: 'wangfang1', communityName: '长风一村', streetName: '长风新村街道' },
      { displayName: '王芳', username: 'wangfang2', communityName: '曹杨一村', streetName: '曹杨新村街道' },
    ]);
  });
});

describe('role fields', () => {
  it('when a member has no community or a beam, then both are reported', () => {
    const problems = roleFieldProblems('member', { beam: 'mentor', hasOrg: false });
    expect(problems.map((p) => p.path)).to.deep.equal(['orgUnitId', 'beam']);
  });

  it('when a secretary sits in a street instead of a community, then it is reported', () => {
    expect(roleFieldProblems('secretary', { orgLevel: 'street', hasOrg: true }).map((p) => p.path)).to.deep.equal(['orgUnitId']);
  });

  it('when a stage is given to a mentor, then it is reported', () => {
    expect(roleFieldProblems('secretary', { beam: 'mentor', stage: 'new', orgLevel: 'community', hasOrg: true })).to.have.length(1);
  });
});
