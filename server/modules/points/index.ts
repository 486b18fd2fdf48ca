export { pointsRoutes } from './points.routes.js';
export { seedDefaultRules } from './rules.service.js';
export { rankFromLedger, periodFilter, type Period, type Scope } from './leaderboard.service.js';
export { rankByPoints } from './points.rules.js';
export { runPointsRollup, rebuildPeriods } from './rollup.service.js';
export { flushSettled, sweepAwardClaims } from './award-claims.js';
export { awardOnce, sweepRevocations, type EntryInput } from './entries.service.js';
export { getActiveRule } from './rules.service.js';
