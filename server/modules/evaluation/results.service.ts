import ExcelJS from 'exceljs';
import { Types } from 'mongoose';
import { EvaluationAssignment, EvaluationCycle, EvaluationResults, type AssignmentDoc, type CycleDoc } from '../../../models/evaluation.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { VotingCodeBatch, type VotingCodeBatchDoc } from '../../../models/voting.model.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';
import { computeResults, isRanked, scoresKey, type SecretaryInput, type SecretaryResult } from './evaluation.rules.js';
import { local } from '../../lib/time.js';
import { storeAnomalies, storedAnomalies } from './anomalies.service.js';
import { trimPercentOf } from './trimming.rules.js';
import { awardGroups, DISTRICT_GROUP, selectAwardees } from './awards.rules.js';
import { rulesOf } from './cycle-rules.js';
import { computeTallies, liveTallies, type Tallied } from './tallies.js';
import { getCycle } from './cycles.service.js';

/** The results' inputs: tallies by secretary, with each secretary's name and street and the size of each code batch. */
async function inputsOf(cycle: CycleDoc, tallied: Map<string, Tallied>, alsoListed: string[] = []): Promise<SecretaryInput[]> {
  const ids = [...new Set([...tallied.keys(), ...alsoListed])];
  const [people, batches] = await Promise.all([
    User.find({ _id: { $in: ids } }).lean<UserDoc[]>(),
    VotingCodeBatch.find({ cycleId: cycle._id }, { count: 1 }).lean<VotingCodeBatchDoc[]>(),
  ]);
  const issued = new Map(batches.map((b) => [String(b._id), b.count]));
  return people.map((u) => {
    const t = tallied.get(String(u._id));
    return {
      secretaryId: String(u._id), displayName: u.displayName, streetId: u.streetId ? String(u.streetId) : null,
      tallies: t?.tallies ?? {}, residentMinutes: t?.residentMinutes ?? [],
      residentClusters: (t?.residentClusters ?? []).map((c) => (c.kind === 'batch' ? { ...c, issued: issued.get(c.key) ?? 0 } : c)),
    };
  });
}

/** Minimums, scale and trimming from the cycle's frozen rules (or, before it opens, its own fields and the defaults). */
const resultRules = (cycle: CycleDoc) => {
  const { rules } = rulesOf(cycle);
  return { minimums: rules.minimums, scale: rules.scale, residentTrimPercent: trimPercentOf(rules.trimming) };
};

/** Results from the scores themselves (every secretary with scores or assignments): what a closing cycle freezes. */
export async function computeCycleResults(cycle: CycleDoc): Promise<SecretaryResult[]> {
  const [tallied, assigned] = await Promise.all([
    computeTallies(cycle, null),
    EvaluationAssignment.find({ cycleId: cycle._id }, { secretaryId: 1 }).lean<AssignmentDoc[]>(),
  ]);
  return computeResults(cycle.indicators, cycle.sources, await inputsOf(cycle, tallied, assigned.map((a) => String(a.secretaryId))), resultRules(cycle));
}

/**
 * Results of an open cycle from the tallies' read model (tallies.ts). The anomaly flags are the
 * evaluation-anomalies job's (computeOpenCycleAnomalies), not computed on a read.
 */
async function liveResults(cycle: CycleDoc, anomalies = false): Promise<SecretaryResult[]> {
  return computeResults(cycle.indicators, cycle.sources, await inputsOf(cycle, await liveTallies(cycle)), { ...resultRules(cycle), anomalies });
}

/**
 * The evaluation-anomalies job: each open cycle's flags, from the same tallies as its live results,
 * stored per secretary (anomalies.service.ts). A run over unchanged scores writes no flag list.
 */
export async function computeOpenCycleAnomalies(now: Date) {
  const cycles = await EvaluationCycle.find({ status: 'open' }).lean<CycleDoc[]>();
  const items = [];
  for (const cycle of cycles) {
    const results = await liveResults(cycle, true);
    items.push({ cycleId: String(cycle._id), ...(await storeAnomalies(String(cycle._id), new Map(results.map((r) => [r.secretaryId, r.anomalies])), now)) });
  }
  return { cycles: items.length, flagged: items.reduce((n, c) => n + c.flagged, 0), written: items.reduce((n, c) => n + c.written, 0), items };
}

/** A result as shown to staff: its flags, each with when it was computed, and `anomaliesComputedAt` (null: not computed yet for this secretary). */
export type ShownResult = SecretaryResult & { anomaliesComputedAt: Date | null };

type FlagsOf = (r: SecretaryResult) => { flags: SecretaryResult['anomalies']; computedAt: Date } | null;
const withFlags = (results: SecretaryResult[], flagsOf: FlagsOf): ShownResult[] => results.map((r) => {
  const stored = flagsOf(r);
  return { ...r, anomalies: (stored?.flags ?? []).map((f) => ({ ...f, computedAt: stored!.computedAt })), anomaliesComputedAt: stored?.computedAt ?? null };
});

/**
 * Frozen results once the cycle is closed, with the flags computed when they were frozen; live
 * results while it is open, with the flags the job stored (`anomaliesComputedAt`: its latest run
 * over the cycle; null when it has not run yet, and then no result shows flags: they are never
 * computed on a read, so every flag shown has a time).
 */
export async function cycleResults(cycleId: string): Promise<{ cycle: CycleDoc; frozen: boolean; computedAt: Date | null; anomaliesComputedAt: Date | null; results: ShownResult[] }> {
  const cycle = await getCycle(cycleId);
  const snapshot = await EvaluationResults.findById(cycleId).lean<{ computedAt: Date; results: SecretaryResult[] }>();
  if (snapshot && (cycle.status === 'closed' || cycle.status === 'published')) {
    const results = withFlags(snapshot.results, (r) => ({ flags: r.anomalies ?? [], computedAt: snapshot.computedAt }));
    return { cycle, frozen: true, computedAt: snapshot.computedAt, anomaliesComputedAt: snapshot.computedAt, results };
  }
  const [results, stored] = await Promise.all([
    cachedByVersion([scoresKey(cycleId), collectionKey('users')], 'results', () => liveResults(cycle)),
    storedAnomalies(cycleId),
  ]);
  return { cycle, frozen: false, computedAt: null, anomaliesComputedAt: stored.computedAt, results: withFlags(results, (r) => stored.bySecretary.get(r.secretaryId) ?? null) };
}

export async function listResults(cycleId: string, q: { street?: string; sort: 'rank' | 'name' }) {
  const { cycle, frozen, computedAt, anomaliesComputedAt, results } = await cycleResults(cycleId);
  const { rules, rulesHash, frozen: rulesFrozen } = rulesOf(cycle);
  let items = q.street ? results.filter((r) => r.streetId === q.street) : results;
  if (q.sort === 'name') items = [...items].sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-Hans-CN'));
  return {
    cycle: { id: String(cycle._id), name: cycle.name, status: cycle.status, indicators: rules.indicators, sources: rules.sources, minimums: rules.minimums },
    rules, rulesHash, rulesFrozen,
    frozen, computedAt, anomaliesComputedAt, items,
    followUp: insufficient(results),
  };
}

/** The admin's follow-up list: secretaries with scores whose result rests on too little evidence, and why. */
const insufficient = (results: SecretaryResult[]) =>
  results.filter((r) => r.final !== null && !isRanked(r))
    .map((r) => ({ secretaryId: r.secretaryId, displayName: r.displayName, final: r.final, shortfalls: r.evidence.shortfalls, reason: r.evidence.reason }));

export const TIE_BREAK = '综合得分高者在前；同分依次比较群众线上打分、大梁实地评估得分，再按书记编号 (final, then resident score, then mentor score, then id)';
export const ELIGIBILITY = '各来源评分份数均达到本周期最低要求的书记才参加评选 (only results with enough scores from every source are eligible)';

/**
 * 最美书记 as the results stand: the cycle's places (its frozen total and street quotas), or the top
 * `top` district-wide when given, in the documented order (final score, residents' score, mentors'
 * score, id), among results resting on enough evidence; the others are listed as excluded, with the reason.
 */
export async function awards(cycleId: string, top?: number) {
  const { cycle, results } = await cycleResults(cycleId);
  const { rules, rulesHash } = rulesOf(cycle);
  const groups = top ? [{ key: DISTRICT_GROUP, quota: top }] : awardGroups(rules.awards.total, rules.awards.quotas);
  const selection = selectAwardees(results, groups);
  return {
    tieBreak: TIE_BREAK, eligibility: ELIGIBILITY, rulesHash,
    total: groups.reduce((n, g) => n + g.quota, 0), quotas: top ? null : rules.awards.quotas,
    items: selection.holders.map((h) => ({ place: h.place, ...h.result })),
    unfilled: selection.unfilled,
    excluded: insufficient(results),
  };
}

export async function exportResults(cycleId: string): Promise<Buffer> {
  const { cycle, results } = await cycleResults(cycleId);
  const streets = new Map((await OrgUnit.find({ _id: { $in: results.map((r) => r.streetId).filter(Boolean).map((s) => new Types.ObjectId(s!)) } }).lean<OrgUnitDoc[]>()).map((s) => [String(s._id), s.name]));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('组织力评估结果');
  const r2 = (n: number | null | undefined) => (n === null || n === undefined ? '' : Math.round(n * 100) / 100);
  sheet.columns = [
    { header: '全区排名', key: 'rank', width: 8 },
    { header: '街镇排名', key: 'streetRank', width: 8 },
    { header: '书记', key: 'name', width: 10 },
    { header: '街镇', key: 'street', width: 16 },
    { header: '综合得分', key: 'final', width: 10 },
    ...cycle.sources.map((s) => ({ header: `${s.name}（份数）`, key: `n_${s.key}`, width: 12 })),
    ...cycle.sources.map((s) => ({ header: s.name, key: `s_${s.key}`, width: 12 })),
    ...cycle.indicators.map((i) => ({ header: i.name, key: `i_${i.key}`, width: 12 })),
    { header: '证据', key: 'evidence', width: 40 },
    { header: '异常提示', key: 'anomalies', width: 60 },
    { header: '异常提示计算时间', key: 'anomaliesAt', width: 18 },
    { header: '说明', key: 'explanation', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of results) {
    sheet.addRow({
      rank: r.rank.district ?? '', streetRank: r.rank.street ?? '', name: r.displayName, street: streets.get(String(r.streetId)) ?? '', final: r2(r.final),
      ...Object.fromEntries(cycle.sources.map((s) => [`n_${s.key}`, r.perSource[s.key]?.count ?? 0])),
      ...Object.fromEntries(cycle.sources.map((s) => [`s_${s.key}`, r2(r.perSource[s.key]?.score)])),
      ...Object.fromEntries(cycle.indicators.map((i) => [`i_${i.key}`, r2(r.perIndicator[i.key])])),
      evidence: r.evidence?.reason ?? (r.final === null ? '' : '充分'),
      anomalies: (r.anomalies ?? []).map((a) => a.message).join('；'),
      anomaliesAt: r.anomaliesComputedAt ? local(r.anomaliesComputedAt).format('YYYY-MM-DD HH:mm') : '尚未计算',
      explanation: r.explanation,
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
