import { Types } from 'mongoose';
import { Mentorship } from '../../../models/mentorship.model.js';
import { MilestoneDone, Project, ProjectComment, ProjectProgress, type ProgressDoc } from '../../../models/project.model.js';
import { conflict, forbidden, invalid, isDuplicateKeyError } from '../../lib/errors.js';
import type { Actor } from '../../lib/actor.js';
import { dayKey } from '../../lib/time.js';
import { getProjectOrThrow, ownProject, viewProject } from './projects.service.js';

export interface ProgressInput {
  date: Date;
  note: string;
  percent: number;
  milestoneId?: string;
  milestoneDone?: boolean;
}

/** A one-minute progress log from the owner; marking a milestone done is an insert-once claim. */
export async function addProgress(projectId: string, input: ProgressInput, actor: Actor, now: Date) {
  const p = await ownProject(projectId, actor, { activeOnly: true });
  if (dayKey(input.date) > dayKey(now)) throw invalid('date_in_future', '日期不能晚于今天 (date is in the future)', [{ path: 'date' }]);
  if (input.milestoneDone && !input.milestoneId) throw invalid('milestone_required', '标记完成须指定节点 (milestoneId required)', [{ path: 'milestoneId' }]);
  const milestone = input.milestoneId ? p.milestones.find((m) => String(m._id) === input.milestoneId) : undefined;
  if (input.milestoneId && !milestone) throw invalid('unknown_milestone', '该项目没有这个节点 (unknown milestone)', [{ path: 'milestoneId' }]);

  const progressId = new Types.ObjectId();
  if (input.milestoneDone) {
    try {
      await MilestoneDone.create({
        _id: `${p._id}:${input.milestoneId}`, projectId: p._id, milestoneId: input.milestoneId, progressId, doneAt: input.date,
      });
    } catch (err) {
      if (isDuplicateKeyError(err)) {
        throw conflict('milestone_already_done', `节点“${milestone!.title}”已标记完成 (milestone already done)`);
      }
      throw err;
    }
  }
  const log = await ProjectProgress.create({
    _id: progressId, projectId: p._id, authorId: actor.id, date: input.date, note: input.note, percent: input.percent,
    milestoneId: input.milestoneId ?? null, milestoneDone: !!input.milestoneDone,
  });
  // Boards show the newest log's percent: only move forward in time, never back to an older log.
  await Project.updateOne(
    { _id: p._id, $or: [{ lastProgressAt: null }, { lastProgressAt: { $lte: input.date } }] },
    { $set: { percent: input.percent, lastProgressAt: input.date } },
  );
  return log.toObject();
}

/** Progress notes belong to the timeline: the pair, their street's staff and admins read them. */
export async function listProgress(projectId: string, actor: Actor) {
  const { project: p, view } = await viewProject(projectId, actor);
  if (view !== 'full') throw forbidden('进展记录仅项目双方、所属街镇和区级工作人员可见 (progress notes are for the pair, their street’s staff and admins)');
  const items = await ProjectProgress.find({ projectId: p._id }).sort({ date: -1, _id: -1 }).lean<ProgressDoc[]>();
  return { items };
}

/** Only the owner's active mentor (大梁) comments on a project. */
export async function addComment(projectId: string, input: { note: string; progressId?: string }, actor: Actor) {
  const p = await getProjectOrThrow(projectId);
  const mentoring = await Mentorship.exists({ menteeId: p.ownerId, mentorId: new Types.ObjectId(actor.id), status: 'active' });
  if (!mentoring) throw forbidden('只有该书记的带教大梁可以点评 (only the owner’s mentor may comment)');
  if (input.progressId && !(await ProjectProgress.exists({ _id: input.progressId, projectId: p._id }))) {
    throw invalid('unknown_progress', '该项目没有这条进展记录 (unknown progress log)', [{ path: 'progressId' }]);
  }
  const c = await ProjectComment.create({ projectId: p._id, authorId: actor.id, note: input.note, progressId: input.progressId ?? null });
  return c.toObject();
}
