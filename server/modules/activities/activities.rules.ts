import { local, monthKey } from '../../lib/time.js';
import type { Timed } from '../../lib/sign-in-code.js';

// The rotating code and the sign-in window are shared with training sessions (server/lib/sign-in-code.ts).
export {
  CODE_WINDOW_MS, SIGN_IN_OPENS_BEFORE_MS, MAX_DURATION_MS, codeWindow, signInCode, currentCode, codeAccepted, signInWindow, signInTiming, timesProblem,
  type Timed,
} from '../../lib/sign-in-code.js';

/** The Shanghai months an activity touches (one or two): its calendar keys. */
export const monthsOf = (a: Timed) => [...new Set([monthKey(a.startAt), monthKey(a.endAt)])];

/** The Shanghai months of a date range [from, to], for the list's `months: {$in}` (at most 13 for a year). */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  for (let m = local(from).startOf('month'); m.valueOf() <= to.getTime(); m = m.add(1, 'month')) months.push(m.format('YYYY-MM'));
  return months;
}

/**
 * The filter for events (activities, training sessions) overlapping the calendar range [from, to]:
 * the months it spans (an equality `$in` on the `months` key), then the time comparison.
 */
export function calendarFilter(q: { from?: Date; to?: Date }): Record<string, unknown> {
  if (!q.from || !q.to) return {};
  return { months: { $in: monthsBetween(q.from, q.to) }, startAt: { $lte: q.to }, endAt: { $gte: q.from } };
}

/** Units awarded per attendee: 1 for a per-event rule; the activity's hours (rounded, at least 1) for a per-hour rule. */
export function awardQuantity(unit: string, a: Timed): number {
  if (unit !== 'hour') return 1;
  return Math.max(1, Math.round((a.endAt.getTime() - a.startAt.getTime()) / 3600_000));
}

/** The org units whose activities a member or secretary placed in a community takes part in. */
export const audienceOf = (user: { orgUnitId?: unknown; streetId?: unknown; districtId?: unknown }) =>
  [user.orgUnitId, user.streetId, user.districtId].filter((id) => id != null).map(String);

/** The Idempotency-Key (stored as is, not per actor) of an attendee's award: one award per member and activity. */
export const awardKey = (activityId: unknown, memberId: unknown) => `activity:${activityId}:${memberId}`;
