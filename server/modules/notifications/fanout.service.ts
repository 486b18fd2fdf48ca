import { DigestItem, NotificationFanout } from '../../../models/notification-delivery.model.js';
import { Notification, type NotificationDoc } from '../../../models/notification.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import type { Deps } from '../../deps.js';
import type { GroupChannelConfig } from '../../lib/channels/types.js';
import { allChannels } from './channels.service.js';
import { channelServes, consoleUrl, modeFor, nextDigestSlot, outsideQuietHours } from './delivery.rules.js';
import { enqueueDelivery, insertOnce } from './outbox.js';
import { preferenceOf } from './preferences.service.js';
import { dataChanged } from '../../db/versioned-cache.js';
import { inboxKey } from './notifications.service.js';

/** Queued reminders handed over per run; the rest wait for the next run. */
const FANOUT_BATCH = 500;

export const SMS_CHANNEL_ID = 'sms';

interface FanoutCounts { notifications: number; deliveries: number; digestItems: number }

/**
 * Hands stored reminders to the outbox: one delivery per group channel that serves the recipient's
 * street and the reminder's kind (once per topic), and by SMS as the recipient chose (at once, or
 * into their daily digest). Every insert is keyed, so a run cut off and repeated adds nothing.
 */
export async function fanOutQueued(now: Date, deps: Deps): Promise<FanoutCounts> {
  const queued = await NotificationFanout.find({}).sort({ createdAt: 1 }).limit(FANOUT_BATCH).lean<Array<{ _id: string }>>();
  const counts: FanoutCounts = { notifications: 0, deliveries: 0, digestItems: 0 };
  if (queued.length === 0) return counts;
  const channels = await allChannels(deps.config.notify);
  for (const { _id } of queued) {
    const n = await Notification.findById(_id).lean<NotificationDoc>();
    if (n) {
      const added = await fanOutOne(n, channels, now, deps);
      counts.deliveries += added.deliveries;
      counts.digestItems += added.digestItems;
      counts.notifications++;
      await Notification.updateOne({ _id }, { $set: { fanout: 'done' } });
      await dataChanged(inboxKey(n.userId));
    }
    await NotificationFanout.deleteOne({ _id });
  }
  return counts;
}

async function fanOutOne(n: NotificationDoc, channels: GroupChannelConfig[], now: Date, deps: Deps) {
  const { notify, publicUrl } = deps.config;
  const user = await User.findById(n.userId).lean<UserDoc>();
  const url = consoleUrl(publicUrl, n.link);
  const base = { notificationIds: [n._id], kind: n.kind, title: n.title, body: n.body ?? '', url, maxAttempts: notify.maxAttempts };
  const immediateAt = outsideQuietHours(now, notify.quietHours);
  let deliveries = 0;
  let digestItems = 0;
  const served = channels.filter((c) => channelServes(c, { streetId: user?.streetId ? String(user.streetId) : null, kind: n.kind }));
  for (const channel of served) {
    const added = await enqueueDelivery({
      ...base, _id: `${n.topic ?? n._id}|${channel.id}`, channelId: channel.id, channelKind: channel.kind,
      // A topic is about a thing, not a person: the group sees it once, without a name.
      recipient: n.topic ? null : (user?.displayName ?? null), nextAttemptAt: immediateAt, respectQuietHours: true,
    });
    deliveries += Number(added);
  }
  if (!deps.sms.noticesEnabled || !user?.phone || !user.active) return { deliveries, digestItems };
  const pref = await preferenceOf(String(user._id));
  const mode = modeFor(pref?.modes, n.kind);
  if (mode === 'immediate') {
    deliveries += Number(await enqueueDelivery({
      ...base, _id: `${n._id}|${SMS_CHANNEL_ID}`, channelId: SMS_CHANNEL_ID, channelKind: 'sms', userId: user._id,
      nextAttemptAt: immediateAt, respectQuietHours: true,
    }));
  } else if (mode === 'digest') {
    const slot = nextDigestSlot(now, pref?.digestHour ?? notify.defaultDigestHour);
    digestItems += Number(await insertOnce(DigestItem, { _id: n._id, userId: user._id, kind: n.kind, title: n.title, link: n.link, ...slot }));
  }
  return { deliveries, digestItems };
}
