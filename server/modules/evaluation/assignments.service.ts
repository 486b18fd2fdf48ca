import { Types } from 'mongoose';
import { EvaluationAssignment, EvaluationScore, type AssignmentDoc } from '../../../models/evaluation.model.js';
import { OrgUnit } from '../../../models/org-unit.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { insertMissing } from '../../db/bulk.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';
import { conflict, forbidden, invalid } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { getCycle } from './cycles.service.js';
import { scoresKey } from './evaluation.rules.js';
import { assertSource, roleForSource } from './scores.service.js';
import { scoresChanged } from './tallies.js';

/** Whom to assign: the district's active 小梁 ({} or {streetId: null}), one street's ({streetId}), or named secretaries. */
export type AssignmentScope = { streetId?: string | null } | { secretaryIds: string[] };

export interface AssignmentInput {
  evaluatorId: string;
  source: string;
  scope?: AssignmentScope;
  /** The same as scope {secretaryIds} (the older body). */
  secretaryIds?: string[];
}

/**
 * Assigns an evaluator every secretary of a scope, resolved here rather than from a page of ids the
 * console read. Answers how many were newly assigned and how many already were: an assignment's
 * `_id` names cycle, source, evaluator and secretary, so a repeat or a racing request adds nothing.
 */
export async function addAssignments(cycleId: string, input: AssignmentInput) {
  const cycle = await getCycle(cycleId);
  if (!['draft', 'open'].includes(cycle.status)) throw conflict('cycle_state', '评估周期已结束，不能再分配 (cycle closed)');
  assertSource(cycle, input.source);
  if (input.source === 'resident') throw invalid('resident_source', '群众评分无需分配 (residents score online)', [{ path: 'source' }]);
  const evaluator = await User.findById(input.evaluatorId).lean<UserDoc>();
  if (!evaluator || evaluator.role !== roleForSource(input.source)) {
    throw invalid('wrong_evaluator', `来源 ${input.source} 须由 ${roleForSource(input.source)} 角色评分 (wrong evaluator role)`, [{ path: 'evaluatorId' }]);
  }
  const secretaryIds = await secretariesIn(input.scope ?? { secretaryIds: input.secretaryIds ?? [] });
  const docs = secretaryIds.map((secretaryId) => ({
    _id: `${cycleId}:${input.source}:${input.evaluatorId}:${secretaryId}`, cycleId, source: input.source, evaluatorId: input.evaluatorId, secretaryId,
  }));
  const { inserted, existing } = await insertMissing(EvaluationAssignment, docs);
  if (inserted) await scoresChanged(cycleId, secretaryIds);
  const { items } = await listAssignments(cycleId, input.evaluatorId);
  return { assigned: inserted, alreadyAssigned: existing, items };
}

async function secretariesIn(scope: AssignmentScope): Promise<string[]> {
  if ('secretaryIds' in scope) return namedSecretaries(scope.secretaryIds);
  const filter: Record<string, unknown> = { role: 'secretary', beam: 'mentee', active: true };
  if (scope.streetId) {
    if (!(await OrgUnit.exists({ _id: scope.streetId, level: 'street' }))) {
      throw invalid('unknown_street', '街镇不存在 (unknown street)', [{ path: 'scope.streetId' }]);
    }
    filter.streetId = new Types.ObjectId(scope.streetId);
  }
  return (await User.find(filter, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>()).map((u) => String(u._id));
}

async function namedSecretaries(secretaryIds: string[]): Promise<string[]> {
  const ids = [...new Set(secretaryIds)];
  const found = new Set((await User.find({ _id: { $in: ids }, role: 'secretary' }, { _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>()).map((u) => String(u._id)));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw invalid('unknown_secretaries', `这些书记不存在：${missing.join(', ')}`, missing.map((id) => ({ path: 'secretaryIds', value: id })));
  return ids;
}

/**
 * What each evaluator has to score and what is still left, for district staff or the evaluator.
 * Kept until the cycle's next score or assignment write or an account change: the whole cycle is
 * thousands of documents.
 */
export function listAssignments(cycleId: string, evaluatorId?: string) {
  return cachedByVersion([scoresKey(cycleId), collectionKey('users')], `assignments:${evaluatorId ?? 'all'}`, () => readAssignments(cycleId, evaluatorId));
}

async function readAssignments(cycleId: string, evaluatorId?: string) {
  const filter: Record<string, unknown> = { cycleId: new Types.ObjectId(cycleId) };
  if (evaluatorId) filter.evaluatorId = new Types.ObjectId(evaluatorId);
  const [assignments, scores] = await Promise.all([
    EvaluationAssignment.find(filter).lean<AssignmentDoc[]>(),
    EvaluationScore.find(filter, { _id: 1 }).lean<Array<{ _id: string }>>(),
  ]);
  const scored = new Set(scores.map((s) => s._id));
  const people = new Map(
    (await User.find({ _id: { $in: [...new Set(assignments.flatMap((a) => [String(a.evaluatorId), String(a.secretaryId)]))] } }).lean<UserDoc[]>()).map((u) => [String(u._id), u.displayName]),
  );
  const groups = new Map<string, { evaluatorId: string; evaluatorName: string | null; source: string; assigned: number; scored: number; remaining: Array<{ secretaryId: string; displayName: string | null }> }>();
  for (const a of assignments) {
    const key = `${a.evaluatorId}:${a.source}`;
    const g = groups.get(key) ?? { evaluatorId: String(a.evaluatorId), evaluatorName: people.get(String(a.evaluatorId)) ?? null, source: a.source, assigned: 0, scored: 0, remaining: [] };
    g.assigned++;
    if (scored.has(a._id)) g.scored++;
    else g.remaining.push({ secretaryId: String(a.secretaryId), displayName: people.get(String(a.secretaryId)) ?? null });
    groups.set(key, g);
  }
  return { items: [...groups.values()] };
}

export function assertCanReadAssignments(actor: Actor, evaluatorId?: string) {
  if (isAdmin(actor)) return evaluatorId;
  if (evaluatorId && !sameId(evaluatorId, actor.id)) throw forbidden('只能查看自己的评分任务 (only your own assignments)');
  return actor.id;
}
