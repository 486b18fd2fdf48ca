import { Mentorship } from '../../../models/mentorship.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';
import { unitNames } from '../org/index.js';
import { capacityOf } from './mentorship.rules.js';

export interface PooledMentor {
  id: string;
  displayName: string;
  username: string;
  streetId: string | null;
  streetName?: string;
  communityName?: string;
  capacity: number;
  activeMentees: number;
  expertise: string[];
}

/**
 * Everyone who may mentor (active 大梁 and 预备大梁) with their active pairs against their capacity
 * and the names of their 居村 and 街镇 (two mentors may share a name): three queries (mentors, active
 * counts, unit names by _id), kept until accounts, pairs or units change.
 */
export async function mentorPool(): Promise<PooledMentor[]> {
  const sources = ['users', 'mentorships', 'org_units'].map(collectionKey);
  const [mentors, counts, units] = await cachedByVersion(sources, 'mentor-candidates', async () => {
    const [mentors, counts] = await Promise.all([
      User.find({ role: 'secretary', active: true, $or: [{ beam: 'mentor' }, { stage: 'reserve' }] }).lean<UserDoc[]>(),
      Mentorship.aggregate<{ _id: unknown; n: number }>([
        { $match: { status: 'active' } },
        { $group: { _id: '$mentorId', n: { $sum: 1 } } },
      ]),
    ]);
    return [mentors, counts, await unitNames(mentors.flatMap((m) => [m.orgUnitId, m.streetId]))] as const;
  });
  const active = new Map(counts.map((c) => [String(c._id), c.n]));
  return mentors.map((m) => ({
    id: String(m._id),
    displayName: m.displayName,
    username: m.username,
    streetId: m.streetId ? String(m.streetId) : null,
    streetName: m.streetId ? units.get(String(m.streetId)) : undefined,
    communityName: m.orgUnitId ? units.get(String(m.orgUnitId)) : undefined,
    capacity: capacityOf(m),
    activeMentees: active.get(String(m._id)) ?? 0,
    expertise: m.expertise ?? [],
  }));
}

/** 大梁带教负担: each mentor's active pairs against capacity, the fullest first (then by name). */
export async function mentorLoad() {
  const items = (await mentorPool())
    .map(({ expertise: _e, ...m }) => ({ ...m, streetName: m.streetName ?? null, communityName: m.communityName ?? null, free: Math.max(0, m.capacity - m.activeMentees), full: m.activeMentees >= m.capacity }))
    .sort((a, b) => b.activeMentees / b.capacity - a.activeMentees / a.capacity || a.displayName.localeCompare(b.displayName, 'zh-Hans-CN'));
  const totals = items.reduce((t, m) => ({ capacity: t.capacity + m.capacity, active: t.active + m.activeMentees }), { capacity: 0, active: 0 });
  return { items, totals: { mentors: items.length, ...totals, full: items.filter((m) => m.full).length } };
}
