import { rateLimiter, type Hit, type RateLimiter } from '../../db/rate-limiter.js';
import { DomainError, rateLimited } from '../../lib/errors.js';
import type { Clock } from '../../lib/time.js';
import { normalizeUsername } from './accounts.rules.js';

const WINDOW_MS = 15 * 60_000;

/**
 * Failed password checks per client address and username, and per client address whatever the
 * username, counted in the database so every API process shares the budget. A check takes its
 * units before bcrypt runs, so parallel guesses cannot outrun the limit; a success gives them back.
 */
export function loginLimits(limits: { perAccount: number; perAddress: number }, clock: Clock) {
  const perAccount = rateLimiter({ name: 'login', limit: limits.perAccount, windowMs: WINDOW_MS, refunds: true }, clock);
  const perAddress = rateLimiter({ name: 'login-address', limit: limits.perAddress, windowMs: WINDOW_MS, refunds: true }, clock);

  const giveBack = (taken: Array<[RateLimiter, Hit]>) => Promise.all(taken.map(([limiter, hit]) => limiter.giveBack(hit)));

  /** Runs `check` (which throws a DomainError on wrong credentials) inside both budgets. */
  return async function withinLimits<T>(username: string, address: string, check: () => Promise<T>): Promise<T> {
    const taken: Array<[RateLimiter, Hit]> = [];
    for (const [limiter, key] of [[perAccount, `${address}|${normalizeUsername(username)}`], [perAddress, address]] as const) {
      const hit = await limiter.take(key);
      if (!hit) {
        await giveBack(taken);
        throw rateLimited('登录尝试过于频繁，请 15 分钟后再试 (too many login attempts)', limiter.retryAfterSeconds());
      }
      taken.push([limiter, hit]);
    }
    try {
      const result = await check();
      await giveBack(taken);
      return result;
    } catch (err) {
      // Only a refused password counts; a database failure is not the caller's attempt.
      if (!(err instanceof DomainError)) await giveBack(taken);
      throw err;
    }
  };
}

export type LoginLimits = ReturnType<typeof loginLimits>;
