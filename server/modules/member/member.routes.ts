import Joi from 'joi';
import type { RouteDef } from '../../http/route.js';
import { shape } from '../../http/common-schemas.js';
import type { Deps } from '../../deps.js';
import type { Actor } from '../../lib/actor.js';
import { activityAnswer, recentSignInAnswer, recentSignIns, upcomingActivities } from '../activities/index.js';
import { claimAnswer, memberClaimsSummary } from '../point-claims/index.js';

const pointsActivityAnswer = shape({
  upcomingActivities: Joi.array().items(activityAnswer),
  recentSignIns: Joi.array().items(recentSignInAnswer),
  claims: shape({ pending: Joi.array().items(claimAnswer), decided: Joi.array().items(claimAnswer) }),
});

/** The member's page beyond the ledger: what is coming up, where they signed in, what they asked for. */
async function myPointsActivity(actor: Actor, now: Date) {
  const [upcoming, signIns, claims] = await Promise.all([upcomingActivities(actor, now), recentSignIns(actor.id), memberClaimsSummary(actor.id)]);
  return { upcomingActivities: upcoming.items, recentSignIns: signIns, claims };
}

export function memberRoutes(deps: Deps): RouteDef[] {
  return [
    { method: 'get', path: '/me/points/activity', tag: '党员积分', summary: '我的活动与申请：本居村（及街镇、区）近 30 天的活动、最近签到、待审核与已处理的积分申请', access: ['member'], response: pointsActivityAnswer,
      handler: ({ actor }) => myPointsActivity(actor, deps.clock()) },
  ];
}
