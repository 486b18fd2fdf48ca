import Joi from 'joi';
import { RATINGS } from '../../../models/assessment.model.js';
import type { RouteDef } from '../../http/route.js';
import { month, objectId, paging } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { monthKey, previousMonth } from '../../lib/time.js';
import { assessmentsAnswer, myMenteesAnswer, proposalAnswer, proposalsAnswer } from './assessment.schemas.js';
import { myMentees } from './mentees.service.js';
import { approveProposal, listAssessments, listProposals, rejectProposal } from './assessment.service.js';

const tag = '月度评估';
const proposalParams = Joi.object({ id: Joi.string().pattern(/^\d{4}-\d{2}:[0-9a-f]{24}$/).required() });

export function assessmentRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  return [
    { method: 'get', path: '/me/mentees', tag, summary: '我带的小梁：项目进度与最近一次月度评估（绿 / 黄 / 红）', access: ['secretary'], response: myMenteesAnswer,
      handler: ({ actor }) => myMentees(actor) },
    { method: 'get', path: '/assessments', tag, summary: '师徒结对月度评估（绿 / 黄 / 红），附街镇汇总', access: ['admin'],
      schema: { query: Joi.object({ month: month().description('默认上个月'), street: objectId(), rating: Joi.string().valid(...RATINGS), ...paging }) }, response: assessmentsAnswer,
      handler: ({ query }) => listAssessments({ ...query, month: query.month ?? previousMonth(monthKey(now())) }) },
    { method: 'get', path: '/assessments/proposals', tag, summary: '成长阶段晋级建议', access: ['admin'],
      schema: { query: Joi.object({ status: Joi.string().valid('pending', 'approved', 'rejected', 'superseded'), month: month() }) }, response: proposalsAnswer,
      handler: ({ query }) => listProposals(query) },
    { method: 'post', path: '/assessments/proposals/:id/approve', tag, summary: '同意晋级建议（按规则调整成长阶段）', access: ['admin'],
      schema: { params: proposalParams, body: Joi.object({ note: Joi.string().trim().max(500) }) }, response: proposalAnswer,
      handler: ({ params, body, actor }) => approveProposal(params.id, body.note, actor, now()) },
    { method: 'post', path: '/assessments/proposals/:id/reject', tag, summary: '不同意晋级建议', access: ['admin'],
      schema: { params: proposalParams, body: Joi.object({ note: Joi.string().trim().min(1).max(500).required() }) }, response: proposalAnswer,
      handler: ({ params, body, actor }) => rejectProposal(params.id, body.note, actor, now()) },
  ];
}
