import Joi from 'joi';
import type { RouteDef } from '../../http/route.js';
import { objectId, paging } from '../../http/common-schemas.js';
import { publicLimiter } from '../../http/rate-limit.js';
import type { Deps } from '../../deps.js';
import { publicEvaluationAnswer, publicProjectsAnswer } from './public.schemas.js';
import { publicEvaluation, publicProjects } from './public.service.js';

const tag = '公开页面';

/** Reads behind the no-login pages: project voting and resident scoring. */
export function publicRoutes(deps: Deps): RouteDef[] {
  // Browsing reads several pages per vote, so reads get five times the write limit.
  const limiter = publicLimiter('public-read', deps.config.publicRateLimit * 5, deps.clock);
  return [
    { method: 'get', path: '/public/projects', tag, summary: '可投票的项目（公开，仅公开信息）', access: 'public', before: [limiter],
      schema: { query: Joi.object({ category: Joi.string().trim().max(40), street: objectId(), q: Joi.string().trim().max(40), ...paging }) }, response: publicProjectsAnswer,
      handler: ({ query }) => publicProjects(query) },
    { method: 'get', path: '/public/evaluation', tag, summary: '正在进行的群众线上打分：评估周期与可评分的书记（公开）', access: 'public', before: [limiter],
      schema: { query: Joi.object({ street: objectId(), q: Joi.string().trim().max(20) }) }, response: publicEvaluationAnswer,
      handler: ({ query }) => publicEvaluation(query) },
  ];
}
