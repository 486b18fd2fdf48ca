import { Mentorship } from '../../../models/mentorship.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { invalid, notFound } from '../../lib/errors.js';
import { capacityOf } from './mentorship.rules.js';
import { rankMentors, type MentorCandidate } from './suggestions.rules.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';

/** Ranked mentors for a mentee: three queries (candidates, active counts, street names), then a pure ranking. */
export async function suggestMentors(menteeId: string, limit: number, category?: string) {
  const mentee = await User.findById(menteeId).lean<UserDoc>();
  if (!mentee || mentee.role !== 'secretary') throw notFound('小梁');
  if (mentee.beam !== 'mentee') throw invalid('not_a_mentee', `${mentee.displayName} 不是小梁 (not a mentee)`, [{ path: 'menteeId' }]);

  // The same candidates for every mentee: kept until accounts, pairs or units change.
  const sources = ['users', 'mentorships', 'org_units'].map(collectionKey);
  const [mentors, counts, streets] = await cachedByVersion(sources, 'mentor-candidates', () => Promise.all([
    User.find({ role: 'secretary', active: true, $or: [{ beam: 'mentor' }, { stage: 'reserve' }] }).lean<UserDoc[]>(),
    Mentorship.aggregate<{ _id: unknown; n: number }>([
      { $match: { status: 'active' } },
      { $group: { _id: '$mentorId', n: { $sum: 1 } } },
    ]),
    OrgUnit.find({ level: 'street' }).lean<OrgUnitDoc[]>(),
  ]));
  const active = new Map(counts.map((c) => [String(c._id), c.n]));
  const streetNames = new Map(streets.map((s) => [String(s._id), s.name]));
  const candidates: MentorCandidate[] = mentors
    .filter((m) => String(m._id) !== menteeId)
    .map((m) => ({
      id: String(m._id),
      displayName: m.displayName,
      streetId: m.streetId ? String(m.streetId) : null,
      streetName: m.streetId ? streetNames.get(String(m.streetId)) : undefined,
      capacity: capacityOf(m),
      activeMentees: active.get(String(m._id)) ?? 0,
      expertise: m.expertise ?? [],
    }));
  return {
    mentee: { id: menteeId, displayName: mentee.displayName, streetId: mentee.streetId ? String(mentee.streetId) : null, category: category ?? null },
    items: rankMentors({ streetId: mentee.streetId ? String(mentee.streetId) : null, category }, candidates, limit),
  };
}
