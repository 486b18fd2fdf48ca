import { Types } from 'mongoose';
import { MenteeLock, Mentorship, MentorSlot } from '../../models/mentorship.model.js';
import { OrgUnit } from '../../models/org-unit.model.js';
import { User } from '../../models/user.model.js';
import { hashPassword } from '../modules/accounts/index.js';
import { dayKey, dayStart } from '../lib/time.js';
import { communityName, personName, STREET_NAMES, type Random } from './random.js';
import { DEMO_LOGINS, DEMO_PASSWORD, type DemoScale } from './scales.js';

export interface Person { _id: Types.ObjectId; displayName: string; orgUnitId: Types.ObjectId | null; streetId: Types.ObjectId | null; districtId: Types.ObjectId | null }
export interface DemoOrg {
  district: Types.ObjectId;
  streets: Array<{ _id: Types.ObjectId; name: string }>;
  communities: Array<{ _id: Types.ObjectId; streetId: Types.ObjectId; name: string }>;
  mentees: Person[];
  mentors: Person[];
  evaluators: Person[];
  departments: Person[];
  members: Person[];
  admin: Person;
  pairs: Array<{ _id: Types.ObjectId; mentor: Person; mentee: Person; startDate: Date }>;
  logins: Record<string, string>;
}

const oid = () => new Types.ObjectId();

/** District, streets, communities, secretaries (小梁 and 大梁), evaluators, departments, members and the pairs. */
export async function seedOrg(r: Random, scale: DemoScale, now: Date): Promise<DemoOrg> {
  const district = oid();
  const streets = STREET_NAMES.slice(0, scale.streets).map((name) => ({ _id: oid(), name }));
  const communities = Array.from({ length: scale.communities }, (_, i) => {
    const street = streets[i % streets.length];
    return { _id: oid(), streetId: street._id, name: communityName(r, street.name.endsWith('镇') && r.chance(0.5)) };
  });
  await OrgUnit.insertMany([
    { _id: district, code: 'PT', name: '普陀区（演示）', level: 'district' },
    ...streets.map((s, i) => ({ _id: s._id, code: `PT-S${String(i + 1).padStart(2, '0')}`, name: s.name, level: 'street', parentId: district, districtId: district })),
    ...communities.map((c, i) => ({
      _id: c._id, code: `PT-C${String(i + 1).padStart(3, '0')}`, name: c.name, level: 'community', kind: c.name.endsWith('村委') ? 'village' : 'residential',
      parentId: c.streetId, streetId: c.streetId, districtId: district,
    })),
  ]);

  const demoHash = await hashPassword(DEMO_PASSWORD, 8);
  const users: Array<Record<string, unknown>> = [];
  const person = (fields: Record<string, unknown>): Person => {
    const p = { _id: oid(), displayName: personName(r), orgUnitId: null, streetId: null, districtId: district, ...fields } as Person;
    users.push({ ...p, ...fields, username: fields.username ?? `u${p._id}`, passwordHash: fields.passwordHash ?? null });
    return p;
  };
  const admin = person({ role: 'admin', displayName: '区委组织部（演示）', username: DEMO_LOGINS.admin, passwordHash: demoHash });
  const adminId = admin._id;
  const at = (c: (typeof communities)[number]) => ({ orgUnitId: c._id, streetId: c.streetId });
  const stageFor = (i: number) => (['new', 'empowered', 'empowered', 'excellent', 'graduated'] as const)[i % 5];
  const mentees = communities.map((c, i) => person({
    role: 'secretary', beam: 'mentee', stage: stageFor(i), ...at(c), username: i === 0 ? DEMO_LOGINS.小梁 : `sec${String(i + 1).padStart(3, '0')}`,
    passwordHash: i === 0 ? demoHash : null,
    stageHistory: [{ from: null, to: stageFor(i), reason: '演示数据', override: false, byId: adminId, at: now }],
  }));
  const categories = ['environment', 'parking', 'elderly', 'elevator', 'property', 'service'];
  const mentors = Array.from({ length: scale.mentors }, (_, i) => person({
    role: 'secretary', beam: 'mentor', ...at(communities[(i * 3) % communities.length]), username: i === 0 ? DEMO_LOGINS.大梁 : `mentor${String(i + 1).padStart(3, '0')}`,
    passwordHash: i === 0 ? demoHash : null, expertise: [categories[i % 6], categories[(i + 2) % 6]], mentorCapacity: 3,
  }));
  const evaluators = Array.from({ length: scale.evaluators }, (_, i) => person({
    role: 'evaluator', username: i === 0 ? DEMO_LOGINS.评估人员 : `eval${String(i + 1).padStart(2, '0')}`, passwordHash: i === 0 ? demoHash : null,
  }));
  const departments = streets.map((s, i) => person({
    role: 'department', displayName: `${s.name}党建办`, orgUnitId: s._id, streetId: s._id, username: i === 0 ? DEMO_LOGINS.部门 : `dept${String(i + 1).padStart(2, '0')}`,
    passwordHash: i === 0 ? demoHash : null,
  }));
  const members = Array.from({ length: scale.members }, (_, i) => person({
    role: 'member', ...at(communities[i % communities.length]), username: i === 0 ? DEMO_LOGINS.党员 : `m${String(i + 1).padStart(5, '0')}`,
    passwordHash: i === 0 ? demoHash : null,
  }));
  for (let i = 0; i < users.length; i += 5000) await User.insertMany(users.slice(i, i + 5000));

  // Every mentee paired: mentors take them in turn, at most 3 each (the default capacity).
  const pairs = mentees.map((mentee, i) => {
    const mentor = mentors[i % mentors.length];
    return { _id: oid(), mentor, mentee, slot: Math.floor(i / mentors.length) + 1, startDate: dayStart(dayKey(new Date(now.getTime() - r.int(120, 330) * 86_400_000))) };
  }).filter((p) => p.slot <= 3);
  await Mentorship.insertMany(pairs.map((p) => ({
    _id: p._id, mentorId: p.mentor._id, menteeId: p.mentee._id, streetId: p.mentee.streetId, districtId: district, cohort: String(now.getFullYear()),
    startDate: p.startDate, slot: p.slot, createdById: adminId,
  })));
  await MentorSlot.insertMany(pairs.map((p) => ({ _id: `${p.mentor._id}:${p.slot}`, mentorId: p.mentor._id, mentorshipId: p._id })));
  await MenteeLock.insertMany(pairs.map((p) => ({ _id: String(p.mentee._id), mentorshipId: p._id })));

  const logins = DEMO_LOGINS;
  return { district, streets, communities, mentees, mentors, evaluators, departments, members, admin, pairs, logins };
}
