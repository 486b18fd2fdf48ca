export { projectRoutes } from './projects.routes.js';
export { categoryNames, seedDefaultCategories } from './categories.service.js';
export { isWhistleOverdue } from './projects.rules.js';
export { watchOverdueWhistles } from './whistles.service.js';
export { votesKey } from './votes.service.js';
export { getProjectOrThrow, sweepProjectLocks } from './projects.service.js';
