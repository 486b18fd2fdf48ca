import { randomUUID } from 'node:crypto';
import { DeliveryClaim, NotificationDelivery, type DeliveryDoc } from '../../../models/notification-delivery.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import type { Deps } from '../../deps.js';
import { sendToChannel, type GroupChannelConfig } from '../../lib/channels/index.js';
import { pastGrace } from '../../lib/claims.js';
import { isDuplicateKeyError } from '../../lib/errors.js';
import { allChannels } from './channels.service.js';
import { afterFailure, quietUntil } from './delivery.rules.js';

/** Due deliveries attempted per run; the rest wait for the next run (a minute later by default). */
const SEND_BATCH = 100;

/** A failure no retry can mend (no phone, channel removed): dead-lettered at once. */
class PermanentFailure extends Error {}

type Outcome = 'sent' | 'failed' | 'dead' | 'deferred' | 'claimed_elsewhere';

/**
 * Sends the due deliveries. Attempt n of a delivery is claimed by inserting "<id>#<n>": of two runs
 * that overlap, exactly one sends it. The outcome is written on the delivery (never only logged):
 * sent, or the error and the next attempt after the backoff, or dead after the last attempt.
 */
export async function sendDueDeliveries(now: Date, deps: Deps) {
  const due = await NotificationDelivery.find({ status: 'pending', nextAttemptAt: { $lte: now } })
    .sort({ nextAttemptAt: 1, _id: 1 }).limit(SEND_BATCH).lean<DeliveryDoc[]>();
  const counts: Record<Outcome, number> = { sent: 0, failed: 0, dead: 0, deferred: 0, claimed_elsewhere: 0 };
  if (due.length === 0) return counts;
  const channels = await allChannels(deps.config.notify);
  const owner = randomUUID();
  for (const d of due) counts[await attempt(d, channels, owner, now, deps)]++;
  return counts;
}

async function attempt(d: DeliveryDoc, channels: GroupChannelConfig[], owner: string, now: Date, deps: Deps): Promise<Outcome> {
  const quietEnd = d.respectQuietHours ? quietUntil(now, deps.config.notify.quietHours) : null;
  if (quietEnd) {
    await NotificationDelivery.updateOne({ _id: d._id, status: 'pending', attempts: d.attempts }, { $set: { nextAttemptAt: quietEnd } });
    return 'deferred';
  }
  const n = d.attempts + 1;
  if (!(await claimAttempt(d, n, owner, now, deps))) return 'claimed_elsewhere';
  try {
    await send(d, channels, now, deps);
  } catch (err) {
    return recordFailure(d, n, err as Error, now, deps, err instanceof PermanentFailure);
  }
  await NotificationDelivery.updateOne({ _id: d._id }, {
    $set: { status: 'sent', attempts: n, sentAt: now, lastError: null },
    $push: { attemptLog: { attempt: n, at: now, ok: true, error: null } },
  });
  return 'sent';
}

/**
 * True when this run holds attempt n. A claim whose sender never recorded an outcome (a crash
 * mid-send) is, past the grace period, recorded as a failed attempt of unknown outcome, so the
 * delivery moves on to the next attempt instead of waiting forever.
 */
async function claimAttempt(d: DeliveryDoc, n: number, owner: string, now: Date, deps: Deps): Promise<boolean> {
  try {
    await DeliveryClaim.create({ _id: `${d._id}#${n}`, owner });
    return true;
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const claim = await DeliveryClaim.findById(`${d._id}#${n}`).lean<{ createdAt: Date }>();
  const current = await NotificationDelivery.findById(d._id).lean<DeliveryDoc>();
  if (claim && current && current.attempts < n && pastGrace(claim.createdAt)) {
    await recordFailure(d, n, new Error('发送结果未知：发送进程中断 (outcome unknown: the sender stopped mid-send)'), now, deps, false);
  }
  return false;
}

async function send(d: DeliveryDoc, channels: GroupChannelConfig[], now: Date, deps: Deps) {
  const message = { id: d._id, kind: d.kind, title: d.title, body: d.body, url: d.url, recipient: d.recipient };
  if (d.channelKind === 'sms') {
    const user = d.userId ? await User.findById(d.userId).lean<UserDoc>() : null;
    if (!user?.phone || !user.active) throw new PermanentFailure('收件人无手机号或已停用 (recipient has no phone or is inactive)');
    return deps.sms.sendNotice(user.phone, { title: d.title, url: d.url }, now);
  }
  const channel = channels.find((c) => c.id === d.channelId);
  if (!channel || !channel.enabled) throw new PermanentFailure(`渠道已删除或停用 (channel ${d.channelId} removed or disabled)`);
  return sendToChannel(channel, message, now);
}

async function recordFailure(d: DeliveryDoc, n: number, err: Error, now: Date, deps: Deps, permanent: boolean): Promise<Outcome> {
  const next = permanent ? { status: 'dead' as const } : afterFailure(n, d.maxAttempts, now, deps.config.notify.retryBaseMs);
  const set = next.status === 'dead'
    ? { status: 'dead', attempts: n, lastError: err.message, deadAt: now }
    : { status: 'pending', attempts: n, lastError: err.message, nextAttemptAt: next.nextAttemptAt };
  await NotificationDelivery.updateOne({ _id: d._id }, { $set: set, $push: { attemptLog: { attempt: n, at: now, ok: false, error: err.message } } });
  const log = { delivery: d._id, channel: d.channelId, attempt: n, err: err.message };
  if (next.status === 'dead') deps.logger.error(log, '提醒投递失败，已转入死信 (delivery dead-lettered)');
  else deps.logger.warn({ ...log, nextAttemptAt: next.nextAttemptAt }, '提醒投递失败，稍后重试 (delivery failed; will retry)');
  return next.status === 'dead' ? 'dead' : 'failed';
}
