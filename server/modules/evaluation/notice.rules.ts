import { dayEnd, dayKey } from '../../lib/time.js';

/**
 * A 公示 period of N working days: Monday to Friday in Shanghai, counted from the day after
 * publication (the day it is published never counts, so residents always get N whole working
 * days), and running to the end (24:00) of the N-th. Public holidays are not in the calendar:
 * the publisher lists them (`holidays`, days skipped); weekend make-up days (调休) are not counted.
 */
export interface NoticePeriod {
  startsAt: Date;
  /** The last working day, "YYYY-MM-DD" in Shanghai. */
  lastDay: string;
  /** Its last millisecond: objections are taken up to and including this instant. */
  endsAt: Date;
  workingDays: number;
}

const toUtcDate = (day: string) => new Date(`${day}T00:00:00Z`);
const fromUtcDate = (d: Date) => d.toISOString().slice(0, 10);

/** The N-th working day after `day` ("YYYY-MM-DD"), skipping Saturdays, Sundays and the holidays given. */
export function addWorkingDays(day: string, n: number, holidays: ReadonlySet<string> = new Set()): string {
  const d = toUtcDate(day);
  let counted = 0;
  while (counted < n) {
    d.setUTCDate(d.getUTCDate() + 1);
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(fromUtcDate(d))) counted++;
  }
  return fromUtcDate(d);
}

export function noticePeriod(publishedAt: Date, workingDays: number, holidays: readonly string[] = []): NoticePeriod {
  const lastDay = addWorkingDays(dayKey(publishedAt), workingDays, new Set(holidays));
  return { startsAt: publishedAt, lastDay, endsAt: dayEnd(lastDay), workingDays };
}

/** Objections are taken from publication to the end of the last working day. */
export const noticeOpen = (period: { startsAt: Date; endsAt: Date }, now: Date) =>
  now.getTime() >= new Date(period.startsAt).getTime() && now.getTime() <= new Date(period.endsAt).getTime();
