import { ipKeyGenerator } from 'express-rate-limit';
import type { Request, RequestHandler } from 'express';
import { rateLimiter } from '../db/rate-limiter.js';
import { rateLimited } from '../lib/errors.js';
import type { Clock } from '../lib/time.js';

/**
 * The caller's address as rate limits see it: the socket's peer unless TRUST_PROXY names the proxy
 * in front (then Express takes it from X-Forwarded-For); IPv6 clients are grouped by their /56.
 */
export const clientAddress = (req: Request) => ipKeyGenerator(req.ip ?? req.socket.remoteAddress ?? '');

/** Public endpoints (residents voting and scoring): `limit` requests per client address per minute, shared by every process. */
export function publicLimiter(name: string, limit: number, clock: Clock): RequestHandler {
  const limiter = rateLimiter({ name, limit, windowMs: 60_000 }, clock);
  return async (req, _res, next) => {
    if (await limiter.take(clientAddress(req))) return next();
    next(rateLimited('操作过于频繁，请稍后再试 (too many requests)', limiter.retryAfterSeconds()));
  };
}

/**
 * Residents' votes on projects and scores for secretaries draw on one budget per address
 * (`PUBLIC_RATE_LIMIT` a minute for both together): limiters of one name share their slots.
 */
export const publicVotingLimiter = (limit: number, clock: Clock) => publicLimiter('public-vote', limit, clock);
