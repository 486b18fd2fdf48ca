import { Types } from 'mongoose';
import { Notification, type NotificationDoc } from '../../../models/notification.model.js';
import { isDuplicateKeyError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { skipFor } from '../../lib/paging.js';

export interface NewNotification {
  /** Deterministic id: the same reminder from a re-run job is stored once. */
  id: string;
  userId: string | Types.ObjectId;
  kind: string;
  title: string;
  body?: string;
  link?: string;
}

/**
 * Delivery beyond the in-app inbox (SMS, WeChat) plugs in here: each channel gets every newly
 * stored notification. None is registered by default; delivery is out of scope for now.
 */
export interface NotificationChannel {
  name: string;
  deliver(n: NewNotification): Promise<void>;
}
const channels: NotificationChannel[] = [];
export const registerChannel = (c: NotificationChannel) => channels.push(c);

/** Stores the notification once; returns false when it already existed (a job re-run). */
export async function notify(n: NewNotification): Promise<boolean> {
  try {
    await Notification.create({ _id: n.id, userId: n.userId, kind: n.kind, title: n.title, body: n.body ?? '', link: n.link ?? null });
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
  await Promise.all(channels.map((c) => c.deliver(n).catch(() => undefined)));
  return true;
}

export async function myNotifications(actor: Actor, q: { unread?: boolean; page: number; pageSize: number }) {
  const filter: Record<string, unknown> = { userId: new Types.ObjectId(actor.id) };
  if (q.unread) filter.readAt = null;
  const [items, total, unread] = await Promise.all([
    Notification.find(filter).sort({ createdAt: -1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<NotificationDoc[]>(),
    Notification.countDocuments(filter),
    Notification.countDocuments({ userId: new Types.ObjectId(actor.id), readAt: null }),
  ]);
  return { items, page: q.page, pageSize: q.pageSize, total, unread };
}

export async function markRead(id: string, actor: Actor, now: Date) {
  const n = await Notification.findById(id).lean<NotificationDoc>();
  if (!n || String(n.userId) !== actor.id) throw notFound('提醒');
  if (!n.readAt) await Notification.updateOne({ _id: id, readAt: null }, { $set: { readAt: now } });
  return Notification.findById(id).lean<NotificationDoc>();
}

export async function markAllRead(actor: Actor, now: Date) {
  const res = await Notification.updateMany({ userId: new Types.ObjectId(actor.id), readAt: null }, { $set: { readAt: now } });
  return { marked: res.modifiedCount };
}
