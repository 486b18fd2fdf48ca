import type { RouteDef } from '../../http/route.js';
import type { Deps } from '../../deps.js';
import type { Actor } from '../../lib/actor.js';
import { publicLimiter } from '../../http/rate-limit.js';
import { sendStoredPhoto } from '../../http/photos.js';
import { bestCases, setBestCases } from './best.service.js';
import { addPhotos, caseDetail, deleteCase, listCases, markCase, removePhoto, setReview, updateCase } from './cases.service.js';
import { casePhoto, casePhotos } from './photos.js';
import { CASE_BODY_LIMIT, PHOTOS_PER_REQUEST } from './cases.rules.js';
import {
  bestBody, caseListQuery, caseParams, casePhotoParams, markCaseBody, photosBody, reviewBody, updateCaseBody, yearParams, bestCasesAnswer, caseAnswer, casesAnswer,
} from './cases.schemas.js';

const tag = '案例库（分类项目联享）';
const admin = ['admin'] as const;

/** Serves photo n of a case the reader may see (null: the public route). */
const photoHandler = (actorOf: (a: Actor) => Actor | null): RouteDef['handler'] => async ({ params, actor, res }) =>
  sendStoredPhoto(res, casePhotos, await casePhoto(params.id, params.n, actorOf(actor)), `case-${params.id}-${params.n}`);

export function caseRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  // Shares the budget of the other public reads (server/modules/public).
  const limiter = publicLimiter('public-read', deps.config.publicRateLimit * 5, deps.clock);
  return [
    { method: 'post', path: '/cases', tag, summary: `将已完成的项目标记为案例（概要、经验做法、遇到的问题、照片最多 ${PHOTOS_PER_REQUEST} 张、专家点评、公开或仅内部；每个项目一个）`, access: admin, status: 201,
      bodyLimit: CASE_BODY_LIMIT, schema: { body: markCaseBody }, response: caseAnswer, handler: ({ body, actor }) => markCase(body, actor, now()) },
    { method: 'get', path: '/cases', tag, summary: '案例检索（按类别、街镇、年份；书记和区级看到仅内部的案例，其他人只看到公开的）', access: 'authenticated',
      schema: { query: caseListQuery }, response: casesAnswer, handler: ({ query, actor }) => listCases(query, actor) },
    { method: 'get', path: '/cases/best/:year', tag, summary: '某年“最妥一件事”（按顺序）', access: 'authenticated',
      schema: { params: yearParams }, response: bestCasesAnswer, handler: ({ params, actor }) => bestCases(params.year, actor) },
    { method: 'put', path: '/cases/best/:year', tag, summary: '设定某年“最妥一件事”（按顺序的案例，均须为当年的公开案例）', access: admin,
      schema: { params: yearParams, body: bestBody }, response: bestCasesAnswer, handler: ({ params, body, actor }) => setBestCases(params.year, body.caseIds, actor) },
    { method: 'get', path: '/cases/:id', tag, summary: '案例详情（仅内部的案例只对书记和区级可见）', access: 'authenticated',
      schema: { params: caseParams }, response: caseAnswer, handler: ({ params, actor }) => caseDetail(params.id, actor) },
    { method: 'patch', path: '/cases/:id', tag, summary: '修改案例（概要、经验做法、遇到的问题、公开范围）', access: admin,
      schema: { params: caseParams, body: updateCaseBody }, response: caseAnswer, handler: ({ params, body }) => updateCase(params.id, body) },
    { method: 'delete', path: '/cases/:id', tag, summary: '取消案例（列入“最妥一件事”的须先移出）', access: admin,
      schema: { params: caseParams }, handler: ({ params }) => deleteCase(params.id) },
    { method: 'put', path: '/cases/:id/review', tag, summary: '专家点评（署名）', access: admin,
      schema: { params: caseParams, body: reviewBody }, response: caseAnswer, handler: ({ params, body }) => setReview(params.id, body, now()) },
    { method: 'post', path: '/cases/:id/photos', tag, summary: `添加案例照片（每次最多 ${PHOTOS_PER_REQUEST} 张）`, access: admin, bodyLimit: CASE_BODY_LIMIT,
      schema: { params: caseParams, body: photosBody }, response: caseAnswer,
      handler: ({ params, body }) => addPhotos(params.id, body.photos) },
    { method: 'delete', path: '/cases/:id/photos/:n', tag, summary: '删除案例照片（其后的照片序号前移）', access: admin,
      schema: { params: casePhotoParams }, response: caseAnswer,
      handler: ({ params }) => removePhoto(params.id, params.n) },
    { method: 'get', path: '/cases/:id/photos/:n', tag, summary: '案例照片', access: 'authenticated', produces: 'image/jpeg', raw: true,
      schema: { params: casePhotoParams }, handler: photoHandler((a) => a) },
    { method: 'get', path: '/public/cases', tag: '公开页面', summary: '公开案例检索（按类别、街镇、年份）', access: 'public', before: [limiter],
      schema: { query: caseListQuery }, response: casesAnswer, handler: ({ query }) => listCases(query, null) },
    { method: 'get', path: '/public/cases/best/:year', tag: '公开页面', summary: '某年“最妥一件事”（公开）', access: 'public', before: [limiter],
      schema: { params: yearParams }, response: bestCasesAnswer, handler: ({ params }) => bestCases(params.year, null) },
    { method: 'get', path: '/public/cases/:id', tag: '公开页面', summary: '公开案例详情（仅内部的案例 404）', access: 'public', before: [limiter],
      schema: { params: caseParams }, response: caseAnswer, handler: ({ params }) => caseDetail(params.id, null) },
    { method: 'get', path: '/public/cases/:id/photos/:n', tag: '公开页面', summary: '公开案例的照片（仅内部的案例 404）', access: 'public', before: [limiter],
      produces: 'image/jpeg', raw: true, schema: { params: casePhotoParams }, handler: photoHandler(() => null) },
  ];
}
