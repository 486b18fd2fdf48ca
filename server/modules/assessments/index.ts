export { assessmentRoutes } from './assessment.routes.js';
export { runMonthlyAssessment } from './assessment.run.js';
