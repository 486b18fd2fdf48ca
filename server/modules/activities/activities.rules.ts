import { createHmac, timingSafeEqual } from 'node:crypto';
import { local, monthKey } from '../../lib/time.js';

/** The sign-in code changes every minute; the previous minute's code is still accepted (so up to two minutes). */
export const CODE_WINDOW_MS = 60_000;
/** Members may sign in from this long before the start until the end. */
export const SIGN_IN_OPENS_BEFORE_MS = 30 * 60_000;
/** An activity lasts at most a day: every kind (一课一片一实践, 微党课, 学习讨论, 志愿服务) fits in one. */
export const MAX_DURATION_MS = 24 * 3600_000;

export const codeWindow = (now: Date) => Math.floor(now.getTime() / CODE_WINDOW_MS);

/** The 6-digit code of a time window: HMAC-SHA256(secret, window) truncated as in HOTP (RFC 4226). */
export function signInCode(secret: string, window: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(window));
  const mac = createHmac('sha256', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

/** The code to show now: it is displayed until `expiresAt` and accepted until `acceptedUntil`. */
export function currentCode(secret: string, now: Date) {
  const window = codeWindow(now);
  const expiresAt = new Date((window + 1) * CODE_WINDOW_MS);
  return {
    code: signInCode(secret, window),
    expiresAt,
    acceptedUntil: new Date(expiresAt.getTime() + CODE_WINDOW_MS),
    refreshInSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000)),
  };
}

const sameCode = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Whether `code` is this window's or the previous window's. */
export function codeAccepted(secret: string, code: string, now: Date): boolean {
  const window = codeWindow(now);
  return [window, window - 1].some((w) => sameCode(signInCode(secret, w), code));
}

export interface Timed {
  startAt: Date;
  endAt: Date;
}

export const signInWindow = (a: Timed) => ({ opensAt: new Date(a.startAt.getTime() - SIGN_IN_OPENS_BEFORE_MS), closesAt: a.endAt });

/** Where `now` falls against the sign-in window [start − 30 min, end]. */
export function signInTiming(a: Timed, now: Date): 'early' | 'open' | 'late' {
  const { opensAt, closesAt } = signInWindow(a);
  if (now < opensAt) return 'early';
  return now > closesAt ? 'late' : 'open';
}

/** Why a start and end cannot be an activity's, or null. */
export function timesProblem(a: Timed): string | null {
  if (a.endAt <= a.startAt) return '结束时间须晚于开始时间 (endAt must be after startAt)';
  if (a.endAt.getTime() - a.startAt.getTime() > MAX_DURATION_MS) return '活动时长不能超过 24 小时 (an activity lasts at most 24 hours)';
  return null;
}

/** The Shanghai months an activity touches (one or two): its calendar keys. */
export const monthsOf = (a: Timed) => [...new Set([monthKey(a.startAt), monthKey(a.endAt)])];

/** The Shanghai months of a date range [from, to], for the list's `months: {$in}` (at most 13 for a year). */
export function monthsBetween(from: Date, to: Date): string[] {
  const months: string[] = [];
  for (let m = local(from).startOf('month'); m.valueOf() <= to.getTime(); m = m.add(1, 'month')) months.push(m.format('YYYY-MM'));
  return months;
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
