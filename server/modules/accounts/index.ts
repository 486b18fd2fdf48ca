export { accountRoutes } from './accounts.routes.js';
export { ensureBootstrapAdmin, hashPassword, loadActor, toPublicUser } from './accounts.service.js';
