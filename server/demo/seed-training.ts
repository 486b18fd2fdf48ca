import { monthKey, monthRange } from '../lib/time.js';
import { createSession, tickAttendance } from '../modules/training/index.js';
import { actorOf } from './seed-activities.js';
import type { DemoOrg } from './seed-org.js';

const HOUR = 3_600_000;
/** 小梁 invited to the district session (the demo 小梁 first): enough for the pages at any scale. */
const INVITED = 12;

/**
 * Training through the services (四训并举): a 区级联训 held earlier today with an outside expert, most
 * of its invitees present (ticked by the organiser), and a 街镇工作室 in the demo 小梁's street in two
 * days, led by a 大梁 of that street and organised by the street's 党建办.
 */
export async function seedTraining(org: DemoOrg, now: Date) {
  const admin = actorOf(org.admin, 'admin');
  const heldAt = new Date(Math.max(monthRange(monthKey(now)).start.getTime(), now.getTime() - 3 * HOUR));
  const invited = org.mentees.slice(0, INVITED);
  const district = await createSession({
    level: 'district', scopeId: String(org.district), topic: '区级联训：居民区议事协商的方法', trainer: { kind: 'expert', name: '陈晓华', title: '区委党校教授' },
    place: '区委党校报告厅', startAt: heldAt, endAt: new Date(heldAt.getTime() + 2 * HOUR), inviteeIds: invited.map((m) => String(m._id)),
  }, admin, now);
  const present = invited.filter((_, i) => i % 4 !== 3);
  await tickAttendance(String(district._id), present.map((m) => String(m._id)), admin, now);

  const street = String(org.mentees[0]?.streetId ?? '');
  const leader = org.mentors.find((m) => String(m.streetId) === street);
  const staff = org.departments.find((d) => String(d.streetId) === street);
  let sessions = 1;
  if (leader && staff) {
    const inTwoDays = new Date(now.getTime() + 48 * HOUR);
    await createSession({
      level: 'street-studio', scopeId: street, topic: '街镇工作室：“开门第一件事”项目复盘', trainer: { kind: 'mentor', userId: String(leader._id) },
      place: '街道党群服务中心', startAt: inTwoDays, endAt: new Date(inTwoDays.getTime() + 2 * HOUR),
      inviteeIds: org.mentees.filter((m) => String(m.streetId) === street).slice(0, 10).map((m) => String(m._id)),
    }, actorOf(staff, 'department'), now);
    sessions++;
  }
  return { trainingSessions: sessions, trainingAttendances: present.length };
}
