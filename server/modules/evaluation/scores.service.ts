import { asScoreWrite } from './score-writes.js';
import { Types } from 'mongoose';
import {
  EvaluationAssignment, EvaluationScore, ResidentScore, ScoreAudit, type CycleDoc, type ScoreDoc,
} from '../../../models/evaluation.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { replaceAllById } from '../../db/bulk.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { hashAddress, hashVoterKey } from '../../lib/voter-key.js';
import { getCycle } from './cycles.service.js';
import { scoresChanged } from './tallies.js';
import { epochMinute } from './anomaly.rules.js';
import { resolveVoter, type VoterCredentials, type VoterSecrets } from '../voting/index.js';
import { CYCLE_STATUS_LABELS, labelOf } from '../../lib/status-labels.js';

/** Which role scores which source: mentors' on-site assessment by evaluators, the departments' by department users. */
export const roleForSource = (source: string) => (source === 'department' ? 'department' : 'evaluator');

export function assertSource(cycle: CycleDoc, source: string) {
  if (!cycle.sources.some((s) => s.key === source)) throw invalid('unknown_source', `本周期没有评分来源 ${source} (unknown source)`, [{ path: 'source' }]);
}

/** Problems of a set of indicator scores against the cycle: every indicator present, none extra, all within the scale. */
export function indicatorProblems(cycle: CycleDoc, values: Record<string, number>): Array<{ path: string; message: string }> {
  const keys = cycle.indicators.map((i) => i.key);
  const scale = cycle.scale!;
  const problems = keys.filter((k) => values[k] === undefined).map((k) => ({ path: `indicators.${k}`, message: `缺少指标 ${k} (missing)` }));
  for (const [k, v] of Object.entries(values)) {
    if (!keys.includes(k)) problems.push({ path: `indicators.${k}`, message: `没有这个指标 ${k} (unknown indicator)` });
    else if (!(v >= scale.min && v <= scale.max)) {
      problems.push({ path: `indicators.${k}`, message: `须在 ${scale.min}–${scale.max} 之间 (out of scale)` });
    }
  }
  return problems;
}

export async function putScore(
  cycleId: string, secretaryId: string, input: { source: string; indicators: Record<string, number>; comment: string }, actor: Actor, now: Date,
) {
  const cycle = await getCycle(cycleId);
  if (cycle.status !== 'open') throw conflict('cycle_not_open', `评估周期当前为“${labelOf(CYCLE_STATUS_LABELS, cycle.status)}”，不能评分 (cycle is not open)`);
  assertSource(cycle, input.source);
  const _id = `${cycleId}:${input.source}:${actor.id}:${secretaryId}`;
  if (!(await EvaluationAssignment.exists({ _id }))) throw forbidden('您未被分配为该书记评分 (not assigned to score this secretary)');
  const problems = indicatorProblems(cycle, input.indicators);
  if (problems.length) throw invalid('invalid_scores', '评分不完整或超出范围 (incomplete or out-of-scale scores)', problems);
  return asScoreWrite(cycleId, async () => {
    const before = await EvaluationScore.findById(_id).lean<ScoreDoc>();
    const doc = { _id, cycleId: cycle._id, source: input.source, evaluatorId: new Types.ObjectId(actor.id), secretaryId: new Types.ObjectId(secretaryId), indicators: input.indicators, comment: input.comment };
    await replaceAllById(EvaluationScore, [doc as unknown as { _id: string }]);
    await scoresChanged(cycleId, [secretaryId]);
    await ScoreAudit.create({
      scoreId: _id, cycleId: cycle._id, byId: actor.id, at: now,
      before: before ? { indicators: before.indicators, comment: before.comment } : null, after: { indicators: input.indicators, comment: input.comment },
    });
    return EvaluationScore.findById(_id).lean<ScoreDoc>();
  });
}

export async function listAudit(cycleId: string, secretaryId?: string) {
  const filter: Record<string, unknown> = { cycleId: new Types.ObjectId(cycleId) };
  const items = await ScoreAudit.find(filter).sort({ at: -1, _id: -1 }).lean<Array<{ scoreId: string }>>();
  return { items: secretaryId ? items.filter((a) => a.scoreId.endsWith(`:${secretaryId}`)) : items };
}

export interface ResidentInput { secretaryId: string; voterKey: string; indicators?: Record<string, number>; overall?: number }
export type OnlineResidentInput = Omit<ResidentInput, 'voterKey'> & VoterCredentials & {
  /** The client's network address (kept only as a salted hash, for the one-address check). */
  address: string;
};

function residentDoc(cycle: CycleDoc, row: Omit<ResidentInput, 'voterKey'>, voterHash: string) {
  const indicators = row.indicators ?? Object.fromEntries(cycle.indicators.map((i) => [i.key, row.overall!]));
  return {
    _id: `${cycle._id}:${row.secretaryId}:${voterHash}`, cycleId: cycle._id, secretaryId: new Types.ObjectId(row.secretaryId),
    voterHash, indicators, overall: row.indicators === undefined,
  };
}

/** The cycle, if residents may score in it now; else 404 or 409 cycle_not_open. */
export async function openCycle(cycleId: string) {
  const cycle = await getCycle(cycleId);
  if (cycle.status !== 'open') throw conflict('cycle_not_open', `评估周期当前为“${labelOf(CYCLE_STATUS_LABELS, cycle.status)}”，不能评分 (cycle is not open)`);
  return cycle;
}

/**
 * One score per resident per secretary per cycle: a repeat replaces the earlier one. The answer is
 * the same whether or not this key had scored before, so it reveals nobody's vote. Who the resident
 * is follows the cycle's residentVerification (modules/voting: a number, a voting code or a voter
 * token); a code's community and batch are kept on the score. The minute of an online score and a
 * hash of its address are kept for the anomaly checks (anomaly.rules.ts); imported rows have none.
 */
export async function residentScore(cycleId: string, row: OnlineResidentInput, secrets: VoterSecrets, now: Date) {
  const cycle = await openCycle(cycleId);
  const secretary = await User.findById(row.secretaryId).lean<UserDoc>();
  if (!secretary || secretary.role !== 'secretary') throw notFound('书记');
  const voter = await resolveVoter(cycle, row, secrets, now);
  const doc = {
    ...residentDoc(cycle, row, voter.voterHash), minute: epochMinute(now), via: voter.via, addressKey: hashAddress(secrets.salt, row.address),
    ...(voter.communityId ? { communityId: voter.communityId } : {}), ...(voter.batchId ? { batchId: voter.batchId } : {}),
  };
  const problems = indicatorProblems(cycle, doc.indicators);
  if (problems.length) throw invalid('invalid_scores', '评分不完整或超出范围 (incomplete or out-of-scale scores)', problems);
  return asScoreWrite(cycleId, async () => {
    await replaceAllById(ResidentScore, [doc as unknown as { _id: string }]);
    await scoresChanged(cycleId, [row.secretaryId]);
    return { accepted: true, secretaryId: row.secretaryId };
  });
}

/** Paper or exported online results: every row checked first; any problem → nothing written, a per-row report. */
export async function residentScoresBulk(cycleId: string, rows: ResidentInput[], salt: string) {
  const cycle = await openCycle(cycleId);
  const ids = [...new Set(rows.map((r) => r.secretaryId))];
  const known = new Set((await User.find({ _id: { $in: ids }, role: 'secretary' }, { _id: 1 }).lean<UserDoc[]>()).map((u) => String(u._id)));
  const report: Array<{ row: number; path: string; message: string }> = [];
  const docs = rows.map((row, i) => {
    if (!known.has(row.secretaryId)) report.push({ row: i + 1, path: 'secretaryId', message: '书记不存在 (unknown secretary)' });
    const doc = residentDoc(cycle, row, hashVoterKey(salt, row.voterKey));
    for (const p of indicatorProblems(cycle, doc.indicators)) report.push({ row: i + 1, ...p });
    return doc;
  });
  if (report.length) throw invalid('rows_invalid', `${report.length} 处错误，未导入任何评分 (nothing imported)`, report);
  const unique = [...new Map(docs.map((d) => [d._id, d])).values()];
  return asScoreWrite(cycleId, async () => {
    await replaceAllById(ResidentScore, unique as unknown as Array<{ _id: string }>);
    await scoresChanged(cycleId, unique.map((d) => String(d.secretaryId)));
    return { rows: rows.length, stored: unique.length };
  });
}
