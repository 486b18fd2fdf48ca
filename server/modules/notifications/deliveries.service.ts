import { NotificationDelivery, type DeliveryDoc, type DeliveryStatus } from '../../../models/notification-delivery.model.js';
import type { Deps } from '../../deps.js';
import { conflict, notFound } from '../../lib/errors.js';
import { skipFor, type Page } from '../../lib/paging.js';

/** The outbox for admins, newest first, filtered by status (an indexed equality key) and paged in the database. */
export async function listDeliveries(q: { status?: DeliveryStatus; page: number; pageSize: number }): Promise<Page<DeliveryDoc>> {
  const filter = q.status ? { status: q.status } : {};
  const [items, total] = await Promise.all([
    NotificationDelivery.find(filter).sort({ createdAt: -1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<DeliveryDoc[]>(),
    NotificationDelivery.countDocuments(filter),
  ]);
  return { items, page: q.page, pageSize: q.pageSize, total };
}

/** A dead letter gets another round of attempts, from now (attempt numbers go on, so earlier claims stay valid). */
export async function retryDelivery(id: string, deps: Deps) {
  const d = await NotificationDelivery.findById(id).lean<DeliveryDoc>();
  if (!d) throw notFound('投递记录');
  if (d.status !== 'dead') throw conflict('delivery_not_dead', '只能重试已转入死信的投递 (only dead deliveries can be retried)', [{ status: d.status }]);
  await NotificationDelivery.updateOne({ _id: id, status: 'dead' }, {
    $set: { status: 'pending', maxAttempts: d.attempts + deps.config.notify.maxAttempts, nextAttemptAt: deps.clock(), deadAt: null },
  });
  return NotificationDelivery.findById(id).lean<DeliveryDoc>();
}
