export { caseRoutes } from './cases.routes.js';
export { markCase } from './cases.service.js';
export { setBestCases } from './best.service.js';
