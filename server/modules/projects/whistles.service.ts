import { Types } from 'mongoose';
import { User, type UserDoc } from '../../../models/user.model.js';
import { CLOSED_WHISTLE_STATUSES, isClosedWhistleStatus, Whistle, type WhistleDoc } from '../../../models/whistle.model.js';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.js';
import { isAdmin, sameId, type Actor } from '../../lib/actor.js';
import { skipFor, type Page } from '../../lib/paging.js';
import { dayKey, deadlinesMissedBefore, isPastDeadline } from '../../lib/time.js';
import { WHISTLE_STATUS_LABELS, labelOf } from '../../lib/status-labels.js';
import { departmentResponseStats, isWhistleOverdue, whistleAfter, type WhistleChange } from './projects.rules.js';
import { recordTransition } from '../../db/transitions.js';
import { ownProject } from './projects.service.js';
import { withPlaceNames, type PlaceNames } from './place-names.js';
import { notify } from '../notifications/index.js';
import { cachedByVersion, collectionKey } from '../../db/versioned-cache.js';

/** The owner "blows the whistle" on a problem only a department can fix. */
export async function blowWhistle(projectId: string, input: { departmentId: string; problem: string; dueDate: Date }, actor: Actor, now: Date) {
  const p = await ownProject(projectId, actor, { activeOnly: true });
  const dept = await User.findById(input.departmentId).lean<UserDoc>();
  if (!dept || dept.role !== 'department' || !dept.active) {
    throw invalid('not_a_department', '所选对象不是职能部门账号 (not a department)', [{ path: 'departmentId' }]);
  }
  if (isPastDeadline(input.dueDate, now)) throw invalid('due_in_past', '办结期限不能早于今天 (due date is in the past)', [{ path: 'dueDate' }]);
  const w = await Whistle.create({
    projectId: p._id, ownerId: p.ownerId, communityId: p.communityId, streetId: p.streetId,
    departmentId: dept._id, problem: input.problem, dueDate: input.dueDate,
  });
  return w.toObject();
}

/** 部门报到: the department answers; every answer is kept with its time and author. */
export async function respondToWhistle(id: string, input: { status: string; note: string }, actor: Actor, now: Date) {
  const w = await Whistle.findById(id).lean<WhistleDoc>();
  if (!w || !(isAdmin(actor) || sameId(w.departmentId, actor.id))) throw notFound('吹哨事项');
  if (!sameId(w.departmentId, actor.id)) throw forbidden('只有被吹哨的部门可以报到 (only the department answers)');
  if (isClosedWhistleStatus(w.status)) throw conflict('whistle_closed', '该事项已办结或已退回 (whistle already closed)');
  // The watch job's overdue stamp does not conflict with an answer: write on top of it.
  for (let current: WhistleDoc | null = w, attempt = 0; current && attempt < 10; attempt++) {
    if (isClosedWhistleStatus(current.status)) break;
    const written = await changeWhistle(current, { kind: 'response', status: input.status, note: input.note, authorId: actor.id, at: now });
    // The whistle as this answer left it (a later answer may already be written on top).
    if (written) return written;
    current = await Whistle.findById(id).lean<WhistleDoc>();
    if ((current?.responses?.length ?? 0) > (w.responses?.length ?? 0)) break; // another answer won
  }
  throw conflict('whistle_changed', '该事项刚被更新，请刷新后重试 (changed concurrently)');
}

/**
 * Writes change n+1 of a whistle: decided by inserting its transition, then written on top of
 * state n (a no-op once written, so a loser rolls the winner's change forward). Answers the whistle
 * as change n+1 left it if ours won, null if another change took n+1.
 */
async function changeWhistle(w: WhistleDoc, change: WhistleChange): Promise<WhistleDoc | null> {
  const seq = w.changeSeq ?? 0;
  const decided = await recordTransition<WhistleChange>(`whistle:${w._id}#${seq + 1}`, change);
  const atSeq = seq === 0 ? { $or: [{ changeSeq: 0 }, { changeSeq: { $exists: false } }] } : { changeSeq: seq };
  const set = { ...whistleAfter(w, decided.transition.data), changeSeq: seq + 1 };
  await Whistle.updateOne({ _id: w._id, ...atSeq }, { $set: set });
  return decided.won ? ({ ...w, ...set } as WhistleDoc) : null;
}

export interface WhistleQuery { department?: string; status?: string; overdue?: boolean; project?: string; page: number; pageSize: number }

function whistleFilter(q: Omit<WhistleQuery, 'page' | 'pageSize'>, actor: Actor, now: Date) {
  const filter: Record<string, unknown> = {};
  if (q.department) filter.departmentId = new Types.ObjectId(q.department);
  if (q.project) filter.projectId = new Types.ObjectId(q.project);
  if (q.status) filter.status = q.status;
  if (q.overdue) Object.assign(filter, { status: q.status ?? { $nin: CLOSED_WHISTLE_STATUSES }, dueDate: { $lt: deadlinesMissedBefore(now) } });
  if (actor.role === 'department') filter.departmentId = new Types.ObjectId(actor.id);
  else if (actor.role === 'secretary') filter.ownerId = new Types.ObjectId(actor.id);
  else if (!isAdmin(actor)) throw forbidden();
  return filter;
}

/** Departments see only their whistles, secretaries only their own; admins all. */
export async function listWhistles(q: WhistleQuery, actor: Actor, now: Date): Promise<Page<WhistleDoc & PlaceNames & { overdue: boolean }>> {
  const filter = whistleFilter(q, actor, now);
  // An admin's list sorts every whistle: kept until a whistle, a name or a place changes.
  const { named, total } = await cachedByVersion(
    [collectionKey('whistles'), collectionKey('users'), collectionKey('org_units')],
    `whistles:${JSON.stringify(filter)}:${q.page}:${q.pageSize}`,
    async () => {
      const [items, count] = await Promise.all([
        Whistle.find(filter).sort({ dueDate: 1, _id: 1 }).skip(skipFor(q.page, q.pageSize)).limit(q.pageSize).lean<WhistleDoc[]>(),
        Whistle.countDocuments(filter),
      ]);
      return { named: await withPlaceNames(items), total: count };
    },
  );
  return { items: named.map((w) => ({ ...w, overdue: isWhistleOverdue(w, now) })), page: q.page, pageSize: q.pageSize, total };
}

/** One whistle, to whoever may list it (its department, its secretary, admins); anyone else gets 404. */
export async function getWhistle(id: string, actor: Actor, now: Date): Promise<WhistleDoc & PlaceNames & { overdue: boolean }> {
  const w = await Whistle.findById(id).lean<WhistleDoc>();
  const visible = w && (isAdmin(actor) || sameId(w.departmentId, actor.id) || (actor.role === 'secretary' && sameId(w.ownerId, actor.id)));
  if (!visible) throw notFound('吹哨事项');
  const [named] = await withPlaceNames([w]);
  return { ...named, overdue: isWhistleOverdue(w, now) };
}

/** Response times per department, for district staff. */
export async function whistleStats(now: Date) {
  const whistles = await Whistle.find({}).lean<WhistleDoc[]>();
  const stats = departmentResponseStats(
    whistles.map((w) => ({ ...w, departmentId: String(w.departmentId), firstResponseAt: w.firstResponseAt ?? null, closedAt: w.closedAt ?? null })),
    now,
  );
  const names = new Map((await User.find({ _id: { $in: stats.map((s) => s.departmentId) } }).lean<UserDoc[]>()).map((u) => [String(u._id), u.displayName]));
  return { items: stats.map((s) => ({ ...s, departmentName: names.get(s.departmentId) ?? null })) };
}

/**
 * whistle-watch: stamps newly overdue whistles and reminds the department and every admin. The
 * reminders have deterministic ids, so a second run (or a second worker) reminds nobody twice.
 */
export async function watchOverdueWhistles(now: Date) {
  const overdue = await Whistle.find({ status: { $nin: CLOSED_WHISTLE_STATUSES }, dueDate: { $lt: deadlinesMissedBefore(now) } }).lean<WhistleDoc[]>();
  const admins = await User.find({ role: 'admin', active: true }).lean<UserDoc[]>();
  let newlyOverdue = 0;
  let reminders = 0;
  for (const w of overdue) {
    if (!w.overdueSince && (await stampOverdue(w, now))) newlyOverdue++;
    const title = `吹哨事项已超期：${w.problem.slice(0, 30)}`;
    const body = `办结期限 ${dayKey(w.dueDate)}，当前状态：${labelOf(WHISTLE_STATUS_LABELS, w.status)}`;
    for (const userId of [w.departmentId, ...admins.map((a) => a._id)]) {
      if (await notify({ id: `whistle-overdue:${w._id}:${userId}`, topic: `whistle-overdue:${w._id}`, userId, kind: 'whistle_overdue', title, body, link: `${sameId(userId, w.departmentId) ? '/department/whistles' : '/admin/whistles'}?whistle=${w._id}` })) reminders++;
    }
  }
  return { overdue: overdue.length, newlyOverdue, reminders };
}

/** Stamps the first time a whistle is found overdue, unless a response closed it meanwhile. True if this call stamped it. */
async function stampOverdue(w: WhistleDoc, now: Date): Promise<boolean> {
  for (let current: WhistleDoc | null = w, attempt = 0; current && attempt < 10; attempt++) {
    if (current.overdueSince || isClosedWhistleStatus(current.status)) return false;
    if (await changeWhistle(current, { kind: 'overdue', at: now })) return true;
    current = await Whistle.findById(w._id).lean<WhistleDoc>();
  }
  return false;
}
