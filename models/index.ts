// Importing this registers every model with mongoose (needed before syncIndexes()).
export * from './org-unit.model.js';
export * from './user.model.js';
export * from './mentorship.model.js';
export * from './points.model.js';
export * from './project.model.js';
export * from './whistle.model.js';
export * from './vote.model.js';
export * from './rollup.model.js';
export * from './notification.model.js';
export * from './assessment.model.js';
export * from './evaluation.model.js';
export * from './cache-version.model.js';
export * from './transition.model.js';
export * from './rate-limit.model.js';
export * from './voting.model.js';
export * from './activity.model.js';
export * from './points-claim.model.js';
