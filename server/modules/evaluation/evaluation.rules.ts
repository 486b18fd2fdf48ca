import { groupBy } from '../../lib/group-by.js';
import { residentAnomalies, type Anomaly, type ResidentCluster } from './anomaly.rules.js';
import { evidenceOf, type Evidence, type Minimums } from './evidence.rules.js';
import { trimmedMean, type HistogramBin } from './trimming.rules.js';

export interface Weighted {
  key: string;
  name: string;
  weight: number;
}

export const DEFAULT_INDICATORS: Weighted[] = [
  { key: 'members_managed', name: '党员管得住', weight: 0.25 },
  { key: 'residents_follow', name: '群众愿意跟', weight: 0.25 },
  { key: 'leads_with_method', name: '引领有章法', weight: 0.25 },
  { key: 'work_lands_fast', name: '工作落地快', weight: 0.25 },
];
export const DEFAULT_SOURCES: Weighted[] = [
  { key: 'mentor', name: '大梁实地评估', weight: 0.4 },
  { key: 'resident', name: '群众线上打分', weight: 0.3 },
  { key: 'department', name: '街镇部门综合测评', weight: 0.3 },
];
export const DEFAULT_SCALE = { min: 0, max: 100 };

export const weightSum = (items: Weighted[]) => items.reduce((s, i) => s + i.weight, 0);
/** Weights must add up to 1 (to within floating-point noise). */
export const weightsAddUp = (items: Weighted[]) => Math.abs(weightSum(items) - 1) < 1e-9;

/**
 * Per source: how many scores, and the sum of each indicator over them; the residents' source also
 * counts each value per indicator (`hist`, ascending), from which a trimmed mean is exact.
 */
export type SourceTally = { count: number; sums: Record<string, number>; hist?: Record<string, HistogramBin[]> };

/** A source's part of a result; `trimmed` only when scores were dropped by the cycle's trimming rule. */
export interface SourceResult {
  count: number;
  indicators: Record<string, number>;
  score: number;
  /** The cycle's percentage, how many scores were dropped at each end and how many were averaged. */
  trimmed?: { percent: number; droppedEachEnd: number; averaged: number };
}

export interface SecretaryInput {
  secretaryId: string;
  displayName: string;
  streetId: string | null;
  tallies: Record<string, SourceTally | undefined>;
  /** Online resident scores per minute of writing, for the burst check. */
  residentMinutes?: Array<{ minute: number; count: number }>;
  /** Online resident scores grouped by address and by code batch (with the batch's size), for the cluster checks. */
  residentClusters?: ResidentCluster[];
}

export interface SecretaryResult {
  secretaryId: string;
  displayName: string;
  streetId: string | null;
  final: number | null;
  perSource: Record<string, SourceResult | null>;
  perIndicator: Record<string, number | null>;
  missingSources: string[];
  renormalized: boolean;
  /** Null when the result is not ranked: no scores, or too few (evidence.sufficient false). */
  rank: { district: number | null; street: number | null };
  explanation: string;
  evidence: Evidence;
  /** Flags on the residents' input, with their evidence; for district staff only. */
  anomalies: Anomaly[];
}

/** What a cycle sets beyond its weights: the minimum scores per source (none when absent), the scale and the residents' trimming. */
export interface ResultRules {
  minimums?: Minimums;
  scale?: { min: number; max: number };
  /** Drop this percentage of the residents' lowest and highest scores per indicator (0: none). */
  residentTrimPercent?: number;
  /** False: leave `anomalies` empty (the live read shows the flags the evaluation-anomalies job stored). */
  anomalies?: boolean;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => r2(n).toFixed(2);

const weighted = (indicators: Weighted[], means: Record<string, number>) => indicators.reduce((sum, i) => sum + i.weight * means[i.key], 0);

/** A source's plain means: each indicator's sum over the number of scores. */
function plainSource(indicators: Weighted[], t: SourceTally): SourceResult {
  const means = Object.fromEntries(indicators.map((i) => [i.key, (t.sums[i.key] ?? 0) / t.count]));
  return { count: t.count, indicators: means, score: weighted(indicators, means) };
}

/** The residents' source under trimming: each indicator's trimmed mean from its histogram (trimming.rules.ts). */
function trimmedSource(indicators: Weighted[], t: SourceTally, percent: number): SourceResult {
  let droppedEachEnd = 0;
  const means = Object.fromEntries(indicators.map((i) => {
    const hist = t.hist?.[i.key];
    // Tallies without histograms are rebuilt before use (tallies.ts): reaching here without one is a bug, not a fallback.
    if (!hist) throw new Error(`resident tally without a histogram for ${i.key}: cannot trim`);
    const trimmed = trimmedMean(hist, percent)!;
    droppedEachEnd = trimmed.dropped;
    return [i.key, trimmed.mean];
  }));
  return { count: t.count, indicators: means, score: weighted(indicators, means), trimmed: { percent, droppedEachEnd, averaged: t.count - 2 * droppedEachEnd } };
}

function sourceLine(indicators: Weighted[], src: Weighted, r: SourceResult): string {
  const trim = r.trimmed ? `，按 ${r.trimmed.percent}% 去掉最高、最低各 ${r.trimmed.droppedEachEnd} 份后取其余 ${r.trimmed.averaged} 份平均` : '';
  return `${src.name}（${r.count} 份${trim}）：` + indicators.map((i) => `${i.name} ${fmt(r.indicators[i.key])}×${i.weight}`).join(' + ') + ` = ${fmt(r.score)}`;
}

/**
 * One secretary's result: mean per source per indicator (the residents' trimmed when the cycle
 * says so) → weighted by indicator → weighted by source. A source with no scores is left out and
 * the remaining source weights are re-normalized (and flagged). The explanation spells out the
 * arithmetic in Chinese.
 */
export function scoreSecretary(indicators: Weighted[], sources: Weighted[], s: SecretaryInput, rules: ResultRules = {}): Omit<SecretaryResult, 'rank'> {
  const perSource: SecretaryResult['perSource'] = {};
  const lines: string[] = [];
  const trimPercent = rules.residentTrimPercent ?? 0;
  for (const src of sources) {
    const t = s.tallies[src.key];
    if (!t || t.count === 0) {
      perSource[src.key] = null;
      continue;
    }
    perSource[src.key] = src.key === 'resident' && trimPercent > 0 ? trimmedSource(indicators, t, trimPercent) : plainSource(indicators, t);
    lines.push(sourceLine(indicators, src, perSource[src.key]!));
  }
  const present = sources.filter((src) => perSource[src.key]);
  const missingSources = sources.filter((src) => !perSource[src.key]).map((src) => src.key);
  const presentWeight = weightSum(present);
  const final = present.length ? present.reduce((sum, src) => sum + src.weight * perSource[src.key]!.score, 0) / presentWeight : null;
  const perIndicator = Object.fromEntries(
    indicators.map((i) => [i.key, present.length ? present.reduce((sum, src) => sum + src.weight * perSource[src.key]!.indicators[i.key], 0) / presentWeight : null]),
  );
  const renormalized = present.length > 0 && missingSources.length > 0;
  if (final !== null) {
    const terms = present.map((src) => `${src.weight}×${fmt(perSource[src.key]!.score)}`).join(' + ');
    lines.push(renormalized ? `综合得分 = (${terms}) ÷ ${r2(presentWeight)} = ${fmt(final)}（缺少：${sources.filter((x) => missingSources.includes(x.key)).map((x) => x.name).join('、')}，按其余来源权重重新归一）` : `综合得分 = ${terms} = ${fmt(final)}`);
  } else {
    lines.push('尚无任何评分');
  }
  const evidence = evidenceOf(sources, rules.minimums ?? {}, Object.fromEntries(sources.map((src) => [src.key, perSource[src.key]?.count ?? 0])));
  if (final !== null && evidence.reason) lines.push(evidence.reason);
  return {
    secretaryId: s.secretaryId, displayName: s.displayName, streetId: s.streetId, final, perSource, perIndicator, missingSources, renormalized,
    explanation: lines.join('；'), evidence, anomalies: rules.anomalies === false ? [] : anomaliesOf(indicators, sources, s, perSource, rules.scale ?? DEFAULT_SCALE),
  };
}

/**
 * The flags describe the residents' input as given: their plain means (never the trimmed ones, or
 * trimming would hide an all-maximum or far-off input) against the other sources' weighted score.
 */
function anomaliesOf(indicators: Weighted[], sources: Weighted[], s: SecretaryInput, perSource: SecretaryResult['perSource'], scale: { min: number; max: number }): Anomaly[] {
  const others = sources.filter((src) => src.key !== 'resident' && perSource[src.key]);
  const residentTally = s.tallies.resident;
  const resident = perSource.resident?.trimmed && residentTally ? plainSource(indicators, residentTally) : perSource.resident;
  return residentAnomalies({
    minutes: s.residentMinutes ?? [],
    resident: resident ?? null,
    others: others.length ? others.reduce((sum, src) => sum + src.weight * perSource[src.key]!.score, 0) / weightSum(others) : null,
    scale,
    clusters: s.residentClusters ?? [],
  });
}

/** Ranked and eligible for awards: a final score resting on enough evidence (results frozen before minimums existed count as enough). */
export const isRanked = (r: Pick<SecretaryResult, 'final'> & { evidence?: Evidence }) => r.final !== null && r.evidence?.sufficient !== false;

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;

/**
 * Order for ranks and awards (documented): final score, then the residents' source score, then
 * the mentors' source score (higher first; missing counts as lowest), then secretary id.
 * Equal final scores share a rank (1, 2, 2, 4); the tie-breaks only order the list and the awards.
 */
export function compareResults(a: Omit<SecretaryResult, 'rank'>, b: Omit<SecretaryResult, 'rank'>): number {
  for (const [x, y] of [
    [a.final, b.final],
    [a.perSource.resident?.score, b.perSource.resident?.score],
    [a.perSource.mentor?.score, b.perSource.mentor?.score],
  ] as const) {
    const order = compareScoresDescending(x, y);
    if (order !== 0) return order;
  }
  return a.secretaryId < b.secretaryId ? -1 : a.secretaryId > b.secretaryId ? 1 : 0;
}

/** Higher first, a missing score after any present one; total (never NaN), so any input order sorts alike. */
function compareScoresDescending(x: number | null | undefined, y: number | null | undefined): number {
  const hasX = x !== null && x !== undefined;
  const hasY = y !== null && y !== undefined;
  if (!hasX || !hasY) return hasX === hasY ? 0 : hasX ? -1 : 1;
  return near(x, y) ? 0 : y - x;
}

/**
 * Every secretary's result, ranked: results resting on enough evidence first (in the documented
 * order, sharing a rank on equal finals), then the insufficient ones (unranked, same order), then
 * those without scores.
 */
export function computeResults(indicators: Weighted[], sources: Weighted[], secretaries: SecretaryInput[], rules: ResultRules = {}): SecretaryResult[] {
  const scored = secretaries
    .map((s) => scoreSecretary(indicators, sources, s, rules))
    .sort((a, b) => Number(isRanked(b)) - Number(isRanked(a)) || compareResults(a, b));
  const rankWithin = (list: typeof scored) => {
    const ranks = new Map<string, number>();
    list.filter(isRanked).forEach((r, i, ranked) => {
      const prev = ranked[i - 1];
      ranks.set(r.secretaryId, prev && near(prev.final!, r.final!) ? ranks.get(prev.secretaryId)! : i + 1);
    });
    return ranks;
  };
  const district = rankWithin(scored);
  const streets = groupBy(scored, (r) => String(r.streetId));
  const street = new Map([...streets.values()].flatMap((list) => [...rankWithin(list)]));
  return scored.map((r) => ({ ...r, rank: { district: district.get(r.secretaryId) ?? null, street: street.get(r.secretaryId) ?? null } }));
}

/** The cache-version key of a cycle's scores and assignments (see server/db/versioned-cache.ts). */
export const scoresKey = (cycleId: string) => `evaluation:${cycleId}`;
