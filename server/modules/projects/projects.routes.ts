import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import { sendXlsx, XLSX_TYPE } from '../../http/download.js';
import { publicVotingLimiter } from '../../http/rate-limit.js';
import type { Deps } from '../../deps.js';
import { yearKey } from '../../lib/time.js';
import { listCategories, updateCategory } from './categories.service.js';
import { exportProjects } from './export.service.js';
import { addComment, addProgress, listProgress } from './progress.service.js';
import {
  categoryParams, commentBody, createProjectBody, detailQuery, exportProjectsQuery, listProjectsQuery, listWhistlesQuery,
  offlineVotesBody, popularQuery, progressBody, responseBody, statusBody, updateCategoryBody, updateProjectBody, voteBody, whistleBody,
  categoriesAnswer, categoryAnswer, listedProjectsAnswer, listedWhistlesAnswer, namedWhistleAnswer, popularAnswer, projectAnswer, projectDetailAnswer,
  commentAnswer, offlineBatchAnswer, progressAnswer, progressListAnswer, voteAnswer, whistleAnswer,
} from './projects.schemas.js';
import { createProject, listProjects, projectDetail, setProjectStatus, updateProject } from './projects.service.js';
import { addOfflineVotes, castVote, popularProjects } from './votes.service.js';
import { voterHeaders, voterSecrets } from '../voting/index.js';
import { blowWhistle, getWhistle, listWhistles, respondToWhistle, whistleStats } from './whistles.service.js';

const tag = '开门第一件事';
const readers = ['admin', 'secretary', 'evaluator', 'department'] as const;

export function projectRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  const cycleOf = (c?: string) => c ?? String(yearKey(now()));
  const secrets = voterSecrets(deps.config);
  return [
    { method: 'get', path: '/project-categories', tag, summary: '项目类别（六类）', access: 'public', response: categoriesAnswer,
      handler: () => listCategories() },
    { method: 'patch', path: '/project-categories/:key', tag, summary: '修改项目类别', access: ['admin'],
      schema: { params: categoryParams, body: updateCategoryBody }, response: categoryAnswer, handler: ({ params, body }) => updateCategory(params.key, body) },
    { method: 'post', path: '/projects', tag, summary: '小梁创建“开门第一件事”项目（每人一个进行中）', access: ['secretary'], status: 201,
      schema: { body: createProjectBody }, response: projectAnswer, handler: ({ body, actor }) => createProject(body, actor) },
    { method: 'get', path: '/projects', tag, summary: '项目列表（按类别、街镇、居村、状态、负责人、关键词筛选）', access: readers,
      schema: { query: listProjectsQuery }, response: listedProjectsAnswer, handler: ({ query }) => listProjects(query) },
    { method: 'get', path: '/projects/popular', tag, summary: '最受群众欢迎项目排名（线上 + 线下，附公式）', access: 'public',
      schema: { query: popularQuery }, response: popularAnswer, handler: ({ query }) => popularProjects(cycleOf(query.cycle), query.top) },
    { method: 'get', path: '/projects/export.xlsx', tag, summary: '导出项目台账（Excel，中文表头）', access: ['admin'], raw: true,
      produces: XLSX_TYPE, schema: { query: exportProjectsQuery },
      handler: async ({ query, res }) => sendXlsx(res, '开门第一件事项目台账.xlsx', await exportProjects(query)) },
    { method: 'post', path: '/projects/votes/offline', tag, summary: '录入线下（纸质）投票', access: ['admin'], status: 201,
      schema: { body: offlineVotesBody }, response: offlineBatchAnswer, handler: ({ body, actor }) => addOfflineVotes({ ...body, cycle: cycleOf(body.cycle) }, actor) },
    { method: 'get', path: '/projects/:id', tag, summary: '项目详情：节点、得票；项目双方、所属街镇与区级看到进展点评时间线和全部吹哨，部门只看到向自己吹的哨', access: readers,
      schema: { params: idParams, query: detailQuery }, response: projectDetailAnswer, handler: ({ params, query, actor }) => projectDetail(params.id, cycleOf(query.cycle), actor) },
    { method: 'patch', path: '/projects/:id', tag, summary: '修改项目（负责人，进行中时）', access: ['secretary'],
      schema: { params: idParams, body: updateProjectBody }, response: projectAnswer, handler: ({ params, body, actor }) => updateProject(params.id, body, actor) },
    { method: 'post', path: '/projects/:id/status', tag, summary: '变更项目状态（完成 / 暂停 / 恢复 / 取消，须说明原因；负责人或区级管理员）', access: ['secretary', 'admin'],
      schema: { params: idParams, body: statusBody }, response: projectAnswer,
      handler: ({ params, body, actor }) => setProjectStatus(params.id, body.status, body.reason, actor, now()) },
    { method: 'post', path: '/projects/:id/progress', tag, summary: '记录项目进展（一分钟填报）', access: ['secretary'], status: 201,
      schema: { params: idParams, body: progressBody }, response: progressAnswer, handler: ({ params, body, actor }) => addProgress(params.id, body, actor, now()) },
    { method: 'get', path: '/projects/:id/progress', tag, summary: '项目进展记录（项目双方、所属街镇与区级）', access: readers,
      schema: { params: idParams }, response: progressListAnswer, handler: ({ params, actor }) => listProgress(params.id, actor) },
    { method: 'post', path: '/projects/:id/comments', tag, summary: '大梁点评', access: ['secretary'], status: 201,
      schema: { params: idParams, body: commentBody }, response: commentAnswer, handler: ({ params, body, actor }) => addComment(params.id, body, actor) },
    { method: 'post', path: '/projects/:id/whistles', tag: '吹哨报到', summary: '街乡吹哨：向职能部门提出需协调解决的问题', access: ['secretary'], status: 201,
      schema: { params: idParams, body: whistleBody }, response: whistleAnswer, handler: ({ params, body, actor }) => blowWhistle(params.id, body, actor, now()) },
    { method: 'post', path: '/projects/:id/votes', tag, summary: '群众为项目打分（公开；按当年评估周期的设置凭手机号、投票码或 X-Voter-Token，一人一票，可改票；答复不透露此前是否投过）', access: 'public',
      before: [publicVotingLimiter(deps.config.publicRateLimit, deps.clock)], schema: { params: idParams, body: voteBody, headers: voterHeaders }, response: voteAnswer,
      handler: ({ params, body, headers }) => castVote(params.id, { ...body, voterToken: headers['x-voter-token'], cycle: cycleOf(body.cycle) }, secrets, now()) },
    { method: 'get', path: '/whistles', tag: '吹哨报到', summary: '吹哨事项（部门只看到自己的）', access: ['admin', 'department', 'secretary'],
      schema: { query: listWhistlesQuery }, response: listedWhistlesAnswer, handler: ({ query, actor }) => listWhistles(query, actor, now()) },
    { method: 'get', path: '/whistles/stats', tag: '吹哨报到', summary: '各部门报到响应时间统计', access: ['admin'],
      handler: () => whistleStats(now()) },
    { method: 'get', path: '/whistles/:id', tag: '吹哨报到', summary: '一件吹哨事项（部门、发起书记与区级管理员可见）', access: ['admin', 'department', 'secretary'],
      schema: { params: idParams }, response: namedWhistleAnswer, handler: ({ params, actor }) => getWhistle(params.id, actor, now()) },
    { method: 'post', path: '/whistles/:id/responses', tag: '吹哨报到', summary: '部门报到：受理 / 办理中 / 办结 / 退回', access: ['department', 'admin'], status: 201,
      schema: { params: idParams, body: responseBody }, response: whistleAnswer, handler: ({ params, body, actor }) => respondToWhistle(params.id, body, actor, now()) },
  ];
}
