import { DigestItem, NotificationDelivery, type DeliveryDoc, type DigestItemDoc } from '../../../models/notification-delivery.model.js';
import type { Deps } from '../../deps.js';
import { local } from '../../lib/time.js';
import { consoleUrl, digestMessage, groupDigestItems, nextDigestSlot } from './delivery.rules.js';
import { SMS_CHANNEL_ID } from './fanout.service.js';
import { enqueueDelivery } from './outbox.js';

/**
 * notification-digest: the reminders whose digest hour has come, one SMS per reader and day. The
 * digest's `_id` "digest:<userId>:<day>|sms" makes it once per reader and day however often the job
 * runs; an item the stored digest does not hold (its reader moved the hour later that same day) goes
 * into the next day's digest instead of being lost.
 */
export async function buildDigests(now: Date, deps: Deps) {
  const due = await DigestItem.find({ status: 'waiting', slotAt: { $lte: now } }).lean<DigestItemDoc[]>();
  let digests = 0;
  let items = 0;
  for (const group of groupDigestItems(due)) {
    const id = `digest:${group.userId}:${group.slotDay}|${SMS_CHANNEL_ID}`;
    const message = digestMessage(group.slotDay, group.items.map((i) => i.title));
    digests += Number(await enqueueDelivery({
      _id: id, channelId: SMS_CHANNEL_ID, channelKind: 'sms', notificationIds: group.items.map((i) => i._id), userId: group.items[0].userId,
      kind: 'digest', ...message, url: consoleUrl(deps.config.publicUrl, '/'), maxAttempts: deps.config.notify.maxAttempts,
      nextAttemptAt: now, respectQuietHours: false,
    }));
    const stored = await NotificationDelivery.findById(id).lean<DeliveryDoc>();
    const held = new Set(stored?.notificationIds ?? []);
    const included = group.items.filter((i) => held.has(i._id)).map((i) => i._id);
    if (included.length) await DigestItem.updateMany({ _id: { $in: included } }, { $set: { status: 'digested' } });
    items += included.length;
    for (const late of group.items.filter((i) => !held.has(i._id))) {
      await DigestItem.updateOne({ _id: late._id }, { $set: nextDigestSlot(late.slotAt, local(late.slotAt).hour()) });
    }
  }
  return { digests, items };
}
