import Joi from 'joi';
import { idString, instant, objectId, record, shape } from '../../http/common-schemas.js';
import { CYCLE_STATUSES, RESIDENT_VERIFICATIONS } from '../../../models/evaluation.model.js';
import { voterFields } from '../voting/index.js';
import { awardSettings, projectAwardSettings } from './awards.schemas.js';
import { MAX_TRIM_PERCENT } from './trimming.rules.js';

const key = Joi.string().pattern(/^[a-z][a-z0-9_]{1,31}$/);
const weighted = Joi.object({ key: key.required(), name: Joi.string().trim().min(1).max(32).required(), weight: Joi.number().min(0).max(1).required() });

export const createCycleBody = Joi.object({
  year: Joi.number().integer().min(2000).max(2100).required(),
  name: Joi.string().trim().min(2).max(60).required(),
  indicators: Joi.array().items(weighted).min(1).max(10).description('默认：党员管得住 / 群众愿意跟 / 引领有章法 / 工作落地快，各 0.25'),
  sources: Joi.array().items(weighted).min(1).max(5).description('默认：mentor 大梁实地评估 0.4 / resident 群众线上打分 0.3 / department 街镇部门综合测评 0.3'),
  scale: Joi.object({ min: Joi.number().required(), max: Joi.number().required() }).description('评分区间，默认 0–100'),
  minimums: Joi.object().pattern(key, Joi.number().integer().min(0).max(1_000_000))
    .description('每个来源至少多少份评分，结果才参加排名和最美书记评选；未给出的来源取默认：mentor 2 / resident 30 / department 1'),
  residentVerification: residentVerification().default('both'),
  trimming: Joi.object({
    residentTrimPercent: Joi.number().integer().min(0).max(MAX_TRIM_PERCENT).default(0)
      .description(`群众线上打分每项指标去掉最高、最低各多少百分比（0–${MAX_TRIM_PERCENT} 的整数，默认 0 不去掉）；例如 10：n 份中去掉最低、最高各 ⌊n×10%⌋ 份后取平均`),
  }).default({ residentTrimPercent: 0 }).description('去掉最高/最低：开启评分时随其他规则冻结'),
  awards: awardSettings().description('最美书记：名额（默认 53）、分配方式（默认 district）、公示工作日数（默认 5）'),
  projectAwards: projectAwardSettings().description('最受群众欢迎项目：名额（默认 18）、分配方式（默认 district）、公示工作日数（默认 5）、最低票数（默认 30）'),
});
function residentVerification() {
  return Joi.string().valid(...RESIDENT_VERIFICATIONS)
    .description('群众身份核验：none 任意手机号 / codes 投票码 / sms 手机验证码 / both 投票码或手机验证码（新周期默认 both）');
}
export const verificationBody = Joi.object({ residentVerification: residentVerification().required() });

const secretaryIds = () => Joi.array().items(objectId()).min(1).max(1000);
const assignmentScope = Joi.alternatives()
  .try(Joi.object({ secretaryIds: secretaryIds().required() }), Joi.object({ streetId: objectId().allow(null) }))
  .messages({
    'alternatives.match': 'scope 只能按街镇（streetId）或按书记（secretaryIds）之一 (scope is either streetId or secretaryIds)',
    'alternatives.types': 'scope 须为对象 (scope must be an object)',
  })
  .description('{} 或 {streetId: null}：全区在职小梁；{streetId}：该街镇在职小梁；{secretaryIds}：指定书记');
export const assignmentBody = Joi.object({
  evaluatorId: objectId().required(),
  source: key.required(),
  scope: assignmentScope,
  secretaryIds: secretaryIds().description('同 scope.secretaryIds（旧写法）'),
}).xor('scope', 'secretaryIds').messages({
  'object.missing': '须给出 scope 或 secretaryIds (scope or secretaryIds required)',
  'object.xor': 'scope 与 secretaryIds 只能给出一个 (give scope or secretaryIds, not both)',
});
export const assignmentsQuery = Joi.object({ evaluator: objectId() });
export const scoreParams = Joi.object({ id: objectId().required(), secretaryId: objectId().required() });
const indicatorScores = Joi.object().pattern(key, Joi.number().required()).min(1);
export const scoreBody = Joi.object({ source: key.required(), indicators: indicatorScores.required(), comment: Joi.string().trim().allow('').max(1000).default('') });

const residentScores = { secretaryId: objectId().required(), indicators: indicatorScores, overall: Joi.number() };
/**
 * Online: the resident's mobile number (cycles without verification) or a voting code, or neither
 * with a voter token in X-Voter-Token, as the cycle's residentVerification asks.
 */
export const residentBody = Joi.object({ ...residentScores, ...voterFields }).xor('indicators', 'overall').oxor('voterKey', 'votingCode')
  .messages({ 'object.oxor': '手机号与投票码只需其一 (give voterKey or votingCode, not both)' });
/** Imported (paper ballots or an export): any key of 4–64 characters, e.g. the ballot's number. */
const importedKey = Joi.string().trim().min(4).max(64).description('投票人标识（手机号或纸质选票编号），只保存加盐散列');
const importedRow = Joi.object({ ...residentScores, voterKey: importedKey.required() }).xor('indicators', 'overall');
export const residentBulkBody = Joi.object({ rows: Joi.array().items(importedRow).min(1).max(10_000).required() });
export const resultsQuery = Joi.object({ street: objectId(), sort: Joi.string().valid('rank', 'name').default('rank') });
export const awardsQuery = Joi.object({ top: Joi.number().integer().min(1).max(1000).description('全区前 N 名；不给出则按本周期冻结的名额（及各街镇名额）') });
export const auditQuery = Joi.object({ secretary: objectId() });
export const myEvaluationQuery = Joi.object({
  cycle: Joi.alternatives().try(Joi.number().integer().min(2000).max(2100), objectId())
    .messages({ 'alternatives.match': 'cycle 须为评估周期 id 或年份 (cycle is a cycle id or a year)' })
    .description('评估周期 id，或年份（该年最近一次公布的周期）；默认最近一次公布'),
});

// Answers (RouteDef.response).
const weightedAnswer = shape({ key: Joi.string(), name: Joi.string(), weight: Joi.number() });
/** A cycle as stored: its rules (`rules`, award settings) are open objects documented in cycle-rules.ts and awards.rules.ts. */
export const cycleAnswer = record({
  year: Joi.number().integer(),
  name: Joi.string(),
  indicators: Joi.array().items(weightedAnswer),
  sources: Joi.array().items(weightedAnswer),
  scale: shape({ min: Joi.number(), max: Joi.number() }),
  residentVerification: Joi.string().valid(...RESIDENT_VERIFICATIONS).optional(),
  status: Joi.string().valid(...CYCLE_STATUSES),
  // Cycles written before timestamps were kept have none.
  createdAt: instant().optional(),
  updatedAt: instant().optional(),
});
export const cyclesAnswer = shape({ items: Joi.array().items(cycleAnswer) });
const assignmentGroup = shape({
  evaluatorId: idString(),
  evaluatorName: Joi.string().allow(null),
  source: Joi.string(),
  assigned: Joi.number().integer(),
  scored: Joi.number().integer(),
  remaining: Joi.array().items(shape({ secretaryId: idString(), displayName: Joi.string().allow(null) })),
});
export const assignmentsAnswer = shape({ items: Joi.array().items(assignmentGroup) });
export const addedAssignmentsAnswer = shape({ assigned: Joi.number().integer(), alreadyAssigned: Joi.number().integer(), items: Joi.array().items(assignmentGroup) });

const count = () => Joi.number().integer();
const byKey = (value: Joi.Schema) => Joi.object().pattern(Joi.string(), value);
const shortfall = shape({ source: Joi.string(), name: Joi.string(), count: count(), minimum: count() });
const evidence = shape({ sufficient: Joi.boolean(), shortfalls: Joi.array().items(shortfall), reason: Joi.string().allow(null) });
const sourceResult = shape({
  count: count(), indicators: byKey(Joi.number()), score: Joi.number(),
  trimmed: shape({ percent: Joi.number(), droppedEachEnd: count(), averaged: count() }).optional(),
});
const rank = shape({ district: count().allow(null), street: count().allow(null) });
/** Flags on the residents' input (anomaly.rules.ts), each with its evidence and, as staff see it, when it was computed. */
const anomaly = shape({
  kind: Joi.string().valid('burst', 'far_from_others', 'all_max', 'one_address', 'one_batch'), message: Joi.string(),
  evidence: Joi.object().unknown(true), computedAt: instant().optional(),
});
/** One secretary's result (evaluation.rules.ts SecretaryResult); results frozen before evidence was kept lack it. */
const resultFields = {
  secretaryId: idString(),
  displayName: Joi.string(),
  streetId: idString().allow(null),
  final: Joi.number().allow(null),
  perSource: byKey(sourceResult.allow(null)),
  perIndicator: byKey(Joi.number().allow(null)),
  missingSources: Joi.array().items(Joi.string()),
  renormalized: Joi.boolean(),
  rank,
  explanation: Joi.string(),
  evidence: evidence.optional(),
};
const shownResult = shape({ ...resultFields, anomalies: Joi.array().items(anomaly), anomaliesComputedAt: instant().allow(null) });
const followUp = shape({ secretaryId: idString(), displayName: Joi.string(), final: Joi.number().allow(null), shortfalls: Joi.array().items(shortfall), reason: Joi.string().allow(null) });
/** `rules`: every rule the results use, as frozen when the cycle opened (cycle-rules.ts CycleRules). */
export const resultsAnswer = shape({
  cycle: shape({
    id: idString(), name: Joi.string(), status: Joi.string().valid(...CYCLE_STATUSES),
    indicators: Joi.array().items(weightedAnswer), sources: Joi.array().items(weightedAnswer), minimums: byKey(count()),
  }),
  rules: Joi.object().unknown(true),
  rulesHash: Joi.string(),
  rulesFrozen: Joi.boolean(),
  frozen: Joi.boolean(),
  computedAt: instant().allow(null),
  anomaliesComputedAt: instant().allow(null),
  items: Joi.array().items(shownResult),
  followUp: Joi.array().items(followUp),
});
export const awardsAnswer = shape({
  tieBreak: Joi.string(),
  eligibility: Joi.string(),
  rulesHash: Joi.string(),
  total: count(),
  quotas: Joi.array().items(Joi.object().unknown(true)).allow(null),
  items: Joi.array().items(shownResult.keys({ place: count().required() })),
  unfilled: Joi.array().items(shape({ group: Joi.string(), quota: count(), filled: count() })),
  excluded: Joi.array().items(followUp),
});
const cycleSummary = { id: idString(), name: Joi.string(), year: count(), publishedAt: instant().allow(null) };
/** A secretary's own result: no anomaly flags (those are for district staff). */
export const myEvaluationAnswer = shape({
  cycle: shape({ ...cycleSummary, indicators: Joi.array().items(weightedAnswer), sources: Joi.array().items(weightedAnswer) }),
  result: shape(resultFields),
});
export const myEvaluationsAnswer = shape({
  items: Joi.array().items(shape({
    cycle: shape(cycleSummary),
    result: shape({ final: Joi.number().allow(null), rank, missingSources: Joi.array().items(Joi.string()), renormalized: Joi.boolean(), evidence: evidence.allow(null) }),
  })),
});
/** `_id` "<cycle>:<source>:<evaluator>:<secretary>": a repeat replaces the score. */
export const scoreAnswer = shape({
  _id: Joi.string(), cycleId: idString(), source: Joi.string(), evaluatorId: idString(), secretaryId: idString(),
  indicators: byKey(Joi.number()), comment: Joi.string().allow(''),
}).unknown(true);
/** The same whether or not this resident had scored before. */
export const residentScoreAnswer = shape({ accepted: Joi.boolean(), secretaryId: idString() });
