export { trainingRoutes } from './training.routes.js';
export { createSession } from './training.service.js';
export { tickAttendance } from './attendance.service.js';
export { monthTraining } from './record.service.js';
