export { notificationRoutes } from './notifications.routes.js';
export { notify, type NewNotification } from './notifications.service.js';
export { fanOutQueued } from './fanout.service.js';
export { sendDueDeliveries } from './delivery.service.js';
export { buildDigests } from './digest.service.js';
