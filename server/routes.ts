import type { RouteDef } from './http/route.js';
import type { Deps } from './deps.js';
import { accountRoutes } from './modules/accounts/index.js';

/** Every /api/v1 route, in one table: mounted by app.ts and documented by the OpenAPI generator. */
export function allRoutes(deps: Deps): RouteDef[] {
  return [...accountRoutes(deps)];
}
