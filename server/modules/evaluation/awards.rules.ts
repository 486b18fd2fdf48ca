import { compareResults, isRanked, type SecretaryResult } from './evaluation.rules.js';

/**
 * 最美书记 places: 53 in the reference year (domain.md), district-wide by default, or shared out among
 * the streets by their number of communities (`street`). The notice (公示) lasts 5 working days.
 */
export const DEFAULT_AWARD_SETTINGS: Readonly<AwardSettings> = { total: 53, quotaMode: 'district', noticeWorkingDays: 5 };
export const QUOTA_MODES = ['district', 'street'] as const;

/**
 * 最受群众欢迎项目 places: 18 in the reference year, with the same quota modes and notice. A project
 * needs `minVotes` votes (online and paper together) to be a candidate, so that a handful of votes
 * cannot win a place; 30, like the residents' minimum for a secretary's result.
 */
export const DEFAULT_PROJECT_AWARD_SETTINGS: Readonly<ProjectAwardSettings> = { total: 18, quotaMode: 'district', noticeWorkingDays: 5, minVotes: 30 };

/** The honours that go through places, 公示 and objections, and the cycle field holding each one's settings. */
export const AWARD_KINDS = ['secretary', 'project'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];
export const SETTINGS_FIELD = { secretary: 'awards', project: 'projectAwards' } as const;
export const DEFAULT_SETTINGS = { secretary: DEFAULT_AWARD_SETTINGS, project: DEFAULT_PROJECT_AWARD_SETTINGS } as const;

export interface AwardSettings {
  total: number;
  quotaMode: (typeof QUOTA_MODES)[number];
  noticeWorkingDays: number;
}

export interface ProjectAwardSettings extends AwardSettings {
  minVotes: number;
}

export interface StreetSize {
  streetId: string;
  code: string;
  name: string;
  communities: number;
}

export interface StreetQuota extends StreetSize {
  /** The street's exact share, total × communities ÷ all communities (for the record; places are whole). */
  exact: number;
  quota: number;
}

/**
 * Largest-remainder (Hamilton) apportionment: each street first gets the whole part of its exact
 * share total × c ÷ C; the places left go one each to the largest remainders, equal remainders by
 * street code (ascending, by code unit). Integer arithmetic throughout, so equal shares are equal.
 * The quotas always sum to the total (when any street has communities).
 */
export function streetQuotas(total: number, streets: StreetSize[]): StreetQuota[] {
  const all = streets.reduce((n, s) => n + s.communities, 0);
  if (all === 0) return streets.map((s) => ({ ...s, exact: 0, quota: 0 }));
  const shares = streets.map((s) => ({ s, whole: Math.floor((total * s.communities) / all), remainder: (total * s.communities) % all }));
  let left = total - shares.reduce((n, x) => n + x.whole, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || byCode(a.s, b.s));
  const extra = new Set<StreetSize>();
  for (const x of byRemainder) if (left-- > 0) extra.add(x.s);
  return shares
    .map(({ s, whole }) => ({ ...s, exact: Math.round(((total * s.communities) / all) * 1e4) / 1e4, quota: whole + (extra.has(s) ? 1 : 0) }))
    .sort(byCode);
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The key of the group a place belongs to: the whole district, or one street. */
export const DISTRICT_GROUP = 'district';

export interface AwardGroup {
  key: string;
  quota: number;
}

/** Eligible results in the documented order (compareResults), whatever order they come in. */
export const eligibleInOrder = <R extends Omit<SecretaryResult, 'rank'>>(results: R[]): R[] => results.filter(isRanked).sort(compareResults);

export interface Selection<R> {
  /** Every eligible result with its group, in the documented order: the holders and those next in line. */
  pool: Array<{ result: R; group: string }>;
  /** The places: 1..n in the documented order over the whole list. */
  holders: Array<{ place: number; result: R; group: string }>;
  /** Groups with fewer eligible results than places: those places stay empty. */
  unfilled: Array<{ group: string; quota: number; filled: number }>;
}

/**
 * Picks the holders: in each group its quota of eligible results, best first (a street's results
 * outside every group — no street — are not eligible under street quotas). Ties at a cut-off are
 * settled by compareResults, never by input order.
 */
export const selectAwardees = <R extends Omit<SecretaryResult, 'rank'>>(results: R[], groups: AwardGroup[]): Selection<R> =>
  selectInGroups(eligibleInOrder(results), groups);

/**
 * The places of any honour: `ordered` holds only eligible candidates, already in the honour's
 * documented order; each goes to the district group or its street's, and each group takes its quota.
 */
export function selectInGroups<R extends { streetId: string | null }>(ordered: R[], groups: AwardGroup[]): Selection<R> {
  const quotaOf = new Map(groups.map((g) => [g.key, g.quota]));
  const groupOf = (r: R) => (quotaOf.has(DISTRICT_GROUP) ? DISTRICT_GROUP : String(r.streetId));
  const pool = ordered.map((result) => ({ result, group: groupOf(result) })).filter((x) => quotaOf.has(x.group));
  const { holders, unfilled } = fillPlaces(pool, groups);
  return { pool, holders: holders.map((x, i) => ({ place: i + 1, ...x })), unfilled };
}

/** The first `quota` of each group from a pool already in order; places are numbered in that order. */
export function fillPlaces<T extends { group: string }>(pool: T[], groups: AwardGroup[]): { holders: T[]; unfilled: Selection<unknown>['unfilled'] } {
  const quotaOf = new Map(groups.map((g) => [g.key, g.quota]));
  const taken = new Map<string, number>();
  const holders = pool.filter((x) => {
    const n = taken.get(x.group) ?? 0;
    if (n >= (quotaOf.get(x.group) ?? 0)) return false;
    taken.set(x.group, n + 1);
    return true;
  });
  const unfilled = groups.filter((g) => (taken.get(g.key) ?? 0) < g.quota).map((g) => ({ group: g.key, quota: g.quota, filled: taken.get(g.key) ?? 0 }));
  return { holders, unfilled };
}

/** The groups of a cycle's frozen award settings. */
export const awardGroups = (total: number, quotas: StreetQuota[] | null): AwardGroup[] =>
  quotas ? quotas.map((q) => ({ key: q.streetId, quota: q.quota })) : [{ key: DISTRICT_GROUP, quota: total }];
