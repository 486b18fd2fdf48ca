import { Types } from 'mongoose';
import { Notification, type NotificationDoc } from '../../../models/notification.model.js';
import { NotificationFanout } from '../../../models/notification-delivery.model.js';
import { insertOnce } from './outbox.js';
import { isDuplicateKeyError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { skipFor } from '../../lib/paging.js';
import { cachedByVersion, dataChanged } from '../../db/versioned-cache.js';

/** The version key of one user's reminders: their bell's list is kept until one of them changes. */
export const inboxKey = (userId: unknown) => `notifications:${userId}`;

export interface NewNotification {
  /** Deterministic id: the same reminder from a re-run job is stored once. */
  id: string;
  userId: string | Types.ObjectId;
  kind: string;
  title: string;
  body?: string;
  /** The console path of what the reminder is about ("/mentee/project"): the bell opens it, outbox messages link to it. */
  link: string;
  /** Set when several people are reminded of one thing ("whistle-overdue:<id>"): a group channel posts it once. */
  topic?: string;
}

/**
 * Stores the reminder once and queues it for the outbox (notification-delivery hands it to the
 * channels). Returns false when it already existed (a job re-run); a first call cut off between
 * storing and queuing is queued by the repeat.
 */
export async function notify(n: NewNotification): Promise<boolean> {
  try {
    await Notification.create({
      _id: n.id, userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? '', link: n.link, topic: n.topic ?? null, fanout: 'pending',
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
    const stored = await Notification.findById(n.id).lean<NotificationDoc>();
    if (stored?.fanout === 'pending') await insertOnce(NotificationFanout, { _id: n.id });
    return false;
  }
  await dataChanged(inboxKey(n.userId));
  await insertOnce(NotificationFanout, { _id: n.id });
  return true;
}

export async function myNotifications(actor: Actor, q: { unread?: boolean; page: number; pageSize: number }) {
  const filter: Record<string, unknown> = { userId: new Types.ObjectId(actor.id) };
  if (q.unread) filter.readAt = null;
  // Each of the three reads every reminder of the user on FerretDB (an admin has hundreds).
  const [items, total, unread] = await cachedByVersion(inboxKey(actor.id), `inbox:${JSON.stringify(q)}`, () => Promise.all([
    Notification.find(filter).sort({ createdAt: -1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<NotificationDoc[]>(),
    Notification.countDocuments(filter),
    Notification.countDocuments({ userId: new Types.ObjectId(actor.id), readAt: null }),
  ]));
  return { items, page: q.page, pageSize: q.pageSize, total, unread };
}

export async function markRead(id: string, actor: Actor, now: Date) {
  const n = await Notification.findById(id).lean<NotificationDoc>();
  if (!n || String(n.userId) !== actor.id) throw notFound('提醒');
  if (!n.readAt) {
    await Notification.updateOne({ _id: id, readAt: null }, { $set: { readAt: now } });
    await dataChanged(inboxKey(actor.id));
  }
  return Notification.findById(id).lean<NotificationDoc>();
}

export async function markAllRead(actor: Actor, now: Date) {
  const res = await Notification.updateMany({ userId: new Types.ObjectId(actor.id), readAt: null }, { $set: { readAt: now } });
  await dataChanged(inboxKey(actor.id));
  return { marked: res.modifiedCount };
}
