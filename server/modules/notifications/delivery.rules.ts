import type { QuietHours } from '../../config-notify.js';
import type { GroupChannelConfig } from '../../lib/channels/types.js';
import { dayjs, local, TIME_ZONE } from '../../lib/time.js';

/** Kinds of reminder a user can set a preference for, with the names the console shows. */
export const NOTIFICATION_KINDS: Readonly<Record<string, string>> = Object.freeze({
  inactive_mentee: '小梁本月未记录项目进展',
  inactive_mentor: '大梁本月未记录带教',
  whistle_overdue: '吹哨事项超期',
  points_claim_pending: '积分申请待审核',
  points_claim_approved: '积分申请已通过',
  points_claim_rejected: '积分申请未通过',
});

/** How a user wants a kind of reminder beyond the console: not at all, at once by SMS, or in a daily SMS digest. */
export const DELIVERY_MODES = ['console', 'immediate', 'digest'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
/** Users who never chose keep what they had: reminders in the console only (no SMS). */
export const DEFAULT_MODE: DeliveryMode = 'console';

export const modeFor = (modes: Record<string, string> | undefined, kind: string): DeliveryMode =>
  (DELIVERY_MODES as readonly string[]).includes(modes?.[kind] ?? '') ? (modes![kind] as DeliveryMode) : DEFAULT_MODE;

const MAX_RETRY_DELAY_MS = 6 * 60 * 60_000;

/** Wait after failed attempt n (1-based): base, 2×base, 4×base … capped at 6 hours. */
export const retryDelayMs = (attempt: number, baseMs: number) => Math.min(baseMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);

/** What follows failed attempt n: another attempt after the backoff, or the dead letter once n reaches the maximum. */
export function afterFailure(attempt: number, maxAttempts: number, now: Date, baseMs: number):
  { status: 'dead' } | { status: 'pending'; nextAttemptAt: Date } {
  if (attempt >= maxAttempts) return { status: 'dead' };
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt, baseMs)) };
}

/** The end of the quiet hours when `at` falls inside them (Shanghai time); null when it does not. */
export function quietUntil(at: Date, quiet: QuietHours | null): Date | null {
  if (!quiet) return null;
  const t = local(at);
  const minute = t.hour() * 60 + t.minute();
  const endToday = t.startOf('day').add(quiet.endMinute, 'minute');
  const { startMinute: start, endMinute: end } = quiet;
  if (start < end) return minute >= start && minute < end ? endToday.toDate() : null;
  if (minute >= start) return endToday.add(1, 'day').toDate();
  return minute < end ? endToday.toDate() : null;
}

/** When an immediate delivery may go: `at`, or the morning after the quiet hours it falls in. */
export const outsideQuietHours = (at: Date, quiet: QuietHours | null) => quietUntil(at, quiet) ?? at;

/** The next digest of a reader who chose `hour`: the first hour:00 in Shanghai strictly after `now`. */
export function nextDigestSlot(now: Date, hour: number): { slotAt: Date; slotDay: string } {
  let slot = local(now).startOf('day').add(hour, 'hour');
  if (!slot.isAfter(dayjs(now))) slot = slot.add(1, 'day');
  return { slotAt: slot.toDate(), slotDay: slot.tz(TIME_ZONE).format('YYYY-MM-DD') };
}

export interface DigestEntry {
  _id: string;
  userId: { toString(): string };
  title: string;
  createdAt?: Date;
}

/** Digest items grouped per reader and digest day, oldest first inside a group: one message each. */
export function groupDigestItems<T extends DigestEntry & { slotDay: string }>(items: T[]): Array<{ userId: string; slotDay: string; items: T[] }> {
  const groups = new Map<string, { userId: string; slotDay: string; items: T[] }>();
  for (const item of items) {
    const key = `${item.userId}:${item.slotDay}`;
    if (!groups.has(key)) groups.set(key, { userId: String(item.userId), slotDay: item.slotDay, items: [] });
    groups.get(key)!.items.push(item);
  }
  const time = (i: T) => i.createdAt?.getTime() ?? 0;
  return [...groups.values()]
    .map((g) => ({ ...g, items: [...g.items].sort((a, b) => time(a) - time(b) || a._id.localeCompare(b._id)) }))
    .sort((a, b) => a.slotDay.localeCompare(b.slotDay) || a.userId.localeCompare(b.userId));
}

/** The one message of a digest: a count in the title, one line per reminder. */
export function digestMessage(slotDay: string, titles: string[]) {
  return {
    title: `${slotDay} 提醒汇总：${titles.length} 条 (daily digest: ${titles.length})`,
    body: titles.map((t, i) => `${i + 1}. ${t}`).join('\n'),
  };
}

/** A group channel receives a reminder when it serves the recipient's street (or the whole district) and that kind. */
export const channelServes = (channel: Pick<GroupChannelConfig, 'enabled' | 'streetId' | 'kinds'>, r: { streetId: string | null; kind: string }) =>
  channel.enabled && (channel.streetId === null || channel.streetId === r.streetId) && (channel.kinds.length === 0 || channel.kinds.includes(r.kind));

/** The full URL of a console path; the console's home when the reminder has no page. */
export const consoleUrl = (publicUrl: string, link: string | null | undefined) => `${publicUrl}${link && link.startsWith('/') ? link : '/'}`;
