import { Types } from 'mongoose';
import { PointsEntry } from '../../models/points.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { monthKey, yearKey } from '../../server/lib/time.js';

/** A ledger entry written directly (the HTTP path has its own tests). */
export async function ledgerEntry(member: UserDoc, points: number, occurredAt: string, extra: Record<string, unknown> = {}) {
  const at = new Date(occurredAt);
  const doc = await PointsEntry.create({
    memberId: member._id, communityId: member.orgUnitId!, streetId: member.streetId, districtId: member.districtId,
    kind: 'award', ruleKey: 'micro_lesson', ruleName: '讲授微党课', quantity: 1, pointsPerUnit: points, points,
    occurredAt: at, month: monthKey(at), year: yearKey(at), createdById: new Types.ObjectId(), ...extra,
  });
  return doc.toObject();
}
