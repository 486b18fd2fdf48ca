import type { Actor, Role } from '../lib/actor.js';
import { monthKey, monthRange } from '../lib/time.js';
import { addAttendees, closeActivity, createActivity } from '../modules/activities/index.js';
import { decideClaim, submitClaim } from '../modules/point-claims/index.js';
import type { DemoOrg, Person } from './seed-org.js';

const HOUR = 3_600_000;
/** Communities given activities and claims (the demo logins' community first): enough for the pages, cheap at any scale. */
const COMMUNITIES = 6;

export const actorOf = (p: Person, role: Role): Actor => ({
  id: String(p._id), role, username: p.displayName,
  orgUnitId: p.orgUnitId ? String(p.orgUnitId) : undefined, streetId: p.streetId ? String(p.streetId) : undefined, districtId: p.districtId ? String(p.districtId) : undefined,
});

/**
 * Activities, sign-ins and claims through the services themselves (awards, caps and notifications as
 * in use): in each of the first communities a themed party day held today and closed with its
 * attendees' points, a volunteer activity in two days, one approved and one pending claim. Every
 * date stays in the current month, which secretaries may still write to.
 */
export async function seedActivitiesAndClaims(org: DemoOrg, now: Date) {
  const monthStart = monthRange(monthKey(now)).start.getTime();
  const heldAt = new Date(Math.max(monthStart, now.getTime() - 3 * HOUR));
  const counts = { activities: 0, attendances: 0, claims: 0 };
  for (const community of org.communities.slice(0, COMMUNITIES)) {
    const here = (p: Person) => String(p.orgUnitId) === String(community._id);
    const secretary = org.mentees.find(here);
    const members = org.members.filter(here).slice(0, 8);
    if (!secretary || members.length < 2) continue;
    const organiser = actorOf(secretary, 'secretary');
    const place = `${community.name}党群服务站`;
    const held = await createActivity({
      title: '主题党日：微党课《基层治理的“小切口”》', kind: 'party_day_lesson', place, startAt: heldAt, endAt: new Date(heldAt.getTime() + HOUR), capacity: null, signUp: false,
    }, organiser);
    await addAttendees(String(held._id), members.map((m) => String(m._id)), organiser, now);
    await closeActivity(String(held._id), organiser, now);
    const inTwoDays = new Date(now.getTime() + 48 * HOUR);
    await createActivity({ title: '志愿服务：小区环境整治', kind: 'volunteer_hour', place, startAt: inTwoDays, endAt: new Date(inTwoDays.getTime() + 2 * HOUR), capacity: 30, signUp: true }, organiser);
    counts.activities += 2;
    counts.attendances += members.length;

    const claimFor = (m: Person, description: string) => submitClaim({ ruleKey: 'volunteer_hour', occurredAt: heldAt, quantity: 2, description, photos: [] }, actorOf(m, 'member'), now);
    const approved = await claimFor(members[0], '协助社区为独居老人上门送餐两小时');
    await decideClaim(String(approved._id), 'approved', null, organiser, now);
    await claimFor(members[1], '在小区垃圾分类点值守两小时');
    counts.claims += 2;
  }
  return counts;
}
