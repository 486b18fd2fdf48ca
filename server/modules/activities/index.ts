export { activityRoutes } from './activities.routes.js';
export { recentSignIns, upcomingActivities } from './my-activities.service.js';
