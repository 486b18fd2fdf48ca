import { canonicalJson } from '../../lib/canonical-json.js';
import { local } from '../../lib/time.js';

/** Minutes since the epoch: an online resident score keeps the minute of its latest write. */
export const epochMinute = (d: Date) => Math.floor(d.getTime() / 60_000);

/**
 * When residents' input looks unusual (documented in the README). Flags are shown to district
 * staff with their evidence; they never remove or change a score.
 */
export const ANOMALY_RULES = {
  /** A burst: at least this many online scores for one secretary … */
  burstMinScores: 20,
  /** … within this many minutes. */
  burstWindowMinutes: 10,
  /** Residents' score this far from the other sources' (as a share of the scale's range) … */
  farShareOfRange: 0.25,
  /** … from at least this many residents. */
  farMinScores: 5,
  /** Every resident gave the top of the scale on every indicator, with at least this many scores. */
  allMaxMinScores: 10,
  /** At least this many residents scored one secretary from one network address (a household shares one, a voting booth does not). */
  addressMinScores: 10,
  /** At least this many codes of one batch scored one secretary … */
  batchMinScores: 20,
  /** … and they are at least this share of the batch (door-to-door codes are never all used: a batch used whole was likely never handed out). */
  batchUsedShare: 0.9,
};
export type AnomalyRules = typeof ANOMALY_RULES;

export type Anomaly =
  | { kind: 'burst'; message: string; evidence: { from: string; to: string; count: number; ofTotal: number } }
  | { kind: 'far_from_others'; message: string; evidence: { resident: number; others: number; difference: number; residentCount: number } }
  | { kind: 'all_max'; message: string; evidence: { count: number; max: number } }
  | { kind: 'one_address'; message: string; evidence: { address: string; count: number; ofTotal: number } }
  | { kind: 'one_batch'; message: string; evidence: { batchId: string; count: number; issued: number } };

/** A group of one secretary's online resident scores: from one address (its salted hash) or from one batch of voting codes. */
export interface ResidentCluster {
  kind: 'address' | 'batch';
  key: string;
  count: number;
  /** For a batch: how many codes it has. */
  issued?: number;
}

export interface ResidentEvidence {
  /** Online scores per minute of writing (epochMinute). */
  minutes: Array<{ minute: number; count: number }>;
  /** The residents' source: number of scores, mean per indicator, weighted score; null when none. */
  resident: { count: number; indicators: Record<string, number>; score: number } | null;
  /** The other sources' weighted score (their weights re-normalized), null when none has scores. */
  others: number | null;
  scale: { min: number; max: number };
  /** The largest groups of online scores by address and by code batch. */
  clusters?: ResidentCluster[];
}

/** The window of `windowMinutes` consecutive minutes holding the most scores (the earliest of equals); null without scores. */
export function busiestWindow(minutes: ResidentEvidence['minutes'], windowMinutes: number) {
  const sorted = [...minutes].sort((a, b) => a.minute - b.minute);
  let best: { from: number; to: number; count: number } | null = null;
  let start = 0;
  let inWindow = 0;
  for (const m of sorted) {
    inWindow += m.count;
    while (sorted[start].minute <= m.minute - windowMinutes) inWindow -= sorted[start++].count;
    if (!best || inWindow > best.count) best = { from: sorted[start].minute, to: m.minute, count: inWindow };
  }
  return best;
}

const at = (minute: number) => local(new Date(minute * 60_000)).format('YYYY-MM-DD HH:mm');
const r2 = (n: number) => Math.round(n * 100) / 100;

/** The anomaly flags of one secretary's resident scores. */
export function residentAnomalies(e: ResidentEvidence, rules: AnomalyRules = ANOMALY_RULES): Anomaly[] {
  const flags: Anomaly[] = [];
  const busiest = busiestWindow(e.minutes, rules.burstWindowMinutes);
  const online = e.minutes.reduce((sum, m) => sum + m.count, 0);
  if (busiest && busiest.count >= rules.burstMinScores) {
    flags.push({
      kind: 'burst',
      message: `集中打分：${at(busiest.from)} 至 ${at(busiest.to)} 的 ${rules.burstWindowMinutes} 分钟内有 ${busiest.count} 份群众评分（共 ${online} 份线上评分）(burst of resident scores)`,
      evidence: { from: new Date(busiest.from * 60_000).toISOString(), to: new Date(busiest.to * 60_000 + 59_999).toISOString(), count: busiest.count, ofTotal: online },
    });
  }
  const r = e.resident;
  if (r && e.others !== null && r.count >= rules.farMinScores && Math.abs(r.score - e.others) >= rules.farShareOfRange * (e.scale.max - e.scale.min)) {
    const difference = r2(r.score - e.others);
    flags.push({
      kind: 'far_from_others',
      message: `群众评分 ${r2(r.score)}（${r.count} 份）与其他来源 ${r2(e.others)} 相差 ${Math.abs(difference)} 分 (residents far from other sources)`,
      evidence: { resident: r2(r.score), others: r2(e.others), difference, residentCount: r.count },
    });
  }
  if (r && r.count >= rules.allMaxMinScores && Object.values(r.indicators).every((mean) => mean >= e.scale.max - 1e-9)) {
    flags.push({
      kind: 'all_max',
      message: `${r.count} 份群众评分全部为满分 ${e.scale.max} (every resident score is the maximum)`,
      evidence: { count: r.count, max: e.scale.max },
    });
  }
  flags.push(...clusterAnomalies(e.clusters ?? [], online, rules));
  return flags;
}

/** Many residents from one address, or most of one batch of voting codes, for one secretary. */
function clusterAnomalies(clusters: ResidentCluster[], online: number, rules: AnomalyRules): Anomaly[] {
  const flags: Anomaly[] = [];
  const address = clusters.filter((c) => c.kind === 'address').sort((a, b) => b.count - a.count)[0];
  if (address && address.count >= rules.addressMinScores) {
    const tag = address.key.slice(0, 8);
    flags.push({
      kind: 'one_address',
      message: `同一网络地址（标识 ${tag}）有 ${address.count} 位群众为其打分（共 ${online} 份线上评分）(many residents from one address)`,
      evidence: { address: tag, count: address.count, ofTotal: online },
    });
  }
  for (const batch of clusters.filter((c) => c.kind === 'batch' && c.issued)) {
    if (batch.count < rules.batchMinScores || batch.count < rules.batchUsedShare * batch.issued!) continue;
    flags.push({
      kind: 'one_batch',
      message: `同一批投票码（共 ${batch.issued} 个）中有 ${batch.count} 个为其打分，占 ${Math.round((batch.count / batch.issued!) * 100)}% (most of one batch of voting codes)`,
      evidence: { batchId: batch.key, count: batch.count, issued: batch.issued! },
    });
  }
  return flags;
}

/** A secretary's flag list as stored by the evaluation-anomalies job, and when it was computed. */
export interface StoredFlags {
  flags: Anomaly[];
  computedAt: Date;
}

/**
 * What a run of the job stores, by secretary: a list equal to the stored one (same flags and
 * evidence, in any key order) is kept with its time, so a re-run writes nothing; a new or changed
 * one is stamped `now`. Secretaries not computed this time are left out (their lists are removed).
 */
export function flagListsToStore(stored: Map<string, StoredFlags>, computed: Map<string, Anomaly[]>, now: Date): Map<string, StoredFlags> {
  return new Map([...computed].map(([secretaryId, flags]) => {
    const kept = stored.get(secretaryId);
    return [secretaryId, kept && canonicalJson(kept.flags) === canonicalJson(flags) ? kept : { flags, computedAt: now }];
  }));
}
