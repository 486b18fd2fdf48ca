export { activityRoutes } from './activities.routes.js';
export { recentSignIns, upcomingActivities } from './my-activities.service.js';
export { createActivity } from './activities.service.js';
export { addAttendees } from './attendance.service.js';
export { closeActivity } from './close.service.js';
export { audienceOf, calendarFilter, monthsOf } from './activities.rules.js';
export { activityAnswer, recentSignInAnswer } from './activities.schemas.js';
