import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every month, year and "today" in this service is counted in Shanghai time. */
export const TIME_ZONE = 'Asia/Shanghai';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export const local = (d: Date | string) => dayjs(d).tz(TIME_ZONE);

/**
 * Shanghai has kept UTC+8 without daylight saving since 1992, so instants from then on are read by
 * shifting them 8 hours, without the time-zone database (monthKey runs several times per award;
 * through dayjs it was 7% of an award's CPU). Earlier instants go through dayjs.
 */
const FIXED_OFFSET_FROM = Date.UTC(1991, 11, 31, 16); // 1992-01-01 00:00 in Shanghai
const OFFSET_MS = 8 * 3_600_000;
const shifted = (d: Date) => (d.getTime() >= FIXED_OFFSET_FROM ? new Date(d.getTime() + OFFSET_MS) : null);
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026-11" for an instant, in Shanghai time. */
export const monthKey = (d: Date) => {
  const s = shifted(d);
  return s ? `${s.getUTCFullYear()}-${pad2(s.getUTCMonth() + 1)}` : local(d).format('YYYY-MM');
};
export const yearKey = (d: Date) => shifted(d)?.getUTCFullYear() ?? local(d).year();
/** "2026-11-24" for an instant, in Shanghai time. */
export const dayKey = (d: Date) => {
  const s = shifted(d);
  return s ? `${s.getUTCFullYear()}-${pad2(s.getUTCMonth() + 1)}-${pad2(s.getUTCDate())}` : local(d).format('YYYY-MM-DD');
};

/** [start, end) instants of a "YYYY-MM" month in Shanghai time. */
export function monthRange(month: string): { start: Date; end: Date } {
  const start = dayjs.tz(`${month}-01 00:00:00`, TIME_ZONE);
  return { start: start.toDate(), end: start.add(1, 'month').toDate() };
}

/** The month before a "YYYY-MM" month. */
export const previousMonth = (month: string) =>
  dayjs.tz(`${month}-01 00:00:00`, TIME_ZONE).subtract(1, 'month').format('YYYY-MM');

/** The first instant of a Shanghai calendar day "YYYY-MM-DD": what a start date on that day means. */
export const dayStart = (day: string) => dayjs.tz(`${day} 00:00:00`, TIME_ZONE).toDate();
/** The last millisecond of a Shanghai calendar day: what a deadline "by that day" means; it still reads as that day. */
export const dayEnd = (day: string) => new Date(dayjs.tz(`${day} 00:00:00`, TIME_ZONE).add(1, 'day').valueOf() - 1);

/**
 * Deadlines are whole Shanghai days: one is missed once the day after it has begun. Counting by
 * day (not by the stored instant) keeps a deadline stored at any hour of its day on that day.
 */
export const deadlinesMissedBefore = (now: Date) => dayStart(dayKey(now));
export const isPastDeadline = (deadline: Date, now: Date) => deadline.getTime() < deadlinesMissedBefore(now).getTime();

/** Whole days from a to b (b later), by Shanghai calendar days. */
export const daysBetween = (a: Date, b: Date) =>
  local(b).startOf('day').diff(local(a).startOf('day'), 'day');

export { dayjs };
