import { RateSlot } from '../../models/rate-limit.model.js';
import { isDuplicateKeyError } from '../lib/errors.js';
import type { Clock } from '../lib/time.js';

export interface FixedWindow {
  /** Names the limiter in the shared collection: limiters with one name share their budgets. */
  name: string;
  limit: number;
  windowMs: number;
  /** Units may be given back (failed logins count, successful ones do not). */
  refunds?: boolean;
}

/** A unit taken from a window's budget. */
export interface Hit {
  id: string;
  resetAt: Date;
}

/** Start of the window holding `now`; windows are aligned to the epoch, so every process agrees on them. */
export const windowStart = (now: Date, windowMs: number) => new Date(Math.floor(now.getTime() / windowMs) * windowMs);

const CLEANUP_EVERY_MS = 60_000;

async function insertSlot(bucket: string, slot: number, expiresAt: Date): Promise<string | null> {
  const id = `${bucket}#${slot}`;
  try {
    await RateSlot.create({ _id: id, bucket, slot, expiresAt });
    return id;
  } catch (err) {
    if (isDuplicateKeyError(err)) return null;
    throw err;
  }
}

/** Slots given back leave gaps below the highest one taken: look for them. */
async function claimReturnedSlot(bucket: string, limit: number, expiresAt: Date): Promise<string | null> {
  const held = new Set((await RateSlot.find({ bucket }, { slot: 1 }).lean<Array<{ slot: number }>>()).map((s) => s.slot));
  for (let slot = 1; slot <= limit; slot++) {
    const id = held.has(slot) ? null : await insertSlot(bucket, slot, expiresAt);
    if (id) return id;
  }
  return null;
}

/**
 * A fixed-window limit kept in the database, so every API process draws on one budget. A hit
 * inserts slot n (1..limit) of its window into a unique index: exactly `limit` hits get in, under
 * any concurrency, on MongoDB and FerretDB alike (an $inc counter is not atomic on FerretDB).
 * Each process remembers the highest slot it has seen taken per window, so a hit is usually one
 * insert, and a full window costs no database work until it ends.
 */
export function rateLimiter(window: FixedWindow, clock: Clock) {
  let nextCleanup = 0;
  let seenWindow = 0;
  const highestTaken = new Map<string, number>();

  async function removeExpired(now: Date) {
    if (now.getTime() < nextCleanup) return;
    nextCleanup = now.getTime() + CLEANUP_EVERY_MS;
    await RateSlot.deleteMany({ expiresAt: { $lte: now } });
  }

  async function claim(bucket: string, expiresAt: Date): Promise<string | null> {
    let slot = highestTaken.get(bucket) ?? (await RateSlot.countDocuments({ bucket }));
    for (;;) {
      // Past the highest slot this process has tried, so hits racing in one process take distinct
      // slots (walking up from their own last try, 50 hits at once made ~1,250 duplicate inserts).
      slot = Math.max(slot, highestTaken.get(bucket) ?? 0) + 1;
      if (slot > window.limit) break;
      highestTaken.set(bucket, slot);
      const id = await insertSlot(bucket, slot, expiresAt);
      if (id) return id;
    }
    highestTaken.set(bucket, window.limit);
    return window.refunds ? claimReturnedSlot(bucket, window.limit, expiresAt) : null;
  }

  return {
    /** Takes one unit of `key`'s budget in the current window; null when none is left. */
    async take(key: string): Promise<Hit | null> {
      const now = clock();
      await removeExpired(now);
      const start = windowStart(now, window.windowMs);
      if (start.getTime() !== seenWindow) {
        seenWindow = start.getTime();
        highestTaken.clear();
      }
      const resetAt = new Date(start.getTime() + window.windowMs);
      const id = await claim(`${window.name}:${key}:${start.toISOString()}`, resetAt);
      return id ? { id, resetAt } : null;
    },
    /** Returns a unit, for an attempt that should not count. */
    async giveBack(hit: Hit): Promise<void> {
      await RateSlot.deleteOne({ _id: hit.id });
    },
    /** Seconds until the current window ends. */
    retryAfterSeconds(): number {
      const now = clock();
      return Math.ceil((windowStart(now, window.windowMs).getTime() + window.windowMs - now.getTime()) / 1000);
    },
  };
}

export type RateLimiter = ReturnType<typeof rateLimiter>;
