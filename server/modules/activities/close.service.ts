import { setTimeout as sleep } from 'node:timers/promises';
import { Activity, Attendance, type ActivityDoc, type AttendanceDoc } from '../../../models/activity.model.js';
import type { PointsEntryDoc } from '../../../models/points.model.js';
import { recordTransition } from '../../db/transitions.js';
import { conflict, DomainError } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { awardOnce, ruleInForce } from '../points/index.js';
import { awardKey, awardQuantity } from './activities.rules.js';
import { closeTransitionId, manageableActivity, toActivity } from './activities.service.js';

/** What the close froze: every attendee's award is this input, so re-closes and late additions hash alike. */
export interface CloseData extends Record<string, unknown> {
  byId: string;
  /** Who closed: awards for sign-ins that land after the close are written on their authority. */
  by: Actor;
  at: Date;
  award: { ruleKey: string; occurredAt: Date; quantity: number; note: string };
}

export type AwardOutcome =
  | { memberId: string; displayName: string; status: 'awarded' | 'already_awarded'; entryId: string; points: number }
  | { memberId: string; displayName: string; status: 'refused' | 'pending'; code: string; message: string };

/** A concurrent close (or addition) writing the same award: wait this long for it before answering `pending`. */
const IN_PROGRESS_WAIT_MS = 150;
const IN_PROGRESS_ATTEMPTS = 20;
/** Awards written at once by one close (each is about eight database operations). */
const CLOSE_CONCURRENCY = 4;

/**
 * Awards one attendee the frozen award under the deterministic key "activity:<id>:<memberId>": a
 * repeat (a re-close, a parallel close, a crash resumed) answers the entry already written. Refusals
 * (a cap reached, a closed month, a member moved away) are reported, not thrown.
 */
export async function awardAttendee(activityId: unknown, close: CloseData, attendee: Pick<AttendanceDoc, 'memberId' | 'displayName'>, actor: Actor, now: Date): Promise<AwardOutcome> {
  const who = { memberId: String(attendee.memberId), displayName: attendee.displayName };
  const input = { ...close.award, occurredAt: new Date(close.award.occurredAt), memberId: who.memberId };
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = await awardOnce(input, awardKey(activityId, who.memberId), actor, now);
      const entry = reply.body as PointsEntryDoc;
      return { ...who, status: reply.status === 201 ? 'awarded' : 'already_awarded', entryId: String(entry._id), points: entry.points };
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      if (err.code === 'request_in_progress' && attempt < IN_PROGRESS_ATTEMPTS) {
        await sleep(IN_PROGRESS_WAIT_MS);
        continue;
      }
      return { ...who, status: err.code === 'request_in_progress' ? 'pending' : 'refused', code: err.code, message: err.message };
    }
  }
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const summarize = (items: AwardOutcome[]) => ({
  attendees: items.length,
  awarded: items.filter((i) => i.status === 'awarded').length,
  alreadyAwarded: items.filter((i) => i.status === 'already_awarded').length,
  refused: items.filter((i) => i.status === 'refused').length,
  pending: items.filter((i) => i.status === 'pending').length,
});

/**
 * Closes the activity and awards the rule's points to every attendee. The close transition is
 * inserted first (one wins however many close at once) and freezes the award; every close, the
 * first or a repeat, then awards each attendee under their own key, so nobody is counted twice
 * and a close cut off half-way is finished by the next one.
 */
export async function closeActivity(id: string, actor: Actor, now: Date) {
  const a = await manageableActivity(id, actor);
  if (now < a.startAt) throw conflict('activity_not_started', '活动尚未开始，不能结束 (the activity has not started)');
  const rule = await ruleInForce(a.kind, a.startAt);
  const frozen: CloseData = {
    byId: actor.id,
    by: { id: actor.id, role: actor.role, username: actor.username, orgUnitId: actor.orgUnitId, streetId: actor.streetId, districtId: actor.districtId },
    at: now,
    award: { ruleKey: a.kind, occurredAt: a.startAt, quantity: awardQuantity(rule?.unit ?? 'event', a), note: `活动签到：${a.title}` },
  };
  const { transition } = await recordTransition<CloseData>(closeTransitionId(a._id), frozen);
  const close = transition.data;
  const closedAt = new Date(close.at);
  if (a.status !== 'closed') await Activity.updateOne({ _id: a._id }, { $set: { status: 'closed', closedAt } });
  const attendees = await Attendance.find({ activityId: a._id }).sort({ at: 1, _id: 1 }).lean<AttendanceDoc[]>();
  const items = await mapLimit(attendees, CLOSE_CONCURRENCY, (att) => awardAttendee(a._id, close, att, actor, now));
  return {
    activity: toActivity({ ...a, status: 'closed', closedAt } as ActivityDoc),
    closedAt,
    closedById: close.byId,
    award: { ...close.award, ruleName: rule?.name ?? null },
    summary: summarize(items),
    items,
  };
}
