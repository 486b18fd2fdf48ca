import type { Types } from 'mongoose';
import { CapLink, PointsEntry, type CapLinkDoc } from '../../../models/points.model.js';
import { isDuplicateKeyError } from '../../lib/errors.js';
import { pastGrace } from '../../lib/claims.js';
import { readerById } from '../../db/reads-by-id.js';
import { newCapLink } from './raw-documents.js';
import { inserterInto } from '../../db/batched-inserts.js';

/**
 * Links are read by `_id` this many at first (most months' chains for a member and rule are
 * shorter), then as many as were found (the ids probed at most double the chain), up to MAX_BATCH.
 */
const FIRST_BATCH = 4;
const MAX_BATCH = 32;
/** Each lost race means another award or release extended the chain; this many in a row is a fault. */
const MAX_ATTEMPTS = 200;

export const capChainOf = (memberId: unknown, ruleKey: string, month: string) => `${memberId}:${ruleKey}:${month}`;
const claimKey = (entryId: Types.ObjectId | string) => `claim:${entryId}`;
const releaseKey = (entryId: Types.ObjectId | string) => `release:${entryId}`;

/**
 * The whole chain, in order (links are only ever appended at seq + 1, so seqs are 1..n without gaps).
 * Its ids go through the shared reader, so concurrent awards read their chains in one query.
 */
export async function readChain(chain: string): Promise<CapLinkDoc[]> {
  const read = readerById<CapLinkDoc>(CapLink);
  const links: CapLinkDoc[] = [];
  for (;;) {
    const size = Math.min(MAX_BATCH, Math.max(FIRST_BATCH, links.length));
    const batch = await Promise.all(Array.from({ length: size }, (_, i) => read(`${chain}#${links.length + i + 1}`)));
    for (const link of batch) {
      if (!link) return links;
      links.push(link);
    }
  }
}

async function appendLink(chain: string, seq: number, link: { key: string; entryId: Types.ObjectId; points: number; total: number }) {
  try {
    await inserterInto(CapLink.collection)(newCapLink({ _id: `${chain}#${seq}`, ...link }, new Date()));
    return true;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    return false; // another award or release took this seq (or this key exists): re-read and decide again
  }
}

const total = (links: CapLinkDoc[]) => links.at(-1)?.total ?? 0;

export type CapClaim = { ok: true } | { ok: false; used: number };

/**
 * Claims room for a whole award of `points` under `cap`. Succeeds exactly when the award fits the
 * running total at the moment its link is appended; an award already claimed for this entry (a replay)
 * keeps its claim. When the award does not fit, dead claims (crash leftovers) are released first.
 */
export async function claimCap(chain: string, entryId: Types.ObjectId, points: number, cap: number): Promise<CapClaim> {
  // Read before appending, new chain or not: the read shares a query with other awards' reads, where
  // a blind append at seq 1 to a chain that has links costs a refused insert and then the read anyway.
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const links = await readChain(chain);
    if (links.some((l) => l.key === claimKey(entryId))) return { ok: true };
    if (total(links) + points > cap) {
      if (await releaseDeadClaims(chain, links)) continue;
      return { ok: false, used: total(links) };
    }
    if (await appendLink(chain, links.length + 1, { key: claimKey(entryId), entryId, points, total: total(links) + points })) {
      return { ok: true };
    }
  }
  throw new Error(`cap chain ${chain}: no free link after ${MAX_ATTEMPTS} attempts`);
}

/** Gives an award's room back (revocation, a refused write, a dead claim). Idempotent: at most one release per award. */
export async function releaseCap(chain: string, entryId: Types.ObjectId): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const links = await readChain(chain);
    const claim = links.find((l) => l.key === claimKey(entryId));
    if (!claim || links.some((l) => l.key === releaseKey(entryId))) return;
    if (await appendLink(chain, links.length + 1, { key: releaseKey(entryId), entryId, points: -claim.points, total: total(links) - claim.points })) {
      return;
    }
  }
  throw new Error(`cap chain ${chain}: no free link after ${MAX_ATTEMPTS} attempts`);
}

/** Claims past the grace period, never released, whose entry does not exist. */
export async function deadClaims(links: CapLinkDoc[]): Promise<CapLinkDoc[]> {
  const released = new Set(links.filter((l) => l.key.startsWith('release:')).map((l) => String(l.entryId)));
  const candidates = links.filter((l) => l.key.startsWith('claim:') && !released.has(String(l.entryId)) && pastGrace(l.createdAt));
  if (!candidates.length) return [];
  const written = new Set(
    (await PointsEntry.find({ _id: { $in: candidates.map((l) => l.entryId) } }, { _id: 1 }).lean()).map((e) => String(e._id)),
  );
  return candidates.filter((l) => !written.has(String(l.entryId)));
}

async function releaseDeadClaims(chain: string, links: CapLinkDoc[]): Promise<boolean> {
  const dead = await deadClaims(links);
  for (const link of dead) await releaseCap(chain, link.entryId);
  return dead.length > 0;
}
