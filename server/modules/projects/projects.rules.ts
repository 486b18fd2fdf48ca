import { isClosedWhistleStatus } from '../../../models/whistle.model.js';
import { sameId, type Actor } from '../../lib/actor.js';
import { isPastDeadline } from '../../lib/time.js';

export const DEFAULT_CATEGORIES = [
  { _id: 'environment', name: '环境整治', order: 1 },
  { _id: 'parking', name: '停车治理', order: 2 },
  { _id: 'elderly', name: '适老化改造', order: 3 },
  { _id: 'elevator', name: '加装电梯', order: 4 },
  { _id: 'property', name: '物业治理', order: 5 },
  { _id: 'service', name: '为民服务', order: 6 },
];

/** Status changes a project may make; done and cancelled are final. */
const TRANSITIONS: Record<string, string[]> = {
  active: ['done', 'paused', 'cancelled'],
  paused: ['active', 'cancelled'],
  done: [],
  cancelled: [],
};
export const canMoveStatus = (from: string, to: string) => TRANSITIONS[from]?.includes(to) ?? false;
/** A done or cancelled project frees its owner to start another. */
export const releasesOwner = (status: string) => status === 'done' || status === 'cancelled';

/**
 * How much of a project's detail a reader sees (README "Who sees what of a project"):
 * - `full`: the pair (the owner and their active mentor), district staff (admins) and the staff of
 *   the project's street (a department account placed in that street, e.g. its 党建办): everything.
 * - `department`: any other department: the summary, milestones and the whistles addressed to it.
 * - `summary`: evaluators and other secretaries: the summary, milestones and votes; no timeline,
 *   status reasons or whistles (a whistle names another department's problem).
 */
export type ProjectView = 'full' | 'department' | 'summary';

export function projectView(
  actor: Pick<Actor, 'id' | 'role' | 'streetId'>,
  project: { ownerId: unknown; streetId?: unknown },
  isOwnersMentor: boolean,
): ProjectView {
  const id = (v: unknown) => (v == null ? null : String(v));
  if (actor.role === 'admin') return 'full';
  if (actor.role === 'secretary') return sameId(id(project.ownerId), actor.id) || isOwnersMentor ? 'full' : 'summary';
  if (actor.role === 'department') return sameId(id(project.streetId), actor.streetId) ? 'full' : 'department';
  return 'summary';
}

/** Unresolved after its due day (a Shanghai day) has ended. */
export const isWhistleOverdue = (w: { status: string; dueDate: Date }, now: Date) =>
  !isClosedWhistleStatus(w.status) && isPastDeadline(w.dueDate, now);

export interface PopularityInput {
  projectId: string;
  title: string;
  online: { count: number; sum: number };
  offline: { count: number; total: number };
}

/** Weight of the district-wide mean in each project's score: a project needs many votes to move far from it. */
export const PRIOR_VOTES = 20;

export const POPULARITY_FORMULA =
  '综合得分 = (C × m + 线上总分 + 线下总分) / (C + 线上票数 + 线下票数)，m 为全区平均分，C = 20；' +
  '同分时票数多者在前，再按项目编号 (Bayesian average of online and offline 1–5 scores; ties: more votes, then id)';

/** The documented order of popularity: higher score first, then more votes, then project id (ascending), never input order. */
export const comparePopularity = (a: { score: number; votes: number; projectId: string }, b: { score: number; votes: number; projectId: string }) =>
  b.score - a.score || b.votes - a.votes || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0);

/** 最受群众欢迎项目: a Bayesian average of online and paper votes, so that three 5-star votes do not beat three hundred 4.8s. */
export function rankPopularity<T extends PopularityInput>(items: T[], top: number) {
  const allSum = items.reduce((s, p) => s + p.online.sum + p.offline.total, 0);
  const allCount = items.reduce((s, p) => s + p.online.count + p.offline.count, 0);
  const mean = allCount ? allSum / allCount : 0;
  const scored = items.map((p) => {
    const votes = p.online.count + p.offline.count;
    const score = (PRIOR_VOTES * mean + p.online.sum + p.offline.total) / (PRIOR_VOTES + votes);
    return {
      ...p,
      votes,
      average: votes ? Math.round(((p.online.sum + p.offline.total) / votes) * 1000) / 1000 : null,
      score: Math.round(score * 10000) / 10000,
    };
  });
  scored.sort(comparePopularity);
  return { mean: Math.round(mean * 10000) / 10000, items: scored.slice(0, top).map((p, i) => ({ rank: i + 1, ...p })) };
}

export interface WhistleTiming {
  departmentId: string;
  status: string;
  dueDate: Date;
  createdAt: Date;
  firstResponseAt: Date | null;
  closedAt: Date | null;
}

/** Per department: how many whistles, how fast the first answer came (hours), how many resolved, how many overdue. */
export function departmentResponseStats(whistles: WhistleTiming[], now: Date) {
  const byDept = new Map<string, WhistleTiming[]>();
  for (const w of whistles) byDept.set(w.departmentId, [...(byDept.get(w.departmentId) ?? []), w]);
  const hours = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 3_600_000;
  return [...byDept.entries()].map(([departmentId, list]) => {
    const answered = list.filter((w) => w.firstResponseAt).map((w) => hours(w.createdAt, w.firstResponseAt!)).sort((a, b) => a - b);
    const median = answered.length
      ? answered.length % 2
        ? answered[(answered.length - 1) / 2]
        : (answered[answered.length / 2 - 1] + answered[answered.length / 2]) / 2
      : null;
    return {
      departmentId,
      total: list.length,
      answered: answered.length,
      resolved: list.filter((w) => w.status === 'resolved').length,
      overdue: list.filter((w) => isWhistleOverdue(w, now)).length,
      medianFirstResponseHours: median === null ? null : Math.round(median * 10) / 10,
      meanFirstResponseHours: answered.length ? Math.round((answered.reduce((s, h) => s + h, 0) / answered.length) * 10) / 10 : null,
    };
  }).sort((a, b) => a.departmentId.localeCompare(b.departmentId));
}

/** One change to a whistle: a department's response, or the watch job's first overdue stamp. */
export type WhistleChange =
  | { kind: 'response'; status: string; note: string; authorId: string; at: Date }
  | { kind: 'overdue'; at: Date };

/** The fields a change writes on top of the whistle as it was (pure: every applier computes the same). */
export function whistleAfter(
  w: { responses?: unknown[]; firstResponseAt?: Date | null; closedAt?: Date | null; overdueSince?: Date | null },
  change: WhistleChange,
): Record<string, unknown> {
  if (change.kind === 'overdue') return { overdueSince: w.overdueSince ?? change.at };
  const { kind: _k, ...response } = change;
  return {
    status: change.status,
    responses: [...(w.responses ?? []), response],
    firstResponseAt: w.firstResponseAt ?? change.at,
    closedAt: isClosedWhistleStatus(change.status) ? change.at : (w.closedAt ?? null),
  };
}
