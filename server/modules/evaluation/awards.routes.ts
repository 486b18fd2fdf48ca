import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import { sendXlsx, XLSX_TYPE } from '../../http/download.js';
import { publicLimiter } from '../../http/rate-limit.js';
import type { Deps } from '../../deps.js';
import { setAwardSettings } from './cycles.service.js';
import { awardListView, awardQuotas, exportAwardList, publishAwardList } from './award-lists.service.js';
import { decideObjection, listObjections, publicNotice, submitObjection } from './objections.service.js';
import { awardSettingsBody, decisionBody, objectionBody, objectionParams, objectionsQuery, publishListBody } from './awards.schemas.js';

const tag = '最美书记评选';

/** 最美书记 as a process: places and quotas, the candidate list and its 公示, objections and decisions. */
export function awardRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  // Objections are rarer than votes: a twelfth of the public write budget per address (5 a minute by default).
  const objectionLimiter = publicLimiter('award-objection', Math.max(1, Math.floor(deps.config.publicRateLimit / 12)), deps.clock);
  const readLimiter = publicLimiter('public-read', deps.config.publicRateLimit * 5, deps.clock);
  return [
    { method: 'put', path: '/evaluation-cycles/:id/award-settings', tag, summary: '设置最美书记名额、分配方式与公示工作日数（仅草稿周期；开启时冻结）', access: ['admin'],
      schema: { params: idParams, body: awardSettingsBody }, handler: ({ params, body }) => setAwardSettings(params.id, body) },
    { method: 'get', path: '/evaluation-cycles/:id/award-quotas', tag, summary: '最美书记名额与各街镇名额（开启后为冻结值）', access: ['admin'],
      schema: { params: idParams }, handler: ({ params }) => awardQuotas(params.id) },
    { method: 'post', path: '/evaluation-cycles/:id/award-list', tag, summary: '按冻结结果发布最美书记候选名单并开始公示（每周期一次）', access: ['admin'], status: 201,
      schema: { params: idParams, body: publishListBody }, handler: ({ params, body, actor }) => publishAwardList(params.id, body, actor, now()) },
    { method: 'get', path: '/evaluation-cycles/:id/award-list', tag, summary: '最美书记名单：名额、公示、异议数与状态（公示中 / 待处理异议 / 已确定）', access: ['admin'],
      schema: { params: idParams }, handler: ({ params }) => awardListView(params.id, now()) },
    { method: 'get', path: '/evaluation-cycles/:id/award-list/export.xlsx', tag, summary: '导出确定的最美书记名单（Excel；确定前 409）', access: ['admin'], raw: true, produces: XLSX_TYPE,
      schema: { params: idParams }, handler: async ({ params, res }) => sendXlsx(res, '最美书记名单.xlsx', await exportAwardList(params.id, now())) },
    { method: 'get', path: '/evaluation-cycles/:id/award-list/objections', tag, summary: '异议列表（含提出人自愿留下的姓名与联系方式）', access: ['admin'],
      schema: { params: idParams, query: objectionsQuery }, handler: ({ params, query }) => listObjections(params.id, now(), query.status) },
    { method: 'post', path: '/evaluation-cycles/:id/award-list/objections/:objectionId/decision', tag, summary: '记录调查情况与处理结论（一次性；异议成立则依次递补并重新公示该名额）', access: ['admin'],
      schema: { params: objectionParams, body: decisionBody }, handler: ({ params, body, actor }) => decideObjection(params.id, params.objectionId, body, actor, now()) },
    { method: 'get', path: '/public/award-notices/:id', tag, summary: '最美书记公示（公开）：候选人、公示期与异议方式', access: 'public', before: [readLimiter],
      schema: { params: idParams }, handler: ({ params }) => publicNotice(params.id, now()) },
    { method: 'post', path: '/public/award-notices/:id/objections', tag, summary: '对公示候选人提出异议（公开，公示期内；姓名与联系方式可选且不公开）', access: 'public', status: 201, before: [objectionLimiter],
      schema: { params: idParams, body: objectionBody }, handler: ({ params, body }) => submitObjection(params.id, body, now()) },
  ];
}
