export { activityRoutes } from './activities.routes.js';
