import { PointsEntry, Revocation } from '../../models/points.model.js';
import { monthRange, previousMonth, monthKey } from '../lib/time.js';
import { DEFAULT_RULES } from '../modules/points/points.rules.js';
import { objectIdsAt } from './object-ids.js';
import type { DemoOrg } from './seed-org.js';
import type { Random } from './random.js';

const BATCH = 10_000;
const rule = (key: string) => DEFAULT_RULES.find((r) => r._id === key)!;

/**
 * A year of party-member points, written straight to the ledger in batches: the twelve months
 * before the current one (the current month stays empty, so live caps start clean). Each
 * member-month respects the rules' monthly caps; about 1 in 1,000 awards is revoked.
 */
export async function seedPoints(r: Random, org: DemoOrg, now: Date, onProgress: (done: number, total: number) => void) {
  const months: string[] = [];
  for (let m = previousMonth(monthKey(now)); months.length < 12; m = previousMonth(m)) months.unshift(m);
  const secretaryOf = new Map(org.mentees.map((s) => [String(s.orgUnitId), s._id]));
  const idAt = objectIdsAt();
  let batch: object[] = [];
  let revocations: object[] = [];
  let written = 0;
  let revoked = 0;
  const flush = async () => {
    if (!batch.length) return;
    await PointsEntry.collection.insertMany(batch, { ordered: false });
    if (revocations.length) await Revocation.collection.insertMany(revocations as never[], { ordered: false });
    written += batch.length;
    batch = [];
    revocations = [];
  };
  const total = org.members.length * months.length;
  let step = 0;
  for (const member of org.members) {
    const createdById = secretaryOf.get(String(member.orgUnitId)) ?? org.admin._id;
    for (const month of months) {
      const { start } = monthRange(month);
      const day = (d: number) => new Date(start.getTime() + (d - 1) * 86_400_000 + r.int(8, 20) * 3_600_000);
      const add = (key: string, quantity = 1, occurredAt = day(r.int(1, 27))) => {
        const x = rule(key);
        const entry = {
          _id: idAt(occurredAt), memberId: member._id, communityId: member.orgUnitId, streetId: member.streetId, districtId: member.districtId,
          kind: 'award', ruleKey: x._id, ruleName: x.name, partyDayItem: x.partyDayItem, quantity, pointsPerUnit: x.points, points: x.points * quantity,
          occurredAt, month, year: Number(month.slice(0, 4)), note: '', createdById, revokesId: null, reason: null, createdAt: occurredAt,
        };
        batch.push(entry);
        if (r.chance(0.001)) {
          revoked++;
          const revocationId = idAt(occurredAt);
          batch.push({ ...entry, _id: revocationId, kind: 'revoke', points: -entry.points, revokesId: entry._id, reason: '登记有误', note: '撤销：登记有误' });
          revocations.push({ _id: String(entry._id), revocationId, createdAt: occurredAt });
        }
      };
      const partyDay = day(r.int(5, 15));
      for (const key of ['party_day_lesson', 'party_day_film', 'party_day_practice']) if (r.chance(0.8)) add(key, 1, partyDay);
      for (let k = r.int(0, 2); k > 0; k--) add('study_discussion');
      if (r.chance(0.05)) add('micro_lesson');
      for (let k = r.int(0, 2); k > 0; k--) add('volunteer_hour', r.int(1, 4));
    }
    step += months.length;
    if (batch.length >= BATCH) {
      await flush();
      onProgress(step, total);
    }
  }
  await flush();
  onProgress(total, total);
  return { entries: written, revoked, months: `${months[0]}…${months.at(-1)}` };
}
