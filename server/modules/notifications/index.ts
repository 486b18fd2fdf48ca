export { notificationRoutes } from './notifications.routes.js';
export { notify, registerChannel, type NewNotification, type NotificationChannel } from './notifications.service.js';
