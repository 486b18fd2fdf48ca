import { createOrgTree } from './org.js';
import { createMember, createMentee, createMentor } from './secretaries.js';
import { createUser } from './users.js';

/**
 * Two streets of two communities: a district admin; the first street's staff (党建办), two 大梁 and
 * two 小梁 (communities 0 and 1); the second street's staff, 大梁 and 小梁 (community 2); a member.
 */
export async function trainingWorld() {
  const { district, streets, communities } = await createOrgTree(2, 2);
  const admin = await createUser({ role: 'admin' });
  const staff = await createUser({ role: 'department', displayName: '街道1党建办', orgUnitId: streets[0]._id, streetId: streets[0]._id, districtId: district._id });
  const otherStaff = await createUser({ role: 'department', displayName: '街道2党建办', orgUnitId: streets[1]._id, streetId: streets[1]._id, districtId: district._id });
  const mentor = await createMentor(communities[0], { displayName: '王大梁' });
  const streetMentor = await createMentor(communities[1], { displayName: '李大梁' });
  const otherMentor = await createMentor(communities[2], { displayName: '赵大梁' });
  const mentees = [
    await createMentee(communities[0], { displayName: '小梁甲' }),
    await createMentee(communities[1], { displayName: '小梁乙' }),
  ];
  const otherMentee = await createMentee(communities[2], { displayName: '小梁丙' });
  const member = await createMember(communities[0]);
  return { district, streets, communities, admin, staff, otherStaff, mentor, streetMentor, otherMentor, mentees, otherMentee, member };
}

type World = Awaited<ReturnType<typeof trainingWorld>>;

/** A street-studio session of the first street led by its 大梁, 09:30–11:30 on the test day (TEST_NOW is 10:00), both of its 小梁 invited. */
export const studioBody = (w: World, over: Record<string, unknown> = {}) => ({
  level: 'street-studio', scopeId: String(w.streets[0]._id), topic: '如何开好居民议事会',
  trainer: { kind: 'mentor', userId: String(w.mentor._id) }, place: '街道党群服务中心',
  startAt: '2026-11-20T09:30:00+08:00', endAt: '2026-11-20T11:30:00+08:00',
  inviteeIds: w.mentees.map((m) => String(m._id)), ...over,
});

/** A district session with an outside expert, every 小梁 of the district invited. */
export const districtBody = (w: World, over: Record<string, unknown> = {}) => ({
  level: 'district', scopeId: String(w.district._id), topic: '基层治理与“开门第一件事”',
  trainer: { kind: 'expert', name: '陈教授', title: '市委党校' }, place: '区委党校报告厅',
  startAt: '2026-11-20T09:30:00+08:00', endAt: '2026-11-20T11:30:00+08:00',
  inviteeIds: [...w.mentees, w.otherMentee].map((m) => String(m._id)), ...over,
});
