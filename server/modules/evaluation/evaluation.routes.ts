import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import { sendXlsx, XLSX_TYPE } from '../../http/download.js';
import { rawSpreadsheet, SPREADSHEET_CONTENT_TYPES, uploadedFile } from '../../http/upload.js';
import { clientAddress, publicVotingLimiter } from '../../http/rate-limit.js';
import type { Deps } from '../../deps.js';
import { createCycle, getCycle, listCycles, moveCycle, setResidentVerification } from './cycles.service.js';
import { voterHeaders, voterSecrets } from '../voting/index.js';
import {
  assignmentBody, assignmentsQuery, auditQuery, awardsQuery, createCycleBody, myEvaluationQuery, residentBody,
  residentBulkBody, resultsQuery, scoreBody, scoreParams, verificationBody, addedAssignmentsAnswer, assignmentsAnswer, cycleAnswer, cyclesAnswer,
  awardsAnswer, myEvaluationAnswer, myEvaluationsAnswer, residentScoreAnswer, resultsAnswer, scoreAnswer,
} from './evaluation.schemas.js';
import { awards, computeCycleResults, exportResults, listResults } from './results.service.js';
import { myEvaluation, myEvaluations } from './my-evaluation.service.js';
import { addAssignments, assertCanReadAssignments, listAssignments } from './assignments.service.js';
import { listAudit, putScore, residentScore, residentScoresBulk } from './scores.service.js';
import { importResidentScores, residentScoresTemplate } from './resident-import.service.js';

const tag = '组织力评估';
const TARGET = { open: 'open', close: 'closed', publish: 'published' } as const;

export function evaluationRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  const salt = deps.config.voterKeySalt;
  const secrets = voterSecrets(deps.config);
  return [
    { method: 'post', path: '/evaluation-cycles', tag, summary: '新建评估周期（指标、来源权重之和须为 1）', access: ['admin'], status: 201,
      schema: { body: createCycleBody }, response: cycleAnswer, handler: ({ body }) => createCycle(body) },
    { method: 'get', path: '/evaluation-cycles', tag, summary: '评估周期列表', access: ['admin', 'evaluator', 'department'], response: cyclesAnswer,
      handler: () => listCycles() },
    { method: 'get', path: '/evaluation-cycles/:id', tag, summary: '评估周期详情', access: ['admin', 'evaluator', 'department'],
      schema: { params: idParams }, response: cycleAnswer, handler: ({ params }) => getCycle(params.id) },
    ...(['open', 'close', 'publish'] as const).map((action): RouteDef => ({
      method: 'post', path: `/evaluation-cycles/:id/${action}`, tag, access: ['admin'],
      summary: { open: '开启评分', close: '结束评分并冻结结果', publish: '公布结果（书记可查看本人结果）' }[action],
      schema: { params: idParams }, response: cycleAnswer,
      handler: ({ params, actor }) => moveCycle(params.id, TARGET[action], actor, now(), computeCycleResults),
    })),
    { method: 'put', path: '/evaluation-cycles/:id/resident-verification', tag, summary: '设置群众身份核验方式（none / codes / sms / both）', access: ['admin'],
      schema: { params: idParams, body: verificationBody }, response: cycleAnswer, handler: ({ params, body }) => setResidentVerification(params.id, body.residentVerification) },
    { method: 'post', path: '/evaluation-cycles/:id/assignments', tag, summary: '分配评分任务（按范围：全区 / 街镇 / 指定书记；答复新分配与已分配人数）', access: ['admin'], status: 201,
      schema: { params: idParams, body: assignmentBody }, response: addedAssignmentsAnswer, handler: ({ params, body }) => addAssignments(params.id, body) },
    { method: 'get', path: '/evaluation-cycles/:id/assignments', tag, summary: '评分任务与完成进度（评估人员只看到自己的）', access: ['admin', 'evaluator', 'department'],
      schema: { params: idParams, query: assignmentsQuery }, response: assignmentsAnswer,
      handler: ({ params, query, actor }) => listAssignments(params.id, assertCanReadAssignments(actor, query.evaluator)) },
    { method: 'put', path: '/evaluation-cycles/:id/scores/:secretaryId', tag, summary: '评分（重复提交替换原评分，全程留痕）', access: ['evaluator', 'department'],
      schema: { params: scoreParams, body: scoreBody }, response: scoreAnswer, handler: ({ params, body, actor }) => putScore(params.id, params.secretaryId, body, actor, now()) },
    { method: 'get', path: '/evaluation-cycles/:id/audit', tag, summary: '评分修改记录', access: ['admin'],
      schema: { params: idParams, query: auditQuery }, handler: ({ params, query }) => listAudit(params.id, query.secretary) },
    { method: 'post', path: '/evaluation-cycles/:id/resident-scores', tag, summary: '群众线上打分（公开；按周期设置凭手机号、投票码或 X-Voter-Token，每人每书记一次，重复则替换；答复不透露此前是否打过分）', access: 'public',
      before: [publicVotingLimiter(deps.config.publicRateLimit, deps.clock)], schema: { params: idParams, body: residentBody, headers: voterHeaders }, response: residentScoreAnswer,
      handler: ({ params, body, headers, req }) => residentScore(params.id, { ...body, voterToken: headers['x-voter-token'], address: clientAddress(req) }, secrets, now()) },
    { method: 'post', path: '/evaluation-cycles/:id/resident-scores/bulk', tag, summary: '批量导入群众评分（全部校验通过才导入，逐行报告）', access: ['admin'],
      schema: { params: idParams, body: residentBulkBody }, handler: ({ params, body }) => residentScoresBulk(params.id, body.rows, salt) },
    { method: 'post', path: '/evaluation-cycles/:id/resident-scores/import', tag, summary: '从 Excel/CSV 文件导入群众评分（书记账号、投票人标识、分项或综合评分；全部校验通过才导入，错误按表格行号报告）', access: ['admin'],
      consumes: SPREADSHEET_CONTENT_TYPES, before: [rawSpreadsheet()], schema: { params: idParams },
      handler: ({ params, req }) => importResidentScores(params.id, uploadedFile(req.body, 'scores_file_missing', '群众评分'), salt) },
    { method: 'get', path: '/evaluation-cycles/:id/resident-scores/template', tag, summary: '下载群众评分导入模板（XLSX：本周期的列与两行示例，“说明”页列出每列是否必填与示例）', access: ['admin'],
      raw: true, produces: XLSX_TYPE, schema: { params: idParams },
      handler: async ({ params, res }) => sendXlsx(res, '群众评分导入模板.xlsx', await residentScoresTemplate(params.id)) },
    { method: 'get', path: '/evaluation-cycles/:id/results', tag, summary: '评估结果：综合得分、分来源与分指标均值（群众评分按周期规则去高去低）、排名、计算说明、异常提示（定时任务计算，附计算时间）', access: ['admin'],
      schema: { params: idParams, query: resultsQuery }, response: resultsAnswer, handler: ({ params, query }) => listResults(params.id, query) },
    { method: 'get', path: '/evaluation-cycles/:id/results/export.xlsx', tag, summary: '导出评估结果（Excel）', access: ['admin'], raw: true, produces: XLSX_TYPE,
      schema: { params: idParams },
      handler: async ({ params, res }) => sendXlsx(res, '组织力评估结果.xlsx', await exportResults(params.id)) },
    { method: 'get', path: '/evaluation-cycles/:id/awards', tag, summary: '最美书记（前 N 名，并列按规则区分）', access: ['admin'],
      schema: { params: idParams, query: awardsQuery }, response: awardsAnswer, handler: ({ params, query }) => awards(params.id, query.top) },
    { method: 'get', path: '/me/evaluation', tag, summary: '我的组织力评估结果（公布后；按周期 id 或年份，默认最近一次公布）', access: ['secretary'],
      schema: { query: myEvaluationQuery }, response: myEvaluationAnswer, handler: ({ query, actor }) => myEvaluation(actor, query.cycle) },
    { method: 'get', path: '/me/evaluations', tag, summary: '我在各已公布周期的评估结果（最新在前）', access: ['secretary'], response: myEvaluationsAnswer,
      handler: ({ actor }) => myEvaluations(actor) },
  ];
}
