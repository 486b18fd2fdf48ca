import type { RouteDef } from './http/route.js';
import type { Deps } from './deps.js';
import { accountRoutes } from './modules/accounts/index.js';
import { activityRoutes } from './modules/activities/index.js';
import { assessmentRoutes } from './modules/assessments/index.js';
import { caseRoutes } from './modules/cases/index.js';
import { dashboardRoutes } from './modules/dashboard/index.js';
import { awardRoutes, evaluationRoutes } from './modules/evaluation/index.js';
import { notificationRoutes } from './modules/notifications/index.js';
import { jobRoutes } from './modules/operations/index.js';
import { mentorshipRoutes } from './modules/mentorship/index.js';
import { orgRoutes } from './modules/org/index.js';
import { pointsRoutes } from './modules/points/index.js';
import { pointClaimRoutes } from './modules/point-claims/index.js';
import { memberRoutes } from './modules/member/index.js';
import { publicRoutes } from './modules/public/index.js';
import { projectRoutes } from './modules/projects/index.js';
import { rosterRoutes } from './modules/roster/index.js';
import { userRoutes } from './modules/users/index.js';
import { votingRoutes } from './modules/voting/index.js';
import { trainingRoutes } from './modules/training/index.js';

/** Every /api/v1 route, in one table: mounted by app.ts and documented by the OpenAPI generator. */
export function allRoutes(deps: Deps): RouteDef[] {
  return [...accountRoutes(deps), ...orgRoutes(), ...userRoutes(deps), ...mentorshipRoutes(deps), ...rosterRoutes(deps), ...pointsRoutes(deps), ...pointClaimRoutes(deps), ...memberRoutes(deps), ...activityRoutes(deps), ...projectRoutes(deps),
    ...assessmentRoutes(deps), ...evaluationRoutes(deps), ...awardRoutes(deps), ...notificationRoutes(deps), ...jobRoutes(deps), ...dashboardRoutes(deps), ...publicRoutes(deps),
    ...votingRoutes(deps), ...caseRoutes(deps), ...trainingRoutes(deps)];
}
