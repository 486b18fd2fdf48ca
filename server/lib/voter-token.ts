import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * A resident's proof of a verified phone (POST /public/verify/confirm): "<payload>.<signature>",
 * the payload base64url JSON {h: the phone's voter hash, exp: seconds since the epoch}, signed by an
 * HMAC-SHA256 under a key derived from the server's secret. It names no phone number.
 */
export const VOTER_TOKEN_TTL_SECONDS = 2 * 60 * 60;

const b64 = (data: Buffer | string) => Buffer.from(data).toString('base64url');
const signature = (secret: string, payload: string) => createHmac('sha256', secret).update(`voter-token:${payload}`).digest();

export function signVoterToken(secret: string, voterHash: string, now: Date, ttlSeconds = VOTER_TOKEN_TTL_SECONDS): { token: string; expiresAt: Date } {
  const exp = Math.floor(now.getTime() / 1000) + ttlSeconds;
  const payload = b64(JSON.stringify({ h: voterHash, exp }));
  return { token: `${payload}.${b64(signature(secret, payload))}`, expiresAt: new Date(exp * 1000) };
}

/** The voter hash a token carries, or null when it is malformed, forged or expired at `now`. */
export function verifyVoterToken(secret: string, token: string, now: Date): string | null {
  const [payload, sig, ...rest] = token.split('.');
  if (!payload || !sig || rest.length) return null;
  const expected = signature(secret, payload);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const { h, exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { h?: unknown; exp?: unknown };
    if (typeof h !== 'string' || typeof exp !== 'number') return null;
    return now.getTime() < exp * 1000 ? h : null;
  } catch {
    return null;
  }
}
