import { CoachingNote, NOTE_KINDS, type CoachingNoteDoc } from '../../../models/mentorship.model.js';
import { conflict, forbidden, invalid } from '../../lib/errors.js';
import { sameId, type Actor } from '../../lib/actor.js';
import { dayKey } from '../../lib/time.js';
import { getVisibleMentorship } from './mentorship.service.js';

export async function addNote(
  mentorshipId: string,
  input: { date: Date; kind: (typeof NOTE_KINDS)[number]; note: string },
  actor: Actor,
  now: Date,
) {
  const m = await getVisibleMentorship(mentorshipId, actor);
  if (!sameId(m.mentorId, actor.id)) throw forbidden('只有带教的大梁可以记录带教笔记 (only the mentor writes coaching notes)');
  if (m.status !== 'active') throw conflict('mentorship_ended', '该结对已结束，不能再添加带教记录 (mentorship has ended)');
  if (dayKey(input.date) > dayKey(now)) throw invalid('date_in_future', '日期不能晚于今天 (date is in the future)', [{ path: 'date' }]);
  const note = await CoachingNote.create({ mentorshipId: m._id, authorId: actor.id, ...input });
  return note.toObject();
}

/** Notes are for the pair and admins only (getVisibleMentorship answers 404 to anyone else). */
export async function listNotes(mentorshipId: string, actor: Actor) {
  const m = await getVisibleMentorship(mentorshipId, actor);
  const items = await CoachingNote.find({ mentorshipId: m._id }).sort({ date: -1, _id: -1 }).lean<CoachingNoteDoc[]>();
  return { items };
}
