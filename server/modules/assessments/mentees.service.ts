import { Types } from 'mongoose';
import { Assessment, type AssessmentDoc } from '../../../models/assessment.model.js';
import { Mentorship, type MentorshipDoc } from '../../../models/mentorship.model.js';
import { OrgUnit } from '../../../models/org-unit.model.js';
import { Project, type ProjectDoc } from '../../../models/project.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import type { Actor } from '../../lib/actor.js';

/** The project a mentee is judged by: the active one, else the most recently started. */
function currentProject(projects: ProjectDoc[]): ProjectDoc | null {
  const sorted = [...projects].sort((a, b) => +b.startDate - +a.startDate);
  return sorted.find((p) => p.status === 'active') ?? sorted[0] ?? null;
}

/** A mentor's (大梁) active mentees, each with their project's state and the latest monthly rating (green / amber / red). */
export async function myMentees(actor: Actor) {
  const pairs = await Mentorship.find({ mentorId: new Types.ObjectId(actor.id), status: 'active' }).sort({ startDate: -1 }).lean<MentorshipDoc[]>();
  const menteeIds = pairs.map((p) => p.menteeId);
  const [mentees, projects, assessments] = await Promise.all([
    User.find({ _id: { $in: menteeIds } }).lean<UserDoc[]>(),
    Project.find({ ownerId: { $in: menteeIds } }).lean<ProjectDoc[]>(),
    Assessment.find({ mentorshipId: { $in: pairs.map((p) => p._id) } }).lean<AssessmentDoc[]>(),
  ]);
  const communities = new Map(
    (await OrgUnit.find({ _id: { $in: mentees.map((m) => m.orgUnitId).filter(Boolean) } }, { name: 1 }).lean<Array<{ _id: Types.ObjectId; name: string }>>()).map((c) => [String(c._id), c.name]),
  );
  const people = new Map(mentees.map((m) => [String(m._id), m]));
  return {
    items: pairs.map((pair) => {
      const mentee = people.get(String(pair.menteeId));
      const project = currentProject(projects.filter((p) => String(p.ownerId) === String(pair.menteeId)));
      const latest = assessments.filter((a) => String(a.mentorshipId) === String(pair._id)).sort((a, b) => b.month.localeCompare(a.month))[0];
      return {
        mentorshipId: String(pair._id),
        startDate: pair.startDate,
        mentee: mentee ? { id: String(mentee._id), displayName: mentee.displayName, stage: mentee.stage, communityName: communities.get(String(mentee.orgUnitId)) ?? null } : null,
        project: project ? { id: String(project._id), title: project.title, categoryKey: project.categoryKey, status: project.status, percent: project.percent, lastProgressAt: project.lastProgressAt ?? null } : null,
        assessment: latest ? { month: latest.month, rating: latest.rating, reasons: latest.reasons, metrics: latest.metrics } : null,
      };
    }),
  };
}
