export { evaluationRoutes } from './evaluation.routes.js';
export { awardRoutes } from './awards.routes.js';
export { computeCycleResults } from './results.service.js';
export { scoresKey } from './evaluation.rules.js';
export { scoresInsertedRaw } from './tallies.js';
export { computeOpenCycleAnomalies } from './results.service.js';
