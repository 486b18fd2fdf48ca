import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { CacheVersion } from '../../../models/cache-version.model.js';
import {
  EvaluationAssignment, EvaluationCycle, EvaluationScore, EvaluationTally, ResidentScore, type AssignmentDoc, type CycleDoc, type ScoreDoc, type TallyDoc,
} from '../../../models/evaluation.model.js';
import { dataChanged } from '../../db/versioned-cache.js';
import { bulkWriteInChunks } from '../../db/bulk.js';
import { isDuplicateKeyError } from '../../lib/errors.js';
import { scoresKey, type SourceTally } from './evaluation.rules.js';
import type { ResidentCluster } from './anomaly.rules.js';
import { foldResidentScores, type ResidentRow } from './resident-tallies.rules.js';

/** What the results need of one secretary's scores. */
export interface Tallied {
  tallies: Record<string, SourceTally>;
  residentMinutes: Array<{ minute: number; count: number }>;
  residentClusters: ResidentCluster[];
}

/** The version of one secretary's scores in a cycle; all of a cycle's share a group, read in one query. */
export const secretaryScoresKey = (cycleId: string, secretaryId: string) => `evaluation:${cycleId}:secretary:${secretaryId}`;
const secretariesGroup = (cycleId: string) => `evaluation:${cycleId}:secretaries`;
/** Present once every secretary with scores or assignments in the cycle has a version key. */
const keyedMarker = (cycleId: string) => `evaluation:${cycleId}:secretaries-keyed`;

/** Version writes at once when many secretaries change (an import, a street's assignments). */
const PARALLEL_VERSION_WRITES = 16;

/**
 * Call after every write to a cycle's scores or assignments: each secretary's version first, then
 * the cycle's, so a reader that sees the cycle's new version also sees the secretaries'.
 */
export async function scoresChanged(cycleId: string, secretaryIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(secretaryIds)];
  for (let i = 0; i < ids.length; i += PARALLEL_VERSION_WRITES) {
    await Promise.all(ids.slice(i, i + PARALLEL_VERSION_WRITES).map((id) => dataChanged(secretaryScoresKey(cycleId, id), secretariesGroup(cycleId))));
  }
  await dataChanged(scoresKey(cycleId));
}

/** The fields of a resident score the tallies use (the voter's hash and timestamps are not read). */
const RESIDENT_FIELDS = { secretaryId: 1, indicators: 1, minute: 1, addressKey: 1, batchId: 1 } as const;

/**
 * Tallies by secretary and source, computed from the scores: evaluator and department scores
 * summed here (a few thousand documents); resident scores read once (only the fields above) and
 * folded in one pass into counts, sums and per-indicator histograms (for trimmed means), scores per
 * minute of writing (the burst check; imported rows have none) and the largest groups per address
 * and per code batch (the one-address and one-batch checks). One read rather than a `$group` per
 * question: FerretDB scans the collection for each, and its `$group` slows with the number of groups.
 * All the cycle's secretaries (null) or the ones named.
 */
export async function computeTallies(cycle: CycleDoc, secretaryIds: string[] | null): Promise<Map<string, Tallied>> {
  const filter: Record<string, unknown> = { cycleId: cycle._id };
  if (secretaryIds) filter.secretaryId = { $in: secretaryIds.map((id) => new Types.ObjectId(id)) };
  const indicatorKeys = cycle.indicators.map((i) => i.key);
  const [scores, residents] = await Promise.all([
    EvaluationScore.find(filter).lean<ScoreDoc[]>(),
    ResidentScore.find(filter, RESIDENT_FIELDS).lean<Array<Omit<ResidentRow, 'secretaryId' | 'batchId'> & { secretaryId: Types.ObjectId; batchId?: Types.ObjectId }>>(),
  ]);
  const empty = (): Tallied => ({ tallies: {}, residentMinutes: [], residentClusters: [] });
  const out = new Map<string, Tallied>((secretaryIds ?? []).map((id) => [id, empty()]));
  const of = (secretaryId: string) => {
    const entry = out.get(secretaryId) ?? empty();
    out.set(secretaryId, entry);
    return entry;
  };
  // A score under the residents' source key counts with the residents' (and is trimmed with them).
  const residentRows: ResidentRow[] = residents.map((r) => ({ ...r, secretaryId: String(r.secretaryId), batchId: r.batchId ? String(r.batchId) : null }));
  for (const s of scores) {
    if (s.source === 'resident') {
      residentRows.push({ secretaryId: String(s.secretaryId), indicators: s.indicators });
      continue;
    }
    const t = (of(String(s.secretaryId)).tallies[s.source] ??= { count: 0, sums: Object.fromEntries(indicatorKeys.map((k) => [k, 0])) });
    t.count++;
    for (const k of indicatorKeys) t.sums[k] += s.indicators[k] ?? 0;
  }
  for (const [id, r] of foldResidentScores(residentRows, indicatorKeys)) {
    const entry = of(id);
    entry.tallies.resident = r.tally;
    entry.residentMinutes = r.minutes;
    entry.residentClusters = r.clusters;
  }
  return out;
}

/**
 * The live results' read model: each secretary's tallies as last computed, recomputed only for the
 * secretaries whose scores changed since (their version moved), so the first read after a vote
 * costs one secretary's scores rather than the cycle's. Stored tallies carry the version read
 * before they were computed: a write that lands meanwhile moves the version, and the next read
 * recomputes. The cycle's indicators are part of the version (the sums are per indicator).
 * Closing a cycle does not use this: its frozen results are computed from the scores.
 */
export async function liveTallies(cycle: CycleDoc): Promise<Map<string, Tallied>> {
  const cycleId = String(cycle._id);
  await keyEverySecretary(cycle);
  const [versions, stored] = await Promise.all([
    CacheVersion.find({ group: secretariesGroup(cycleId) }).lean<Array<{ _id: string; version: string }>>(),
    EvaluationTally.find({ cycleId: cycle._id }).lean<TallyDoc[]>(),
  ]);
  // The tallies' shape is part of the version too: tallies stored before clusters or histograms were
  // kept are rebuilt from the scores once, so a trimmed mean never meets a tally without histograms.
  const indicatorTag = `${cycle.indicators.map((i) => i.key).join(',')}|clusters|hist`;
  const storedById = new Map(stored.map((t) => [String(t.secretaryId), t]));
  const out = new Map<string, Tallied>();
  const stale: Array<{ secretaryId: string; version: string }> = [];
  const prefix = secretaryScoresKey(cycleId, '');
  for (const v of versions) {
    const secretaryId = v._id.slice(prefix.length);
    const version = `${v.version}|${indicatorTag}`;
    const kept = storedById.get(secretaryId);
    if (kept?.version === version) {
      out.set(secretaryId, {
        tallies: kept.tallies as Record<string, SourceTally>,
        residentMinutes: kept.residentMinutes as Tallied['residentMinutes'],
        residentClusters: (kept.residentClusters ?? []) as ResidentCluster[],
      });
    } else stale.push({ secretaryId, version });
  }
  if (stale.length) {
    const fresh = await computeTallies(cycle, stale.map((s) => s.secretaryId));
    await bulkWriteInChunks(EvaluationTally, stale.map(({ secretaryId, version }) => {
      const t = fresh.get(secretaryId)!;
      out.set(secretaryId, t);
      const _id = `${cycleId}:${secretaryId}`;
      const doc = {
        _id, cycleId: cycle._id, secretaryId: new Types.ObjectId(secretaryId), version,
        tallies: t.tallies, residentMinutes: t.residentMinutes, residentClusters: t.residentClusters,
      };
      return { replaceOne: { filter: { _id }, replacement: doc, upsert: true } };
    }), { ordered: false, throwOnValidationError: true }).catch((err) => {
      if (!isDuplicateKeyError(err)) throw err; // another reader stored the same tallies first
    });
  }
  return out;
}

/**
 * Scores written before this read model existed have no secretary versions: the first read gives
 * one to every secretary with scores or assignments, then marks the cycle so later reads skip this.
 */
async function keyEverySecretary(cycle: CycleDoc): Promise<void> {
  if (await CacheVersion.exists({ _id: keyedMarker(String(cycle._id)) })) return;
  const [tallied, assigned] = await Promise.all([
    computeTallies(cycle, null),
    EvaluationAssignment.find({ cycleId: cycle._id }, { secretaryId: 1 }).lean<AssignmentDoc[]>(),
  ]);
  await keyed(String(cycle._id), [...tallied.keys(), ...assigned.map((a) => String(a.secretaryId))]);
}

async function keyed(cycleId: string, secretaryIds: string[]) {
  await scoresChanged(cycleId, secretaryIds);
  try {
    await CacheVersion.create({ _id: keyedMarker(cycleId), version: randomUUID() });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}

/**
 * For scores and assignments inserted past the service (the demo seed): versions for the
 * secretaries they concern, then the read model built, as the service's own writes leave it.
 */
export async function scoresInsertedRaw(cycleId: string, secretaryIds: string[]): Promise<void> {
  await keyed(cycleId, secretaryIds);
  const cycle = await EvaluationCycle.findById(cycleId).lean<CycleDoc>();
  if (cycle) await liveTallies(cycle);
}
