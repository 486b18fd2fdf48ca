import { createSecretKey, type KeyObject } from 'node:crypto';
import type { RequestHandler } from 'express';
import jwt from 'jsonwebtoken';
import { forbidden, unauthorized } from '../lib/errors.js';
import type { Actor, Role } from '../lib/actor.js';
import type { Access } from './route.js';

declare module 'express-serve-static-core' {
  interface Request {
    actor?: Actor;
  }
}

export interface TokenSettings {
  secret: string;
  expiresIn: string;
}

/**
 * The secret as a key object, made once per secret: given a string, jsonwebtoken first tries to
 * read it as a public key and builds a key from it on every call (7% of a request's CPU).
 */
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

/** `tokenVersion` is the user's at sign-in: changing it on the user ends every token signed before. */
export function signToken(userId: string, settings: TokenSettings, tokenVersion?: string | null): string {
  return jwt.sign(tokenVersion ? { tv: tokenVersion } : {}, keyOf(settings.secret), {
    subject: userId,
    expiresIn: settings.expiresIn as jwt.SignOptions['expiresIn'],
    algorithm: 'HS256',
  });
}

/**
 * Verifies the bearer token, then loads the current user (by _id): a disabled account, or a token
 * signed before the user's token version changed (password, logout, deactivation, unit), stops at once.
 */
export function authenticateWith(
  settings: TokenSettings,
  loadActor: (id: string, tokenVersion: string | null) => Promise<Actor | null>,
): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer (.+)$/i.exec(header);
    if (!match) return next(unauthorized());
    let subject: string | undefined;
    let tokenVersion: string | null = null;
    try {
      const payload = jwt.verify(match[1], keyOf(settings.secret), { algorithms: ['HS256'] }) as jwt.JwtPayload;
      subject = payload.sub;
      tokenVersion = typeof payload.tv === 'string' ? payload.tv : null;
    } catch {
      return next(unauthorized('登录已失效，请重新登录 (invalid or expired token)'));
    }
    const actor = subject ? await loadActor(subject, tokenVersion) : null;
    if (!actor) return next(unauthorized('登录已失效，请重新登录 (invalid or expired token)'));
    req.actor = actor;
    next();
  };
}

export function requireAccess(access: Exclude<Access, 'public'>): RequestHandler {
  return (req, _res, next) => {
    if (access === 'authenticated') return next();
    if (req.actor && (access as readonly Role[]).includes(req.actor.role)) return next();
    next(forbidden(`此操作需要角色：${access.join(' / ')} (forbidden for role ${req.actor?.role})`));
  };
}
