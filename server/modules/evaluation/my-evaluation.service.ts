import { EvaluationCycle, EvaluationResults, type CycleDoc } from '../../../models/evaluation.model.js';
import { forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import type { SecretaryResult } from './evaluation.rules.js';

type Snapshot = { _id: string; results: SecretaryResult[] };

function assertSecretary(actor: Actor) {
  if (actor.role !== 'secretary') throw forbidden('只有书记有组织力评估结果 (secretaries only)');
}

const NEWEST_FIRST = { year: -1, _id: -1 } as const;

const cycleSummary = (c: CycleDoc) => ({
  id: String(c._id), name: c.name, year: c.year, publishedAt: c.statusHistory.find((h) => h.to === 'published')?.at ?? null,
});

/** A published cycle: by its id, the newest of a year, or the newest of all. */
async function publishedCycle(cycle?: number | string): Promise<CycleDoc> {
  const found = typeof cycle === 'string'
    ? await EvaluationCycle.findOne({ _id: cycle, status: 'published' }).lean<CycleDoc>()
    : await EvaluationCycle.findOne({ status: 'published', ...(cycle ? { year: cycle } : {}) }).sort(NEWEST_FIRST).lean<CycleDoc>();
  if (!found) throw notFound('已公布的评估结果');
  return found;
}

/** A secretary reads their own result of a published cycle (`cycle`: its id, or a year for that year's newest). */
export async function myEvaluation(actor: Actor, cycle?: number | string) {
  assertSecretary(actor);
  const c = await publishedCycle(cycle);
  const snapshot = await EvaluationResults.findById(String(c._id)).lean<Snapshot>();
  const mine = snapshot?.results.find((r) => r.secretaryId === actor.id);
  if (!mine) throw notFound('您的评估结果');
  const { anomalies: _forStaffOnly, ...result } = mine; // anomaly flags are for district staff
  return { cycle: { ...cycleSummary(c), indicators: c.indicators, sources: c.sources }, result };
}

/** Every published cycle with a result for this secretary, newest first, each with the result's summary. */
export async function myEvaluations(actor: Actor) {
  assertSecretary(actor);
  const cycles = await EvaluationCycle.find({ status: 'published' }).sort(NEWEST_FIRST).lean<CycleDoc[]>();
  const snapshots = await EvaluationResults.find({ _id: { $in: cycles.map((c) => String(c._id)) } }).lean<Snapshot[]>();
  const mine = new Map(snapshots.map((s) => [s._id, s.results.find((r) => r.secretaryId === actor.id)]));
  return {
    items: cycles.flatMap((c) => {
      const r = mine.get(String(c._id));
      return r ? [{ cycle: cycleSummary(c), result: { final: r.final, rank: r.rank, missingSources: r.missingSources, renormalized: r.renormalized, evidence: r.evidence ?? null } }] : [];
    }),
  };
}
