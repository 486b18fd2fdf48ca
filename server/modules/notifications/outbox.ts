import { NotificationDelivery } from '../../../models/notification-delivery.model.js';
import { isDuplicateKeyError } from '../../lib/errors.js';

/** Inserts a document once: false when its `_id` exists (the same reminder handed over again). */
export async function insertOnce(model: { create(doc: object): Promise<unknown> }, doc: object): Promise<boolean> {
  try {
    await model.create(doc);
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

export interface NewDelivery {
  _id: string;
  channelId: string;
  channelKind: string;
  notificationIds: string[];
  userId?: unknown;
  kind: string;
  title: string;
  body: string;
  url: string;
  recipient?: string | null;
  maxAttempts: number;
  nextAttemptAt: Date;
  respectQuietHours: boolean;
}

/** Puts a message in the outbox once: its `_id` names the reminder (or topic, or digest) and the channel. */
export const enqueueDelivery = (d: NewDelivery) => insertOnce(NotificationDelivery, { ...d, status: 'pending', attempts: 0 });
