import { createHmac, timingSafeEqual } from 'node:crypto';
import { conflict, invalid, rateLimited } from './errors.js';
import { local } from './time.js';

/**
 * The rotating on-site sign-in code shared by activities (活动签到) and training sessions (培训签到):
 * a 6-digit code that changes every minute, derived from a secret that never leaves the service,
 * accepted from 30 minutes before the start until the end.
 */

/** The sign-in code changes every minute; the previous minute's code is still accepted (so up to two minutes). */
export const CODE_WINDOW_MS = 60_000;
/** People may sign in from this long before the start until the end. */
export const SIGN_IN_OPENS_BEFORE_MS = 30 * 60_000;
/** An activity or a training session lasts at most a day. */
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

/** Why a start and end cannot be an activity's (or, naming it, a training session's), or null. */
export function timesProblem(a: Timed, what = '活动', whatEn = 'an activity'): string | null {
  if (a.endAt <= a.startAt) return '结束时间须晚于开始时间 (endAt must be after startAt)';
  if (a.endAt.getTime() - a.startAt.getTime() > MAX_DURATION_MS) return `${what}时长不能超过 24 小时 (${whatEn} lasts at most 24 hours)`;
  return null;
}

/** Wrong codes a person may enter per activity or session in 10 minutes: guessing a 6-digit code stays hopeless. */
export const WRONG_CODES_ALLOWED = 10;
export const WRONG_CODES_WINDOW_MS = 10 * 60_000;

/** The budget of wrong codes: `take` a unit before checking, `giveBack` it when the code was right. */
export interface WrongCodeBudget<H> {
  take(key: string): Promise<H | null>;
  giveBack(hit: H): Promise<unknown>;
  retryAfterSeconds(): number;
}

const hhmm = (d: Date) => local(d).format('MM-DD HH:mm');

/**
 * Checks a typed code as an organiser's screen shows it: within [start − 30 min, end] (`what` names
 * the event in the refusal), with the key's budget of wrong codes left, and this or the previous
 * minute's code. Every code checked takes a unit of the budget; a right one gives it back.
 */
export async function checkSignInCode<H>(
  event: Timed & { secret: string }, code: string, now: Date, budget: { limiter: WrongCodeBudget<H>; key: string }, what = '活动',
): Promise<void> {
  const { opensAt, closesAt } = signInWindow(event);
  const timing = signInTiming(event, now);
  if (timing === 'early') throw conflict('sign_in_not_open', `签到尚未开始：${hhmm(opensAt)} 起可签到（${what}开始前 30 分钟） (sign-in opens 30 minutes before the start)`, [{ opensAt }]);
  if (timing === 'late') throw conflict('sign_in_over', `签到已截止：${what}已于 ${hhmm(closesAt)} 结束 (sign-in closed at the end)`, [{ closesAt }]);
  const { limiter, key } = budget;
  const hit = await limiter.take(key);
  if (!hit) throw rateLimited(`签到码输错次数过多，请 ${limiter.retryAfterSeconds()} 秒后再试 (too many wrong codes)`, limiter.retryAfterSeconds());
  if (!codeAccepted(event.secret, code, now)) throw invalid('invalid_code', '签到码错误或已过期，请输入现场屏幕上最新的签到码 (wrong or expired code)', [{ path: 'code' }]);
  await limiter.giveBack(hit);
}
