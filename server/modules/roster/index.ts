export { rosterRoutes } from './roster.routes.js';
export { importRoster, type ImportReport } from './roster.service.js';
