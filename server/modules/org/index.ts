export { orgRoutes } from './org.routes.js';
export { getOrgUnit, unitNames } from './org.service.js';
