import { Types } from 'mongoose';
import { Project, type ProjectDoc, type ProjectStatus } from '../../models/project.model.js';
import type { OrgUnitDoc } from '../../models/org-unit.model.js';
import type { UserDoc } from '../../models/user.model.js';
import { createOrgTree } from './org.js';
import { createMember, createMentee, createMentor } from './secretaries.js';
import { createUser } from './users.js';

/** A first-thing project written directly (the projects API has its own tests), finished at `doneAt` unless another status is given. */
export async function createProject(owner: UserDoc, community: OrgUnitDoc, over: { title: string; categoryKey: string; status?: ProjectStatus; doneAt?: string }) {
  const status = over.status ?? 'done';
  const history = status === 'done' ? [{ from: 'active', to: 'done', reason: '已完成', byId: owner._id, at: new Date(over.doneAt ?? '2026-11-10T10:00:00+08:00') }] : [];
  const p = await Project.create({
    ownerId: owner._id, communityId: community._id, streetId: community.streetId, districtId: community.districtId, title: over.title,
    categoryKey: over.categoryKey, goal: '解决居民急难愁盼', startDate: new Date('2026-03-01T00:00:00+08:00'), status, statusHistory: history, percent: 100,
  });
  return p.toObject() as ProjectDoc;
}

/**
 * Two streets of two communities; a mentee in each street's first community with a finished
 * project (加装电梯 in street 0, finished this year; 停车治理 in street 1, finished last year), one
 * more finished elevator project in street 1 and an active one; the readers of every role.
 */
export async function caseWorld() {
  const { streets, communities } = await createOrgTree(2, 2);
  const admin = await createUser({ role: 'admin' });
  const mentee = await createMentee(communities[0]);
  const otherMentee = await createMentee(communities[2]);
  const mentor = await createMentor(communities[1]);
  const member = await createMember(communities[0]);
  const evaluator = await createUser({ role: 'evaluator' });
  const department = await createUser({ role: 'department', streetId: streets[0]._id });
  const elevator = await createProject(mentee, communities[0], { title: '长风一村加装电梯', categoryKey: 'elevator' });
  const parking = await createProject(otherMentee, communities[2], { title: '曹杨新村停车治理', categoryKey: 'parking', doneAt: '2025-12-20T10:00:00+08:00' });
  const elevator2 = await createProject(otherMentee, communities[3], { title: '真如加装电梯', categoryKey: 'elevator' });
  const active = await createProject(mentee, communities[0], { title: '车棚改造', categoryKey: 'environment', status: 'active' });
  return { streets, communities, admin, mentee, otherMentee, mentor, member, evaluator, department, elevator, parking, elevator2, active };
}

export const caseBody = (project: { _id: unknown }, over: Record<string, unknown> = {}) => ({
  projectId: String(project._id), summary: '三个门栋加装电梯，从意见征询到完工用时八个月', whatWorked: '楼组长逐户上门', problemsMet: '低层住户顾虑采光', ...over,
});

export const anyId = () => String(new Types.ObjectId());
