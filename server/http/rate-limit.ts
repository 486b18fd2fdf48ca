import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import type { RequestHandler } from 'express';

const rejected = (message: string): RequestHandler => (_req, res) => {
  res.status(429).json({ error: { code: 'rate_limited', message, details: [] } });
};

/**
 * Failed logins per client address and username (successful ones are not counted), so one office
 * behind a shared address does not lock everyone out. In-memory: each API process counts on its own.
 */
export function loginLimiter(limit: number): RequestHandler {
  return rateLimit({
    windowMs: 15 * 60_000,
    limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? '')}:${String(req.body?.username ?? '').toLowerCase()}`,
    handler: rejected('登录尝试过于频繁，请 15 分钟后再试 (too many login attempts)'),
  });
}

/** Public endpoints (residents voting and scoring), per client address per minute. */
export function publicLimiter(limit: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: rejected('操作过于频繁，请稍后再试 (too many requests)'),
  });
}
