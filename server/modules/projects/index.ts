export { projectRoutes } from './projects.routes.js';
export { categoryNames, seedDefaultCategories } from './categories.service.js';
export { isWhistleOverdue } from './projects.rules.js';
export { watchOverdueWhistles } from './whistles.service.js';
export { popularityRanking, votesKey } from './votes.service.js';
export { comparePopularity, POPULARITY_FORMULA } from './projects.rules.js';
export { getProjectOrThrow, sweepProjectLocks } from './projects.service.js';
