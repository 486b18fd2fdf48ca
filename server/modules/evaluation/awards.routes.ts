import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import { sendXlsx, XLSX_TYPE } from '../../http/download.js';
import { publicLimiter } from '../../http/rate-limit.js';
import type { Deps } from '../../deps.js';
import { setAwardSettings } from './cycles.service.js';
import { awardListView, awardQuotas, exportAwardList, publishAwardList } from './award-lists.service.js';
import { decideObjection, listObjections, publicNotice, submitObjection } from './objections.service.js';
import { awardSettingsBody, decisionBody, objectionBody, objectionParams, objectionsQuery, projectAwardSettingsBody, publishListBody } from './awards.schemas.js';
import { KINDS } from './award-kinds.js';
import { AWARD_KINDS, type AwardKind } from './awards.rules.js';

const noticeTag = '评选公示与异议';

/** Where each honour's routes live under a cycle: 最美书记 keeps its original paths. */
const PATHS: Record<AwardKind, { settings: string; quotas: string; list: string }> = {
  secretary: { settings: 'award-settings', quotas: 'award-quotas', list: 'award-list' },
  project: { settings: 'project-award-settings', quotas: 'project-award-quotas', list: 'project-award-list' },
};
const SETTINGS_BODY = { secretary: awardSettingsBody, project: projectAwardSettingsBody };

/** One honour as a process: places and quotas, the candidate list and its 公示, objections and decisions. */
function honourRoutes(kind: AwardKind, now: () => Date): RouteDef[] {
  const { label } = KINDS[kind];
  const tag = `${label}评选`;
  const p = PATHS[kind];
  const base = `/evaluation-cycles/:id/${p.list}`;
  const settingsText = kind === 'project' ? '名额、分配方式、公示工作日数与最低票数' : '名额、分配方式与公示工作日数';
  return [
    { method: 'put', path: `/evaluation-cycles/:id/${p.settings}`, tag, summary: `设置${label}${settingsText}（仅草稿周期；开启时冻结）`, access: ['admin'],
      schema: { params: idParams, body: SETTINGS_BODY[kind] }, handler: ({ params, body }) => setAwardSettings(params.id, body, kind) },
    { method: 'get', path: `/evaluation-cycles/:id/${p.quotas}`, tag, summary: `${label}名额与各街镇名额（开启后为冻结值）`, access: ['admin'],
      schema: { params: idParams }, handler: ({ params }) => awardQuotas(params.id, kind) },
    { method: 'post', path: base, tag, summary: `发布${label}候选名单并开始公示（周期结束评分后，每周期一次）`, access: ['admin'], status: 201,
      schema: { params: idParams, body: publishListBody }, handler: ({ params, body, actor }) => publishAwardList(params.id, kind, body, actor, now()) },
    { method: 'get', path: base, tag, summary: `${label}名单：名额、公示、异议数与状态（公示中 / 待处理异议 / 已确定）`, access: ['admin'],
      schema: { params: idParams }, handler: ({ params }) => awardListView(params.id, kind, now()) },
    { method: 'get', path: `${base}/export.xlsx`, tag, summary: `导出确定的${label}名单（Excel；确定前 409）`, access: ['admin'], raw: true, produces: XLSX_TYPE,
      schema: { params: idParams }, handler: async ({ params, res }) => sendXlsx(res, `${label}名单.xlsx`, await exportAwardList(params.id, kind, now())) },
    { method: 'get', path: `${base}/objections`, tag, summary: `${label}异议列表（含提出人自愿留下的姓名与联系方式）`, access: ['admin'],
      schema: { params: idParams, query: objectionsQuery }, handler: ({ params, query }) => listObjections(params.id, kind, now(), query.status) },
    { method: 'post', path: `${base}/objections/:objectionId/decision`, tag, summary: `记录${label}异议的调查情况与处理结论（一次性；异议成立则依次递补并重新公示该名额）`, access: ['admin'],
      schema: { params: objectionParams, body: decisionBody }, handler: ({ params, body, actor }) => decideObjection(params.id, kind, params.objectionId, body, actor, now()) },
  ];
}

/** 最美书记 and 最受群众欢迎项目, and their public notices (one path for both kinds). */
export function awardRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  // Objections are rarer than votes: a twelfth of the public write budget per address (5 a minute by default).
  const objectionLimiter = publicLimiter('award-objection', Math.max(1, Math.floor(deps.config.publicRateLimit / 12)), deps.clock);
  const readLimiter = publicLimiter('public-read', deps.config.publicRateLimit * 5, deps.clock);
  return [
    ...AWARD_KINDS.flatMap((kind) => honourRoutes(kind, now)),
    { method: 'get', path: '/public/award-notices/:id', tag: noticeTag, summary: '最美书记 / 最受群众欢迎项目公示（公开）：候选对象、公示期与异议方式', access: 'public', before: [readLimiter],
      schema: { params: idParams }, handler: ({ params }) => publicNotice(params.id, now()) },
    { method: 'post', path: '/public/award-notices/:id/objections', tag: noticeTag, summary: '对公示候选对象提出异议（公开，公示期内；姓名与联系方式可选且不公开）', access: 'public', status: 201, before: [objectionLimiter],
      schema: { params: idParams, body: objectionBody }, handler: ({ params, body }) => submitObjection(params.id, body, now()) },
  ];
}
