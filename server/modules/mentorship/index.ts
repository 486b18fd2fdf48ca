export { mentorshipRoutes } from './mentorship.routes.js';
export { createMentorship, endMentorship, pairSecretaries } from './mentorship.service.js';
export { canMentor, capacityOf, capacityShortfall, STAGE_NAMES } from './mentorship.rules.js';
export { changeStage } from './secretaries.service.js';
export { sweepPairClaims } from './pair-claims.js';
