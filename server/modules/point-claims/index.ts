export { pointClaimRoutes } from './claims.routes.js';
export { remindPendingClaims } from './reminders.service.js';
export { memberClaimsSummary } from './claims.service.js';
export { submitClaim } from './claims.service.js';
export { decideClaim } from './decide.service.js';
export { claimAnswer } from './claims.schemas.js';
