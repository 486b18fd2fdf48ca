import { User, type UserDoc } from '../../../models/user.model.js';
import { invalid, notFound } from '../../lib/errors.js';
import { mentorPool } from './mentor-pool.js';
import { rankMentors } from './suggestions.rules.js';

/** Ranked mentors for a mentee: the mentor pool (shared with the load view), then a pure ranking. */
export async function suggestMentors(menteeId: string, limit: number, category?: string) {
  const mentee = await User.findById(menteeId).lean<UserDoc>();
  if (!mentee || mentee.role !== 'secretary') throw notFound('小梁');
  if (mentee.beam !== 'mentee') throw invalid('not_a_mentee', `${mentee.displayName} 不是小梁 (not a mentee)`, [{ path: 'menteeId' }]);

  const candidates = (await mentorPool()).filter((m) => m.id !== menteeId);
  return {
    mentee: { id: menteeId, displayName: mentee.displayName, streetId: mentee.streetId ? String(mentee.streetId) : null, category: category ?? null },
    items: rankMentors({ streetId: mentee.streetId ? String(mentee.streetId) : null, category }, candidates, limit),
  };
}
