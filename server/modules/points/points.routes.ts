import type { RouteDef } from '../../http/route.js';
import { idParams } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import { monthKey } from '../../lib/time.js';
import { postEntry, revokeEntry } from './entries.service.js';
import { leaderboard, parseScope } from './leaderboard.service.js';
import {
  createRuleBody, entryBody, idempotencyHeaders, leaderboardQuery, monthQuery, pointsQuery, revokeBody, ruleKeyParams, updateRuleBody,
  communityPartyDayAnswer, entryAnswer, memberPointsAnswer, ruleAnswer, rulesAnswer, ruleVersionsAnswer,
} from './points.schemas.js';
import { createRule, listRules, updateRule } from './rules.service.js';
import { ruleVersions } from './rule-versions.service.js';
import { communityPartyDay, memberPoints, myPartyDay } from './views.service.js';

const tag = '党员积分';

export function pointsRoutes(deps: Deps): RouteDef[] {
  const now = () => deps.clock();
  return [
    { method: 'get', path: '/points/rules', tag, summary: '积分规则', access: 'authenticated', response: rulesAnswer,
      handler: () => listRules(now()) },
    { method: 'post', path: '/points/rules', tag, summary: '新增积分规则', access: ['admin'], status: 201,
      schema: { body: createRuleBody }, response: ruleAnswer, handler: ({ body }) => createRule(body) },
    { method: 'patch', path: '/points/rules/:key', tag, summary: '修改积分规则：分值、单位、上限自 effectiveFrom 起生效为新版本（不影响已登记积分和更早日期）', access: ['admin'],
      schema: { params: ruleKeyParams, body: updateRuleBody }, response: ruleAnswer, handler: ({ params, body, actor }) => updateRule(params.key, body, actor, now()) },
    { method: 'get', path: '/points/rules/:key/versions', tag, summary: '积分规则的版本历史', access: 'authenticated',
      schema: { params: ruleKeyParams }, response: ruleVersionsAnswer, handler: ({ params }) => ruleVersions(params.key, now()) },
    { method: 'post', path: '/points/entries', tag, summary: '登记积分（须带 Idempotency-Key；重放返回同一记录）', access: ['admin', 'secretary'],
      schema: { body: entryBody, headers: idempotencyHeaders }, response: entryAnswer,
      handler: ({ body, headers, actor }) => postEntry(body, headers['idempotency-key'], actor, now()) },
    { method: 'post', path: '/points/entries/:id/revoke', tag, summary: '撤销积分（追加一笔冲销记录）', access: ['admin', 'secretary'], status: 201,
      schema: { params: idParams, body: revokeBody }, response: entryAnswer, handler: ({ params, body, actor }) => revokeEntry(params.id, body.reason, actor, deps.clock()) },
    { method: 'get', path: '/me/points', tag, summary: '我的积分：余额、排名、明细', access: ['member'],
      schema: { query: pointsQuery }, response: memberPointsAnswer, handler: ({ query, actor }) => memberPoints(actor.id, actor, now(), query) },
    { method: 'get', path: '/members/:id/points', tag, summary: '党员积分（管理员或本居村书记）', access: ['admin', 'secretary', 'member'],
      schema: { params: idParams, query: pointsQuery }, response: memberPointsAnswer, handler: ({ params, query, actor }) => memberPoints(params.id, actor, now(), query) },
    { method: 'get', path: '/me/party-day', tag, summary: '我的主题党日清单（一课一片一实践）', access: ['member'],
      schema: { query: monthQuery }, handler: ({ query, actor }) => myPartyDay(actor, query.month ?? monthKey(now())) },
    { method: 'get', path: '/communities/:id/party-day', tag, summary: '居村主题党日完成情况', access: ['admin', 'secretary'],
      schema: { params: idParams, query: monthQuery }, response: communityPartyDayAnswer,
      handler: ({ params, query, actor }) => communityPartyDay(params.id, actor, query.month ?? monthKey(now())) },
    { method: 'get', path: '/points/leaderboard', tag, summary: '积分排行榜（区 / 街镇 / 居村，按月或年）', access: 'authenticated',
      schema: { query: leaderboardQuery }, handler: ({ query }) => leaderboard(query.period, parseScope(query.scope), query.limit) },
  ];
}
