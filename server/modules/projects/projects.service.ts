import { recordTransition } from '../../db/transitions.js';
import { insertClaimRepairing, releaseOnce } from '../../db/release-once.js';
import { claimAge, CLAIM_WRITE_DEADLINE_MS, pastGrace } from '../../lib/claims.js';
import { Types } from 'mongoose';
import {
  MilestoneDone, Project, ProjectCategory, ProjectComment, ProjectLock, ProjectProgress,
  type CommentDoc, type MilestoneDoneDoc, type ProgressDoc, type ProjectDoc, type ProjectStatus,
} from '../../../models/project.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { Whistle, type WhistleDoc } from '../../../models/whistle.model.js';
import { conflict, forbidden, invalid, notFound, writeTimedOut } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { containsText } from '../../lib/regex.js';
import { PROJECT_STATUS_LABELS, labelOf } from '../../lib/status-labels.js';
import { Mentorship } from '../../../models/mentorship.model.js';
import { canMoveStatus, projectView, releasesOwner, type ProjectView } from './projects.rules.js';
import { voteSummary } from './votes.service.js';
import { withPlaceNames, type PlaceNames } from './place-names.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';

export interface ProjectInput {
  title: string;
  categoryKey: string;
  goal: string;
  startDate: Date;
  milestones: Array<{ title: string; dueDate: Date }>;
}

async function assertCategory(key: string) {
  if (!(await ProjectCategory.exists({ _id: key, active: true }))) {
    throw invalid('unknown_category', `项目类别不存在：${key} (unknown category)`, [{ path: 'categoryKey' }]);
  }
}

export async function getProjectOrThrow(id: string): Promise<ProjectDoc> {
  const p = await Project.findById(id).lean<ProjectDoc>();
  if (!p) throw notFound('项目');
  return p;
}

/** Only the owner changes a project, and only while it is open (active or paused). */
export async function ownProject(id: string, actor: Actor, opts: { activeOnly?: boolean } = {}) {
  const p = await getProjectOrThrow(id);
  if (!sameId(p.ownerId, actor.id)) throw forbidden('只有项目负责人可以修改 (only the owner may change this project)');
  if (opts.activeOnly && p.status !== 'active') throw conflict('project_not_active', `项目当前${labelOf(PROJECT_STATUS_LABELS, p.status)}，不能修改 (project is not active)`);
  return p;
}

export async function createProject(input: ProjectInput, actor: Actor) {
  const owner = await User.findById(actor.id).lean<UserDoc>();
  if (!owner || owner.role !== 'secretary' || owner.beam !== 'mentee' || !owner.orgUnitId) {
    throw forbidden('“开门第一件事”由新任书记（小梁）创建 (only mentees create first-thing projects)');
  }
  await assertCategory(input.categoryKey);
  const id = new Types.ObjectId();
  const claimedAt = new Date();
  await claimProjectLock(actor.id, id);
  try {
    // Past this point a repair may already call the lock dead: undo instead of writing late.
    if (claimAge(claimedAt) > CLAIM_WRITE_DEADLINE_MS) throw writeTimedOut();
    const p = await Project.create({
      _id: id, ...input, ownerId: owner._id, communityId: owner.orgUnitId, streetId: owner.streetId, districtId: owner.districtId,
    });
    return p.toObject();
  } catch (err) {
    await releaseProjectLock(actor.id, id);
    throw err;
  }
}

export async function updateProject(id: string, changes: Partial<ProjectInput>, actor: Actor) {
  const p = await ownProject(id, actor, { activeOnly: true });
  if (changes.categoryKey) await assertCategory(changes.categoryKey);
  if (changes.milestones) {
    // Milestones already done keep their ids; new ones get fresh ids.
    const done = await MilestoneDone.find({ projectId: p._id }).lean<MilestoneDoneDoc[]>();
    const missing = done.filter((d) => !changes.milestones!.some((m) => sameId((m as { _id?: string })._id, d.milestoneId)));
    if (missing.length) throw conflict('milestone_done', '已完成的节点不能删除 (completed milestones cannot be removed)');
  }
  return Project.findByIdAndUpdate(id, { $set: changes }, { returnDocument: 'after' }).lean<ProjectDoc>();
}

/** "One active project per owner" is freed once per project (server/db/release-once.ts). */
const releaseProjectLock = (ownerId: string, projectId: Types.ObjectId | string) =>
  releaseOnce(`project-lock:${ownerId}:${projectId}`, () => ProjectLock.deleteOne({ _id: ownerId, projectId }));

/** "One open project per owner": the lock is inserted before the project; a dead one (crash, or a finished project) is freed on conflict. */
async function claimProjectLock(ownerId: string, projectId: Types.ObjectId) {
  const claimed = await insertClaimRepairing(
    () => ProjectLock.create({ _id: ownerId, projectId }),
    async () => releaseDeadProjectLocks(await ProjectLock.find({ _id: ownerId }).lean<ProjectLockDoc[]>()),
  );
  if (claimed) return;
  throw conflict('project_exists', '您已有一个进行中的“开门第一件事”项目 (you already have an open project)');
}

type ProjectLockDoc = { _id: string; projectId: Types.ObjectId; createdAt?: Date };

/** Locks whose project was never written (past the grace period) or is done or cancelled. */
async function releaseDeadProjectLocks(locks: ProjectLockDoc[]): Promise<number> {
  if (!locks.length) return 0;
  const projects = new Map((await Project.find({ _id: { $in: locks.map((l) => l.projectId) } }, { status: 1 }).lean<ProjectDoc[]>()).map((p) => [String(p._id), p.status]));
  let released = 0;
  for (const lock of locks) {
    const status = projects.get(String(lock.projectId));
    const dead = status === undefined ? pastGrace(lock.createdAt) : releasesOwner(status);
    if (dead && (await releaseProjectLock(lock._id, lock.projectId))) released++;
  }
  return released;
}

/** The sweep's half for projects: every owner's lock (one per secretary) is checked. */
export const sweepProjectLocks = async () => releaseDeadProjectLocks(await ProjectLock.find({}).lean<ProjectLockDoc[]>());

type StatusEntry = { from: ProjectStatus; to: ProjectStatus; reason: string; byId: string; at: Date };

/** The owner changes their project's status; district staff (admins) may change any project's. */
const projectForStatusChange = (id: string, actor: Actor) => (isAdmin(actor) ? getProjectOrThrow(id) : ownProject(id, actor));

export async function setProjectStatus(id: string, to: ProjectStatus, reason: string, actor: Actor, now: Date) {
  const p = await projectForStatusChange(id, actor);
  if (!canMoveStatus(p.status, to)) {
    throw conflict('status_transition', `项目${labelOf(PROJECT_STATUS_LABELS, p.status)}，不能改为“${labelOf(PROJECT_STATUS_LABELS, to)}” (status change not allowed: ${p.status} → ${to})`);
  }
  // Decided by inserting the change's transition: of two racing changes from the same status one wins.
  const history = (p.statusHistory ?? []) as unknown as StatusEntry[];
  const entry: StatusEntry = { from: p.status as ProjectStatus, to, reason, byId: actor.id, at: now };
  const change = await recordTransition<StatusEntry>(`project:${id}:status#${history.length + 1}:${p.status}`, entry);
  await Project.updateOne(
    { _id: p._id, status: change.transition.data.from, statusHistory: { $size: history.length } },
    { $set: { status: change.transition.data.to, statusHistory: [...history, change.transition.data] } },
  );
  if (releasesOwner(change.transition.data.to)) await releaseProjectLock(String(p.ownerId), p._id);
  if (!change.won) throw conflict('status_changed', '项目状态刚被修改，请刷新 (status changed concurrently)');
  return getProjectOrThrow(id);
}

export interface ProjectQuery {
  category?: string; street?: string; community?: string; status?: string; owner?: string; q?: string;
  sort: string; page: number; pageSize: number;
}

export function projectFilter(q: Omit<ProjectQuery, 'sort' | 'page' | 'pageSize'>) {
  const filter: Record<string, unknown> = {};
  if (q.category) filter.categoryKey = q.category;
  if (q.street) filter.streetId = new Types.ObjectId(q.street);
  if (q.community) filter.communityId = new Types.ObjectId(q.community);
  if (q.status) filter.status = q.status;
  if (q.owner) filter.ownerId = new Types.ObjectId(q.owner);
  if (q.q) filter.$or = [{ title: containsText(q.q) }, { goal: containsText(q.q) }];
  return filter;
}

const SORTS: Record<string, Record<string, 1 | -1>> = {
  '-updatedAt': { updatedAt: -1, _id: 1 }, startDate: { startDate: 1, _id: 1 }, '-startDate': { startDate: -1, _id: 1 },
  '-percent': { percent: -1, _id: 1 }, percent: { percent: 1, _id: 1 }, title: { title: 1, _id: 1 },
};
export const PROJECT_SORTS = Object.keys(SORTS);

export async function listProjects(q: ProjectQuery): Promise<Page<ProjectDoc & PlaceNames>> {
  const page = await cachedByVersion(collectionKey('projects'), `projects:${JSON.stringify(q)}`, () => readProjects(q));
  // Names are read for the page after the cache: a renamed unit or secretary shows at once.
  return { ...page, items: await withPlaceNames(page.items) };
}

async function readProjects(q: ProjectQuery): Promise<Page<ProjectDoc>> {
  const filter = projectFilter(q);
  const [items, total] = await Promise.all([
    // Status reasons belong to the timeline (projectView): the list, open to every reader, leaves them out.
    Project.find(filter, { statusHistory: 0 }).sort(SORTS[q.sort]).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<ProjectDoc[]>(),
    Project.countDocuments(filter),
  ]);
  return { items, page: q.page, pageSize: q.pageSize, total };
}

/** Whether the actor is the active mentor (大梁) of the project's owner. */
async function mentorsOwner(actor: Actor, ownerId: Types.ObjectId): Promise<boolean> {
  if (actor.role !== 'secretary' || sameId(ownerId, actor.id)) return false;
  return !!(await Mentorship.exists({ menteeId: ownerId, mentorId: new Types.ObjectId(actor.id), status: 'active' }));
}

/** The project and how much of its detail the actor sees (projects.rules.ts `projectView`). */
export async function viewProject(id: string, actor: Actor): Promise<{ project: ProjectDoc; view: ProjectView }> {
  const project = await getProjectOrThrow(id);
  return { project, view: projectView(actor, project, await mentorsOwner(actor, project.ownerId)) };
}

/**
 * The project with milestones (and their done state) and votes; for the pair, their street's staff
 * and admins also the timeline of progress and comments, status reasons and every whistle; for
 * another department the whistles addressed to it.
 */
export async function projectDetail(id: string, cycle: string, actor: Actor) {
  const { project: p, view } = await viewProject(id, actor);
  const full = view === 'full';
  const whistleFilter = view === 'department' ? { projectId: p._id, departmentId: new Types.ObjectId(actor.id) } : { projectId: p._id };
  const [done, progress, comments, whistles, votes, owner] = await Promise.all([
    MilestoneDone.find({ projectId: p._id }).lean<MilestoneDoneDoc[]>(),
    full ? ProjectProgress.find({ projectId: p._id }).sort({ date: -1, _id: -1 }).lean<ProgressDoc[]>() : [],
    full ? ProjectComment.find({ projectId: p._id }).sort({ createdAt: -1 }).lean<CommentDoc[]>() : [],
    view === 'summary' ? [] : Whistle.find(whistleFilter).sort({ createdAt: -1 }).lean<WhistleDoc[]>(),
    voteSummary(String(p._id), cycle),
    User.findById(p.ownerId).lean<UserDoc>(),
  ]);
  const doneBy = new Map(done.map((d) => [String(d.milestoneId), d]));
  const { statusHistory, ...summary } = p;
  const base = {
    ...summary,
    view,
    owner: owner ? { id: String(owner._id), displayName: owner.displayName } : null,
    milestones: p.milestones.map((m) => ({ ...m, done: doneBy.has(String(m._id)), doneAt: doneBy.get(String(m._id))?.doneAt ?? null })),
    votes,
  };
  if (view === 'summary') return base;
  if (view === 'department') return { ...base, whistles };
  const timeline = [
    ...progress.map((x) => ({ type: 'progress' as const, at: x.date, ...x })),
    ...comments.map((x) => ({ type: 'comment' as const, at: x.createdAt, ...x })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return { ...base, statusHistory, timeline, whistles };
}
