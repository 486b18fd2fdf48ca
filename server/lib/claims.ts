/**
 * Claims (cap links, idempotency keys, mentor slots, mentee locks, run locks) are documents inserted
 * before the document they are for. A claim whose document still does not exist this long after it
 * was made was left by a crash: it is dead and may be released. Writers give up well before this
 * (CLAIM_WRITE_DEADLINE_MS), so a live writer never finds its claim released under it.
 *
 * Ages are measured on the real clock against the claim's own createdAt (also the real clock): they
 * are about processes crashing, not about the programme's dates, so the injected clock does not apply.
 */
export const CLAIM_GRACE_MS = 60_000;

/** A writer that still has not written its document this long after claiming gives up and releases. */
export const CLAIM_WRITE_DEADLINE_MS = 30_000;

export const claimAge = (createdAt: Date | undefined | null, nowMs = Date.now()) =>
  createdAt ? nowMs - new Date(createdAt).getTime() : Number.POSITIVE_INFINITY;

/** Older than the grace period: if its document is missing, the claim is dead. */
export const pastGrace = (createdAt: Date | undefined | null, nowMs = Date.now()) => claimAge(createdAt, nowMs) > CLAIM_GRACE_MS;

/** Seconds a client should wait before retrying a request whose claim is still in flight. */
export const retryAfterSeconds = (createdAt: Date | undefined | null, nowMs = Date.now()) =>
  Math.max(1, Math.min(Math.ceil((CLAIM_GRACE_MS - claimAge(createdAt, nowMs)) / 1000), 5));
