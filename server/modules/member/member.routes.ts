import type { RouteDef } from '../../http/route.js';
import type { Deps } from '../../deps.js';
import type { Actor } from '../../lib/actor.js';
import { recentSignIns, upcomingActivities } from '../activities/index.js';
import { memberClaimsSummary } from '../point-claims/index.js';

/** The member's page beyond the ledger: what is coming up, where they signed in, what they asked for. */
async function myPointsActivity(actor: Actor, now: Date) {
  const [upcoming, signIns, claims] = await Promise.all([upcomingActivities(actor, now), recentSignIns(actor.id), memberClaimsSummary(actor.id)]);
  return { upcomingActivities: upcoming.items, recentSignIns: signIns, claims };
}

export function memberRoutes(deps: Deps): RouteDef[] {
  return [
    { method: 'get', path: '/me/points/activity', tag: '党员积分', summary: '我的活动与申请：本居村（及街镇、区）近 30 天的活动、最近签到、待审核与已处理的积分申请', access: ['member'],
      handler: ({ actor }) => myPointsActivity(actor, deps.clock()) },
  ];
}
