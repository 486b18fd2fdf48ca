export { orgRoutes } from './org.routes.js';
export { getOrgUnit } from './org.service.js';
