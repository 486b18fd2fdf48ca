import { expect } from 'chai';
import { endsSessions, normalizeUsername } from '../../server/modules/accounts/accounts.rules.js';

describe('account rules', () => {
  it('when a username arrives with surrounding whitespace, then it is read without it', () => {
    for (const raw of [' brute', 'brute\t', '\nbrute', '   brute  ']) expect(normalizeUsername(raw)).to.equal('brute');
  });

  it('when the password, the active flag, the unit or the beam changes, then the sessions end; otherwise not', () => {
    const before = { active: true, orgUnitId: 'unit-1', beam: 'mentee' };
    expect(endsSessions(before, { password: 'new-password' })).to.equal(true);
    expect(endsSessions(before, { active: false })).to.equal(true);
    expect(endsSessions({ ...before, active: false }, { active: true })).to.equal(true);
    expect(endsSessions(before, { orgUnitId: 'unit-2' })).to.equal(true);
    expect(endsSessions(before, { beam: 'mentor' })).to.equal(true);
    expect(endsSessions(before, { active: true, orgUnitId: 'unit-1', beam: 'mentee' })).to.equal(false);
    expect(endsSessions(before, {})).to.equal(false);
  });
});
