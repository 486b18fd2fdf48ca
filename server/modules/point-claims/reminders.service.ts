import { Types } from 'mongoose';
import { PointsClaim, type PointsClaimDoc } from '../../../models/points-claim.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { dayKey, daysBetween } from '../../lib/time.js';
import { groupBy } from '../../lib/group-by.js';
import { notify } from '../notifications/index.js';
import { remindBefore } from './claims.rules.js';
import { settleDecided } from './decide.service.js';

/**
 * Reminds each community's secretary (admins, where a community has none) of claims pending for
 * `afterDays` days or more: one reminder per claim, recipient and Shanghai day (the notification's
 * `_id`), so a second run the same day adds nothing. Reads pending claims only (an indexed equality).
 */
export async function remindPendingClaims(now: Date, afterDays: number) {
  const cutoff = remindBefore(now, afterDays);
  const pending = await PointsClaim.find({ status: 'pending', submittedAt: { $lt: cutoff } }).sort({ submittedAt: 1 }).lean<PointsClaimDoc[]>();
  const waiting: PointsClaimDoc[] = [];
  for (const c of pending) if (!(await settleDecided(c, now))) waiting.push(c);
  const communities = [...new Set(waiting.map((c) => String(c.communityId)))].map((id) => new Types.ObjectId(id));
  const [secretaries, admins] = await Promise.all([
    User.find({ role: 'secretary', orgUnitId: { $in: communities }, active: true }, { _id: 1, orgUnitId: 1 }).lean<UserDoc[]>(),
    User.find({ role: 'admin', active: true }, { _id: 1 }).lean<UserDoc[]>(),
  ]);
  const byCommunity = groupBy(secretaries, (s) => String(s.orgUnitId));
  const day = dayKey(now);
  let reminders = 0;
  for (const c of waiting) {
    const recipients = byCommunity.get(String(c.communityId)) ?? admins;
    for (const r of recipients) {
      const sent = await notify({
        id: `points-claim-reminder:${c._id}:${day}:${r._id}`, userId: r._id, kind: 'points_claim_pending',
        title: `积分申请待审核：${c.displayName}「${c.ruleName}」`,
        body: `已等待 ${daysBetween(c.submittedAt, now)} 天：${c.description.slice(0, 60)}`, link: '/points/claims',
      });
      if (sent) reminders++;
    }
  }
  return { pending: waiting.length, reminders };
}
