import { expect } from 'chai';
import {
  audienceOf, awardQuantity, codeAccepted, codeWindow, currentCode, monthsBetween, monthsOf, signInCode, signInTiming, timesProblem,
} from '../../server/modules/activities/activities.rules.js';
import { TEST_NOW } from '../support/clock.js';

const at = (iso: string) => new Date(iso);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
const SECRET = 'test-activity-secret';

describe('activities rules: the rotating sign-in code', () => {
  it('when the code is derived, then it is 6 digits, the same within a minute and different in the next', () => {
    const minuteStart = new Date(codeWindow(TEST_NOW) * 60_000);
    const code = currentCode(SECRET, minuteStart).code;
    expect(code).to.match(/^\d{6}$/);
    expect(currentCode(SECRET, plus(minuteStart, 59_999)).code).to.equal(code);
    expect(currentCode(SECRET, plus(minuteStart, 60_000)).code).to.not.equal(code);
    expect(signInCode('another-secret', codeWindow(minuteStart))).to.not.equal(code);
  });

  it('when a code is shown, then it expires at the end of its minute and is accepted one minute longer', () => {
    const shown = currentCode(SECRET, at('2026-11-20T10:00:20+08:00'));
    expect(shown.expiresAt.toISOString()).to.equal(at('2026-11-20T10:01:00+08:00').toISOString());
    expect(shown.acceptedUntil.toISOString()).to.equal(at('2026-11-20T10:02:00+08:00').toISOString());
    expect(shown.refreshInSeconds).to.equal(40);
  });

  it('when a code is checked, then this and the previous minute\'s are accepted and older or wrong ones are not', () => {
    const now = at('2026-11-20T10:00:30+08:00');
    const w = codeWindow(now);
    expect(codeAccepted(SECRET, signInCode(SECRET, w), now)).to.equal(true);
    expect(codeAccepted(SECRET, signInCode(SECRET, w - 1), now)).to.equal(true);
    expect(codeAccepted(SECRET, signInCode(SECRET, w - 2), now)).to.equal(false);
    expect(codeAccepted(SECRET, signInCode(SECRET, w + 1), now)).to.equal(false);
    expect(codeAccepted(SECRET, '12345', now)).to.equal(false);
  });

  it('when codes are made over many windows, then they are spread over the 6-digit range (leading zeros kept)', () => {
    const codes = Array.from({ length: 2000 }, (_, i) => signInCode(SECRET, i));
    expect(codes.every((c) => /^\d{6}$/.test(c))).to.equal(true);
    expect(new Set(codes).size).to.be.greaterThan(1990);
    expect(codes.some((c) => c.startsWith('0'))).to.equal(true);
  });
});

describe('activities rules: the sign-in window and times', () => {
  const activity = { startAt: at('2026-11-20T14:00:00+08:00'), endAt: at('2026-11-20T16:00:00+08:00') };

  it('when a member signs in, then from 30 minutes before the start to the end is open, before is early and after is late', () => {
    expect(signInTiming(activity, at('2026-11-20T13:29:59+08:00'))).to.equal('early');
    expect(signInTiming(activity, at('2026-11-20T13:30:00+08:00'))).to.equal('open');
    expect(signInTiming(activity, at('2026-11-20T16:00:00+08:00'))).to.equal('open');
    expect(signInTiming(activity, at('2026-11-20T16:00:01+08:00'))).to.equal('late');
  });

  it('when times are given, then the end must follow the start within 24 hours', () => {
    expect(timesProblem(activity)).to.equal(null);
    expect(timesProblem({ startAt: activity.endAt, endAt: activity.startAt })).to.match(/结束时间须晚于开始时间/);
    expect(timesProblem({ startAt: activity.startAt, endAt: plus(activity.startAt, 25 * 3600_000) })).to.match(/24 小时/);
  });

  it('when calendar keys are made, then they are the Shanghai months touched', () => {
    expect(monthsOf(activity)).to.deep.equal(['2026-11']);
    expect(monthsOf({ startAt: at('2026-11-30T22:00:00+08:00'), endAt: at('2026-12-01T02:00:00+08:00') })).to.deep.equal(['2026-11', '2026-12']);
    expect(monthsBetween(at('2026-10-31T16:00:00Z'), at('2027-01-15T00:00:00+08:00'))).to.deep.equal(['2026-11', '2026-12', '2027-01']);
  });

  it('when the award is sized, then an event rule gives 1 and an hourly rule the rounded hours (at least 1)', () => {
    expect(awardQuantity('event', activity)).to.equal(1);
    expect(awardQuantity('hour', activity)).to.equal(2);
    expect(awardQuantity('hour', { startAt: activity.startAt, endAt: plus(activity.startAt, 20 * 60_000) })).to.equal(1);
  });

  it('when a user belongs to a community, then their audience is it, its street and its district', () => {
    expect(audienceOf({ orgUnitId: 'c', streetId: 's', districtId: 'd' })).to.deep.equal(['c', 's', 'd']);
    expect(audienceOf({ orgUnitId: null, streetId: undefined, districtId: 'd' })).to.deep.equal(['d']);
  });
});
