import { EvaluationCycle, EvaluationResults, type CycleDoc, type CycleStatus, type ResidentVerification } from '../../../models/evaluation.model.js';
import { conflict, invalid, isDuplicateKeyError, notFound, requestInProgress } from '../../lib/errors.js';
import { pastGrace, retryAfterSeconds } from '../../lib/claims.js';
import { findTransition, recordTransition } from '../../db/transitions.js';
import { waitForScoreWrites } from './score-writes.js';
import type { Actor } from '../../lib/actor.js';
import { DEFAULT_INDICATORS, DEFAULT_SCALE, DEFAULT_SOURCES, weightSum, weightsAddUp, type Weighted } from './evaluation.rules.js';
import { minimumsFor, type Minimums } from './evidence.rules.js';
import { DEFAULT_AWARD_SETTINGS, DEFAULT_PROJECT_AWARD_SETTINGS, DEFAULT_SETTINGS, SETTINGS_FIELD, type AwardKind, type AwardSettings, type ProjectAwardSettings } from './awards.rules.js';
import { rulesOf, type CycleRules } from './cycle-rules.js';
import { freezeRules } from './rules.service.js';
import { CYCLE_STATUS_LABELS, labelOf } from '../../lib/status-labels.js';

export interface CycleInput {
  year: number;
  name: string;
  indicators?: Weighted[];
  sources?: Weighted[];
  scale?: { min: number; max: number };
  /** Scores each source needs before a result is ranked; sources not named take the defaults. */
  minimums?: Minimums;
  /** How residents prove who they are; new cycles default to 'both' (voting code or verified phone). */
  residentVerification?: ResidentVerification;
  /** 最美书记 places, quota mode and notice length; missing ones take DEFAULT_AWARD_SETTINGS. */
  awards?: Partial<AwardSettings>;
  /** 最受群众欢迎项目 places, quota mode, notice length and minimum votes; missing ones take DEFAULT_PROJECT_AWARD_SETTINGS. */
  projectAwards?: Partial<ProjectAwardSettings>;
  /** Residents' scores dropped at each end per indicator, in percent (0–25; default 0, none). */
  trimming?: { residentTrimPercent?: number };
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
  const unknown = Object.keys(input.minimums ?? {}).filter((k) => !sources.some((s) => s.key === k));
  if (unknown.length) throw invalid('unknown_source', `最低评分份数只能针对本周期的来源：${unknown.join('、')} 不是来源 (minimums name unknown sources)`, unknown.map((k) => ({ path: `minimums.${k}` })));
  const minimums = minimumsFor(sources, input.minimums);
  const residentVerification = input.residentVerification ?? 'both';
  const awards = { ...DEFAULT_AWARD_SETTINGS, ...input.awards };
  const projectAwards = { ...DEFAULT_PROJECT_AWARD_SETTINGS, ...input.projectAwards };
  // Chosen now, frozen with the other rules when the cycle opens; no cycle has scores before that.
  const trimming = { residentTrimPercent: input.trimming?.residentTrimPercent ?? 0 };
  return (await EvaluationCycle.create({ year: input.year, name: input.name, indicators, sources, scale, minimums, residentVerification, awards, projectAwards, trimming })).toObject();
}

/** An honour's places, notice length (and minimum votes) may change until the cycle opens; opening freezes them with the other rules. */
export async function setAwardSettings(id: string, settings: Partial<ProjectAwardSettings>, kind: AwardKind = 'secretary') {
  const cycle = await getCycle(id);
  if (cycle.status !== 'draft') throw conflict('rules_frozen', `评估周期已开启（当前“${labelOf(CYCLE_STATUS_LABELS, cycle.status)}”），规则已冻结，不能再修改 (rules are frozen once the cycle opens)`);
  const field = SETTINGS_FIELD[kind];
  await EvaluationCycle.updateOne({ _id: cycle._id, status: 'draft' }, { $set: { [field]: { ...DEFAULT_SETTINGS[kind], ...cycle[field], ...settings } } });
  return getCycle(id);
}

/**
 * Changes how residents prove who they are, also while the cycle is open (e.g. from 'none' to
 * 'both' once codes are handed out). Votes already cast stay; a closed cycle takes no votes anyway.
 */
export async function setResidentVerification(id: string, residentVerification: ResidentVerification) {
  const cycle = await getCycle(id);
  if (cycle.status === 'closed' || cycle.status === 'published') throw conflict('cycle_not_open', `评估周期当前为“${labelOf(CYCLE_STATUS_LABELS, cycle.status)}”，不能再修改 (the cycle is over)`);
  await EvaluationCycle.updateOne({ _id: cycle._id }, { $set: { residentVerification } });
  return getCycle(id);
}

export async function getCycle(id: string): Promise<CycleDoc> {
  const cycle = await EvaluationCycle.findById(id).lean<CycleDoc>();
  if (!cycle) throw notFound('评估周期');
  return cycle;
}

export const listCycles = async () => ({ items: await EvaluationCycle.find({}).sort({ year: -1, _id: -1 }).lean<CycleDoc[]>() });

const NEXT: Record<string, CycleStatus> = { open: 'draft', closed: 'open', published: 'closed' };
const AFTER: Record<string, 'open' | 'closed' | 'published' | undefined> = { draft: 'open', open: 'closed', closed: 'published' };

type Snapshot = (cycle: CycleDoc) => Promise<unknown[]>;
type CycleChange = { from: CycleStatus; to: CycleStatus; byId: string; at: Date; rules?: CycleRules; rulesHash?: string };

/**
 * draft → open → closed → published. Each step is decided by inserting its transition
 * ("cycle:<id>:<to>"), so of two racing requests exactly one moves the cycle and the other gets 409.
 * Closing is decisive: once its transition exists every score write is refused, and the results are
 * frozen only after the score writes that began before it have finished (scores.service.ts), so they
 * contain every score that was accepted. A change whose state write was cut off by a crash is finished
 * by the next request (after the grace period; before it, that request answers request_in_progress).
 */
export async function moveCycle(id: string, to: 'open' | 'closed' | 'published', actor: Actor, now: Date, snapshot: Snapshot) {
  const cycle = await rollForward(await getCycle(id), snapshot);
  const from = NEXT[to];
  if (cycle.status !== from) throw conflict('cycle_state', `评估周期当前为“${labelOf(CYCLE_STATUS_LABELS, cycle.status)}”，不能改为“${labelOf(CYCLE_STATUS_LABELS, to)}”（须由“${labelOf(CYCLE_STATUS_LABELS, from)}”转入）(invalid state change: ${cycle.status} → ${to})`);
  // Opening freezes the rules; they travel in the transition, so a roll-forward writes the same ones.
  const frozen = to === 'open' ? await freezeRules(cycle) : {};
  const change = await recordTransition<CycleChange>(cycleTransitionId(id, to), { from, to, byId: actor.id, at: now, ...frozen });
  if (!change.won) {
    // The winner is applying it; only a change left by a crash is finished here.
    if (pastGrace(change.transition.createdAt)) await applyChange(cycle, change.transition.data, snapshot, change.transition.createdAt);
    throw conflict('cycle_state', '评估周期状态刚被修改，请刷新 (changed concurrently)');
  }
  await applyChange(cycle, change.transition.data, snapshot, change.transition.createdAt);
  return getCycle(id);
}

export const cycleTransitionId = (cycleId: string, to: string) => `cycle:${cycleId}:${to}`;

/** A change whose state write was cut off (a crash) is finished before anything else happens to the cycle. */
async function rollForward(cycle: CycleDoc, snapshot: Snapshot): Promise<CycleDoc> {
  const next = AFTER[cycle.status];
  const pending = next ? await findTransition<CycleChange>(cycleTransitionId(String(cycle._id), next)) : null;
  if (!pending) return cycle;
  if (!pastGrace(pending.createdAt)) throw requestInProgress(retryAfterSeconds(pending.createdAt));
  await applyChange(cycle, pending.data, snapshot, pending.createdAt);
  return getCycle(String(cycle._id));
}

async function applyChange(cycle: CycleDoc, change: CycleChange, snapshot: Snapshot, closedAt: Date) {
  if (change.to === 'closed') {
    await waitForScoreWrites(String(cycle._id), closedAt);
    const results = await snapshot(cycle);
    // Written once: a roll-forward that finds them already frozen keeps them.
    await EvaluationResults.create({ _id: String(cycle._id), computedAt: change.at, results, rulesHash: rulesOf(cycle).rulesHash }).catch((err) => {
      if (!isDuplicateKeyError(err)) throw err;
    });
  }
  // The history as read plus this change, guarded by its length: two appliers write the same thing.
  const history = (cycle.statusHistory ?? []) as unknown as CycleChange[];
  const { rules, rulesHash, ...entry } = change;
  await EvaluationCycle.updateOne(
    { _id: cycle._id, status: change.from, statusHistory: { $size: history.length } },
    { $set: { status: change.to, statusHistory: [...history, entry], ...(rules ? { rules, rulesHash } : {}) } },
  );
}
