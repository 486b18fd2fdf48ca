export { accountRoutes } from './accounts.routes.js';
export { publicUserAnswer } from './accounts.schemas.js';
export { hashPassword, loadActor, newTokenVersion, toPublicUser } from './accounts.service.js';
export { endsSessions } from './accounts.rules.js';
export { ensureBootstrapAdmin } from './bootstrap-admin.js';
