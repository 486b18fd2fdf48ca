export { pointClaimRoutes } from './claims.routes.js';
export { remindPendingClaims } from './reminders.service.js';
export { memberClaimsSummary } from './claims.service.js';
