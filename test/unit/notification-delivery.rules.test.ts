import { expect } from 'chai';
import { parseQuietHours } from '../../server/config-notify.js';
import {
  afterFailure, channelServes, consoleUrl, digestMessage, groupDigestItems, modeFor, nextDigestSlot, outsideQuietHours, quietUntil, retryDelayMs,
} from '../../server/modules/notifications/delivery.rules.js';

const at = (iso: string) => new Date(iso);
const QUIET = parseQuietHours('22:00-07:00');

describe('notification delivery rules', () => {
  it('when attempts fail, then the waits double from the base (1, 2, 4, 8, 16 min) and the 6th failure is dead', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelayMs(n, 60_000) / 60_000)).to.deep.equal([1, 2, 4, 8, 16]);
    expect(retryDelayMs(20, 60_000)).to.equal(6 * 60 * 60_000);
    const now = at('2026-11-20T10:00:00+08:00');
    expect(afterFailure(1, 6, now, 60_000)).to.deep.equal({ status: 'pending', nextAttemptAt: at('2026-11-20T10:01:00+08:00') });
    expect(afterFailure(5, 6, now, 60_000)).to.deep.equal({ status: 'pending', nextAttemptAt: at('2026-11-20T10:16:00+08:00') });
    expect(afterFailure(6, 6, now, 60_000)).to.deep.equal({ status: 'dead' });
  });

  it('when a time falls in the quiet hours 22:00–07:00 Shanghai, then it waits until 07:00; outside them it goes at once', () => {
    expect(quietUntil(at('2026-11-20T23:30:00+08:00'), QUIET)).to.deep.equal(at('2026-11-21T07:00:00+08:00'));
    expect(quietUntil(at('2026-11-20T22:00:00+08:00'), QUIET)).to.deep.equal(at('2026-11-21T07:00:00+08:00'));
    expect(quietUntil(at('2026-11-21T03:00:00+08:00'), QUIET)).to.deep.equal(at('2026-11-21T07:00:00+08:00'));
    expect(quietUntil(at('2026-11-21T07:00:00+08:00'), QUIET)).to.equal(null);
    expect(quietUntil(at('2026-11-20T21:59:00+08:00'), QUIET)).to.equal(null);
    expect(outsideQuietHours(at('2026-11-20T10:00:00+08:00'), QUIET)).to.deep.equal(at('2026-11-20T10:00:00+08:00'));
    expect(quietUntil(at('2026-11-20T23:30:00+08:00'), null)).to.equal(null);
    const daytime = parseQuietHours('12:00-13:30');
    expect(quietUntil(at('2026-11-20T12:45:00+08:00'), daytime)).to.deep.equal(at('2026-11-20T13:30:00+08:00'));
    expect(quietUntil(at('2026-11-20T13:30:00+08:00'), daytime)).to.equal(null);
    expect(parseQuietHours('off')).to.equal(null);
    expect(() => parseQuietHours('22-7')).to.throw();
  });

  it('when a reader chose a digest hour, then the next digest is the first such hour after now, on its Shanghai day', () => {
    expect(nextDigestSlot(at('2026-11-20T10:00:00+08:00'), 18)).to.deep.equal({ slotAt: at('2026-11-20T18:00:00+08:00'), slotDay: '2026-11-20' });
    expect(nextDigestSlot(at('2026-11-20T10:00:00+08:00'), 10)).to.deep.equal({ slotAt: at('2026-11-21T10:00:00+08:00'), slotDay: '2026-11-21' });
    expect(nextDigestSlot(at('2026-11-20T23:30:00+08:00'), 8)).to.deep.equal({ slotAt: at('2026-11-21T08:00:00+08:00'), slotDay: '2026-11-21' });
  });

  it('when a day holds several reminders of two readers, then each reader gets one digest listing theirs, oldest first', () => {
    const item = (id: string, userId: string, slotDay: string, minute: number) =>
      ({ _id: id, userId, slotDay, title: `提醒${id}`, createdAt: at(`2026-11-20T09:${String(minute).padStart(2, '0')}:00+08:00`) });
    const groups = groupDigestItems([item('c', 'u1', '2026-11-20', 30), item('a', 'u1', '2026-11-20', 10), item('b', 'u2', '2026-11-20', 5), item('d', 'u1', '2026-11-21', 1)]);
    expect(groups.map((g) => [g.userId, g.slotDay, g.items.map((i) => i._id)])).to.deep.equal([
      ['u1', '2026-11-20', ['a', 'c']], ['u2', '2026-11-20', ['b']], ['u1', '2026-11-21', ['d']],
    ]);
    expect(digestMessage('2026-11-20', ['甲', '乙'])).to.deep.equal({ title: '2026-11-20 提醒汇总：2 条 (daily digest: 2)', body: '1. 甲\n2. 乙' });
  });

  it('when a user never chose, then reminders stay in the console; a stored choice wins for its kind only', () => {
    expect(modeFor(undefined, 'whistle_overdue')).to.equal('console');
    expect(modeFor({ whistle_overdue: 'immediate' }, 'whistle_overdue')).to.equal('immediate');
    expect(modeFor({ whistle_overdue: 'immediate' }, 'inactive_mentee')).to.equal('console');
    expect(modeFor({ whistle_overdue: 'bogus' }, 'whistle_overdue')).to.equal('console');
  });

  it('when a channel serves a street, then it receives that street\'s reminders of its kinds only; a district channel receives all', () => {
    const street = { enabled: true, streetId: 's1', kinds: ['whistle_overdue'] };
    expect(channelServes(street, { streetId: 's1', kind: 'whistle_overdue' })).to.equal(true);
    expect(channelServes(street, { streetId: 's2', kind: 'whistle_overdue' })).to.equal(false);
    expect(channelServes(street, { streetId: 's1', kind: 'inactive_mentee' })).to.equal(false);
    expect(channelServes({ enabled: true, streetId: null, kinds: [] }, { streetId: null, kind: 'inactive_mentee' })).to.equal(true);
    expect(channelServes({ enabled: false, streetId: null, kinds: [] }, { streetId: null, kind: 'inactive_mentee' })).to.equal(false);
    expect(consoleUrl('https://bb.example.cn', '/mentee/project')).to.equal('https://bb.example.cn/mentee/project');
    expect(consoleUrl('https://bb.example.cn', null)).to.equal('https://bb.example.cn/');
  });
});
