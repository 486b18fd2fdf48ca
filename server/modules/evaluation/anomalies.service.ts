import { Types } from 'mongoose';
import { EvaluationAnomaly, EvaluationAnomalyCheck, type AnomalyCheckDoc, type AnomalyDoc } from '../../../models/evaluation.model.js';
import { syncDocsById, upsertSetById } from '../../db/bulk.js';
import { cachedByVersion, dataChanged } from '../../db/versioned-cache.js';
import { flagListsToStore, type Anomaly, type StoredFlags } from './anomaly.rules.js';

/** The cache-version key of a cycle's stored anomaly flags: moved by every run of the job over it. */
const anomaliesKey = (cycleId: string) => `evaluation:${cycleId}:anomalies`;

export interface StoredAnomalies {
  /** The job's latest run over the cycle; null: never run, so no flags computed yet. */
  computedAt: Date | null;
  bySecretary: Map<string, StoredFlags>;
}

async function readStored(cycleId: string): Promise<StoredAnomalies> {
  const check = await EvaluationAnomalyCheck.findById(cycleId).lean<AnomalyCheckDoc>();
  if (!check) return { computedAt: null, bySecretary: new Map() };
  const docs = await EvaluationAnomaly.find({ cycleId: new Types.ObjectId(cycleId) }).lean<AnomalyDoc[]>();
  return { computedAt: check.computedAt, bySecretary: new Map(docs.map((d) => [String(d.secretaryId), { flags: d.flags, computedAt: d.computedAt }])) };
}

/** A cycle's stored flags, read once per run of the job in each process (callers must not change them). */
export const storedAnomalies = (cycleId: string): Promise<StoredAnomalies> =>
  cachedByVersion(anomaliesKey(cycleId), 'stored-anomalies', () => readStored(cycleId));

/**
 * Stores one run's flags for a cycle: one document per secretary (`_id` "<cycle>:<secretary>"),
 * synced so that unchanged lists are not written again and a re-run, or two workers running at once,
 * leave one document each; then the run's time, which the results show.
 */
export async function storeAnomalies(cycleId: string, computed: Map<string, Anomaly[]>, now: Date) {
  const cycleOid = new Types.ObjectId(cycleId);
  const existing = await EvaluationAnomaly.find({ cycleId: cycleOid }).lean<AnomalyDoc[]>();
  const stored = new Map(existing.map((d) => [String(d.secretaryId), { flags: d.flags, computedAt: d.computedAt }]));
  const toStore = flagListsToStore(stored, computed, now);
  // Raw documents in a fixed key order: syncDocsById compares them as text with what is stored.
  const docs = [...toStore].map(([secretaryId, f]) => ({
    _id: `${cycleId}:${secretaryId}`, cycleId: cycleOid, secretaryId: new Types.ObjectId(secretaryId), flags: f.flags, computedAt: f.computedAt,
  }));
  await syncDocsById(EvaluationAnomaly, { cycleId: cycleOid }, docs);
  const flagged = docs.filter((d) => d.flags.length > 0).length;
  await upsertSetById(EvaluationAnomalyCheck, cycleId, { computedAt: now, secretaries: docs.length, flagged });
  await dataChanged(anomaliesKey(cycleId));
  return {
    secretaries: docs.length, flagged,
    written: [...toStore].filter(([id, f]) => stored.get(id) !== f).length,
    removed: [...stored.keys()].filter((id) => !toStore.has(id)).length,
  };
}
