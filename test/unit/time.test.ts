import { expect } from 'chai';
import { dayEnd, dayKey, daysBetween, dayStart, isPastDeadline, local, monthKey, monthRange, previousMonth, yearKey } from '../../server/lib/time.js';

describe('time (Asia/Shanghai)', () => {
  it('when an instant is late on the last day of a month in Shanghai, then it belongs to that month', () => {
    expect(monthKey(new Date('2026-11-30T23:30:00+08:00'))).to.equal('2026-11');
    expect(monthKey(new Date('2026-11-30T16:00:00Z'))).to.equal('2026-12');
    expect(yearKey(new Date('2026-12-31T16:30:00Z'))).to.equal(2027);
  });

  it('when instants from 1985 to 2100 are read by the fixed-offset fast path, then month, year and day agree with the time-zone database', () => {
    const instants: Date[] = [];
    // Every Shanghai month boundary and a minute either side, and noon of every 11th day.
    for (let y = 1985; y <= 2100; y++) {
      for (let m = 1; m <= 12; m++) {
        const boundary = monthRange(`${y}-${String(m).padStart(2, '0')}`).start.getTime();
        instants.push(new Date(boundary - 60_000), new Date(boundary), new Date(boundary + 60_000));
      }
    }
    for (let t = Date.UTC(1985, 0, 1, 4); t < Date.UTC(2100, 0, 1); t += 11 * 86_400_000) instants.push(new Date(t));
    for (const d of instants) {
      const tz = local(d);
      expect([monthKey(d), yearKey(d), dayKey(d)], d.toISOString()).to.deep.equal([tz.format('YYYY-MM'), tz.year(), tz.format('YYYY-MM-DD')]);
    }
  });

  it('when a month is given, then its range is Shanghai midnight to midnight', () => {
    const { start, end } = monthRange('2026-11');
    expect(start.toISOString()).to.equal('2026-10-31T16:00:00.000Z');
    expect(end.toISOString()).to.equal('2026-11-30T16:00:00.000Z');
    expect(previousMonth('2026-01')).to.equal('2025-12');
  });

  it('when two instants fall on consecutive Shanghai days, then they are one day apart', () => {
    expect(daysBetween(new Date('2026-11-01T15:59:00Z'), new Date('2026-11-01T16:01:00Z'))).to.equal(1);
  });

  it('when a day is given, then it starts at 00:00 and ends at 23:59:59.999 in Shanghai, and both read as that day', () => {
    expect(dayStart('2026-12-10').toISOString()).to.equal('2026-12-09T16:00:00.000Z');
    expect(dayEnd('2026-12-10').toISOString()).to.equal('2026-12-10T15:59:59.999Z');
    expect([dayKey(dayStart('2026-12-10')), dayKey(dayEnd('2026-12-10'))]).to.deep.equal(['2026-12-10', '2026-12-10']);
  });

  it('when a deadline day has ended in Shanghai, then it is past; until 24:00 it is not, whatever hour of the day it was stored at', () => {
    for (const due of [dayEnd('2026-12-10'), new Date('2026-12-10T00:00:00Z'), dayStart('2026-12-10')]) {
      expect(isPastDeadline(due, new Date('2026-12-10T23:59:59.999+08:00'))).to.equal(false);
      expect(isPastDeadline(due, new Date('2026-12-11T00:00:00+08:00'))).to.equal(true);
    }
  });
});
