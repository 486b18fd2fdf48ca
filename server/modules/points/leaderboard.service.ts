import { Types } from 'mongoose';
import { PointsEntry } from '../../../models/points.model.js';
import { PointsLeaderboard, type LeaderboardDoc } from '../../../models/rollup.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { invalid } from '../../lib/errors.js';
import { leaderboardPageIds, rankByPoints, type Ranked } from './points.rules.js';
import { rollupWatermark } from './rollup-state.js';

/** A period is a Shanghai month "YYYY-MM" or a year "YYYY". */
export type Period = string;
export type ScopeKind = 'district' | 'street' | 'community';
export interface Scope {
  kind: ScopeKind;
  id?: string;
}

const SCOPE_FIELD: Record<ScopeKind, string> = { district: 'districtId', street: 'streetId', community: 'communityId' };

export function parseScope(text: string): Scope {
  const [kind, id] = text.split(':');
  if (kind === 'district' && !id) return { kind };
  if ((kind === 'district' || kind === 'street' || kind === 'community') && id && Types.ObjectId.isValid(id)) return { kind, id };
  throw invalid('invalid_scope', 'scope 应为 district、street:<id> 或 community:<id> (invalid scope)', [{ path: 'scope' }]);
}

export const periodFilter = (period: Period) => (period.length === 4 ? { year: Number(period) } : { month: period });

/**
 * Net points per member for a period and scope, ranked — straight from the ledger with one
 * $match (equality keys) + $group ($sum). The points-rollup job stores the same result.
 */
export async function rankFromLedger(period: Period, scope: Scope): Promise<Ranked[]> {
  const match: Record<string, unknown> = periodFilter(period);
  if (scope.id) match[SCOPE_FIELD[scope.kind]] = new Types.ObjectId(scope.id);
  const rows = await PointsEntry.aggregate<{ _id: Types.ObjectId; points: number }>([
    { $match: match },
    { $group: { _id: '$memberId', points: { $sum: '$points' } } },
  ]);
  return rankByPoints(rows.map((r) => ({ memberId: String(r._id), points: r.points })));
}

export const scopeKey = (scope: Scope) => (scope.id ? `${scope.kind}:${scope.id}` : scope.kind);

/**
 * Served from the points-rollup job's leaderboard document (one read by `_id`); for a period the
 * job has not rolled up yet, computed from the ledger by the same ranking.
 */
/**
 * Served answers per rollup watermark: leaderboards change only when the rollup runs and every run
 * moves the watermark, so a cached answer is exact until then. Saves the page reads and the names
 * lookup, which on FerretDB scan their collections (tens of ms each at district scale).
 */
const answered = new Map<string, { watermark: number; answer: Awaited<ReturnType<typeof readLeaderboard>> }>();
const MAX_CACHED = 2000;

export async function leaderboard(period: Period, scope: Scope, limit: number) {
  const watermark = (await rollupWatermark())?.getTime();
  const key = `${period}|${scopeKey(scope)}|${limit}`;
  const hit = answered.get(key);
  if (watermark !== undefined && hit?.watermark === watermark) return hit.answer;
  const answer = await readLeaderboard(period, scope, limit);
  if (watermark !== undefined && answer.source === 'rollup') {
    if (answered.size >= MAX_CACHED) answered.clear();
    answered.set(key, { watermark, answer });
  }
  return answer;
}

async function readLeaderboard(period: Period, scope: Scope, limit: number) {
  const pages = await Promise.all(leaderboardPageIds(period, scopeKey(scope), limit).map((id) => PointsLeaderboard.findById(id).lean<LeaderboardDoc>()));
  const stored = pages[0];
  const ranked = stored
    ? pages.flatMap((p) => p?.items ?? []).slice(0, limit).map((r) => ({ memberId: String(r.memberId), points: r.points, rank: r.rank }))
    : (await rankFromLedger(period, scope)).slice(0, limit);
  const people = new Map(
    (await User.find({ _id: { $in: ranked.map((r) => r.memberId) } }).lean<UserDoc[]>()).map((u) => [String(u._id), u]),
  );
  return {
    period,
    scope: scopeKey(scope),
    source: stored ? 'rollup' : 'ledger',
    items: ranked.map((r) => ({ ...r, displayName: people.get(r.memberId)?.displayName ?? null, communityId: people.get(r.memberId)?.orgUnitId ?? null })),
  };
}
