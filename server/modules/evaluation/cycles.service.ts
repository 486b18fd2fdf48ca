import { EvaluationCycle, EvaluationResults, type CycleDoc, type CycleStatus } from '../../../models/evaluation.model.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { DEFAULT_INDICATORS, DEFAULT_SCALE, DEFAULT_SOURCES, weightSum, weightsAddUp, type Weighted } from './evaluation.rules.js';

export interface CycleInput {
  year: number;
  name: string;
  indicators?: Weighted[];
  sources?: Weighted[];
  scale?: { min: number; max: number };
}

function checkWeights(kind: 'indicators' | 'sources', items: Weighted[]) {
  if (!weightsAddUp(items)) {
    throw invalid('weights_sum', `${kind === 'indicators' ? '指标' : '来源'}权重之和须为 1，当前为 ${Math.round(weightSum(items) * 1e6) / 1e6} (weights must sum to 1)`, [
      { path: kind, sum: weightSum(items) },
    ]);
  }
  if (new Set(items.map((i) => i.key)).size !== items.length) throw invalid('duplicate_key', `${kind} 的 key 不能重复 (duplicate keys)`, [{ path: kind }]);
}

export async function createCycle(input: CycleInput) {
  const indicators = input.indicators ?? DEFAULT_INDICATORS;
  const sources = input.sources ?? DEFAULT_SOURCES;
  const scale = input.scale ?? DEFAULT_SCALE;
  checkWeights('indicators', indicators);
  checkWeights('sources', sources);
  if (!(scale.min < scale.max)) throw invalid('invalid_scale', '评分区间下限须小于上限 (scale.min must be below scale.max)', [{ path: 'scale' }]);
  return (await EvaluationCycle.create({ year: input.year, name: input.name, indicators, sources, scale })).toObject();
}

export async function getCycle(id: string): Promise<CycleDoc> {
  const cycle = await EvaluationCycle.findById(id).lean<CycleDoc>();
  if (!cycle) throw notFound('评估周期');
  return cycle;
}

export const listCycles = async () => ({ items: await EvaluationCycle.find({}).sort({ year: -1, _id: -1 }).lean<CycleDoc[]>() });

const NEXT: Record<string, CycleStatus> = { open: 'draft', closed: 'open', published: 'closed' };

/**
 * draft → open → closed → published. Closing freezes the results (computed by `snapshot`), so
 * later reads and the published view never change, whatever arrives afterwards.
 */
export async function moveCycle(id: string, to: 'open' | 'closed' | 'published', actor: Actor, now: Date, snapshot: (cycle: CycleDoc) => Promise<unknown[]>) {
  const cycle = await getCycle(id);
  const from = NEXT[to];
  if (cycle.status !== from) throw conflict('cycle_state', `评估周期当前为 ${cycle.status}，不能改为 ${to}（须由 ${from} 转入）(invalid state change)`);
  if (to === 'closed') {
    // Freeze first: if the state change then fails, a retry recomputes the same snapshot.
    await EvaluationResults.deleteOne({ _id: String(cycle._id) });
    await EvaluationResults.create({ _id: String(cycle._id), computedAt: now, results: await snapshot(cycle) });
  }
  const res = await EvaluationCycle.updateOne(
    { _id: cycle._id, status: from },
    { $set: { status: to }, $push: { statusHistory: { from, to, byId: actor.id, at: now } } },
  );
  if (res.matchedCount === 0) throw conflict('cycle_state', '评估周期状态刚被修改，请刷新 (changed concurrently)');
  return getCycle(id);
}
