import type { ResidentCluster } from './anomaly.rules.js';
import type { SourceTally } from './evaluation.rules.js';
import type { HistogramBin } from './trimming.rules.js';

/** What a tally needs of one resident score (online or imported). */
export interface ResidentRow {
  secretaryId: string;
  indicators: Record<string, unknown>;
  /** Epoch minute of an online score's latest write; none for imported rows. */
  minute?: number | null;
  addressKey?: string | null;
  batchId?: string | null;
}

/** One secretary's residents' source: count, sums and histograms per indicator, scores per minute, the largest clusters. */
export interface ResidentTally {
  tally: SourceTally & { hist: Record<string, HistogramBin[]> };
  minutes: Array<{ minute: number; count: number }>;
  clusters: ResidentCluster[];
}

/** Groups of a secretary's online resident scores kept per kind (the largest first): enough for the anomaly checks. */
export const CLUSTERS_KEPT = 3;

interface Acc {
  count: number;
  values: Map<string, Map<number, number>>;
  minutes: Map<number, number>;
  address: Map<string, number>;
  batch: Map<string, number>;
}

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Folds resident scores into per-secretary tallies in one pass. Sums are taken from the
 * histograms in ascending order of value, so they do not depend on the order the scores are read
 * in; a missing or non-numeric indicator counts as 0 (as `$sum` did). The rows are whatever the
 * scores are now: a replaced score is simply not among them, so its values are in no histogram.
 */
export function foldResidentScores(rows: Iterable<ResidentRow>, indicatorKeys: string[]): Map<string, ResidentTally> {
  const accs = new Map<string, Acc>();
  for (const row of rows) {
    let acc = accs.get(row.secretaryId);
    if (!acc) {
      acc = { count: 0, values: new Map(indicatorKeys.map((k) => [k, new Map()])), minutes: new Map(), address: new Map(), batch: new Map() };
      accs.set(row.secretaryId, acc);
    }
    acc.count++;
    for (const k of indicatorKeys) {
      const v = row.indicators?.[k];
      bump(acc.values.get(k)!, typeof v === 'number' && Number.isFinite(v) ? v : 0);
    }
    if (typeof row.minute === 'number') bump(acc.minutes, row.minute);
    if (row.addressKey != null) bump(acc.address, String(row.addressKey));
    if (row.batchId != null) bump(acc.batch, String(row.batchId));
  }
  return new Map([...accs].map(([id, acc]) => [id, toTally(acc)]));
}

function toTally(acc: Acc): ResidentTally {
  const hist = Object.fromEntries([...acc.values].map(([k, counts]) => [k, [...counts].map(([v, n]) => ({ v, n })).sort((a, b) => a.v - b.v)]));
  const sums = Object.fromEntries(Object.entries(hist).map(([k, bins]) => [k, bins.reduce((s, b) => s + b.v * b.n, 0)]));
  return {
    tally: { count: acc.count, sums, hist },
    minutes: [...acc.minutes].map(([minute, count]) => ({ minute, count })).sort((a, b) => a.minute - b.minute),
    clusters: [...largest('address', acc.address), ...largest('batch', acc.batch)],
  };
}

/** The largest groups of one kind; groups of one say nothing and are dropped. */
function largest(kind: ResidentCluster['kind'], counts: Map<string, number>): ResidentCluster[] {
  return [...counts].filter(([, n]) => n >= 2).map(([key, count]) => ({ kind, key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)).slice(0, CLUSTERS_KEPT);
}
