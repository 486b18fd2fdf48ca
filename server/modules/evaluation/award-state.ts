import { Types } from 'mongoose';
import {
  AwardList, AwardNotice, AwardObjection, type AwardHolder, type AwardListDoc, type AwardNoticeDoc, type AwardObjectionDoc,
} from '../../../models/award.model.js';
import { Transition, type TransitionDoc } from '../../../models/transition.model.js';
import { conflict, isDuplicateKeyError, notFound } from '../../lib/errors.js';
import { awardGroups, fillPlaces, type AwardKind, type StreetQuota } from './awards.rules.js';
import { KINDS } from './award-kinds.js';
import { noticeOpen, noticePeriod } from './notice.rules.js';

/**
 * The state of an award list is a chain of notices (models/award.model.ts): the latest one holds
 * every place's holder. Changes are new links, inserted under a unique `seq`; a change that lost the
 * race for a link reads the chain again and retries.
 */
export const listKey = (cycleId: string, kind: AwardKind) => `${cycleId}:${kind}`;
export const decisionId = (objectionId: string) => `award-objection:${objectionId}:decided`;

export type Decision = { decision: 'upheld' | 'rejected'; investigation: string; byId: string; at: Date };

export async function listOfCycle(cycleId: string, kind: AwardKind): Promise<AwardListDoc> {
  const list = await AwardList.findOne({ key: listKey(cycleId, kind) }).lean<AwardListDoc>();
  if (!list) throw notFound(`${KINDS[kind].label}公示名单`);
  return storedList(list);
}

/** Lists and notices stored before project lists existed name the candidate `secretaryId`: read them as `candidateId`. */
const withId = <T extends { candidateId: string }>(x: T): T => ({ ...x, candidateId: x.candidateId ?? (x as { secretaryId?: string }).secretaryId! });
export const storedList = (list: AwardListDoc): AwardListDoc => ({ ...list, pool: list.pool.map(withId) });
export const storedNotice = (n: AwardNoticeDoc): AwardNoticeDoc => ({
  ...n, places: n.places.map(withId), holders: n.holders.map(withId), removal: n.removal && withId(n.removal),
});

/** Notice 1, from the list alone: the first places of each group, announced when the list was published. */
export function initialNotice(list: AwardListDoc): AwardNoticeDoc {
  const _id = new Types.ObjectId();
  const { holders } = fillPlaces(list.pool, awardGroups(list.total, list.quotas as StreetQuota[] | null));
  const placed: AwardHolder[] = holders.map((c, i) => ({ place: i + 1, candidateId: c.candidateId, group: c.group, noticeId: String(_id) }));
  return {
    _id, seq: `${list._id}#1`, listId: list._id, cycleId: list.cycleId, n: 1,
    places: placed.map((h) => ({ place: h.place, candidateId: h.candidateId })), holders: placed, removal: null,
    ...noticePeriod(list.publishedAt, list.noticeWorkingDays, list.holidays),
  };
}

/** Inserts a link of the chain; false when another change took that link first. */
export async function insertNotice(notice: AwardNoticeDoc): Promise<boolean> {
  try {
    await AwardNotice.create(notice);
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

/** The chain in order; notice 1 is written here if the publisher stopped before writing it. */
export async function noticesOf(list: AwardListDoc): Promise<AwardNoticeDoc[]> {
  const chain = () => AwardNotice.find({ listId: list._id }).sort({ n: 1 }).lean<AwardNoticeDoc[]>();
  let notices = await chain();
  if (!notices.length) {
    await insertNotice(initialNotice(list));
    notices = await chain();
  }
  return notices.map(storedNotice);
}

/**
 * An upheld objection's effect: the candidate leaves, and the next eligible one of the same group
 * (street or district) not on the list and never removed takes the place, with a notice of its own
 * from `at` (the decision). Idempotent: a removal already in the chain, or a candidate already gone,
 * changes nothing; so a decision applied twice (a roll-forward racing its winner) lands once.
 */
export async function applyRemoval(list: AwardListDoc, objection: AwardObjectionDoc, at: Date): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const notices = await noticesOf(list);
    if (notices.some((n) => n.removal?.objectionId === String(objection._id))) return;
    const latest = notices[notices.length - 1];
    const holder = latest.holders.find((h) => h.candidateId === objection.candidateId);
    if (!holder) return;
    const gone = new Set([objection.candidateId, ...notices.flatMap((n) => (n.removal ? [n.removal.candidateId] : []))]);
    const holding = new Set(latest.holders.map((h) => h.candidateId));
    const next = list.pool.find((c) => c.group === holder.group && !gone.has(c.candidateId) && !holding.has(c.candidateId));
    const _id = new Types.ObjectId();
    const taking: AwardHolder[] = next ? [{ place: holder.place, candidateId: next.candidateId, group: holder.group, noticeId: String(_id) }] : [];
    const notice: AwardNoticeDoc = {
      _id, seq: `${list._id}#${latest.n + 1}`, listId: list._id, cycleId: list.cycleId, n: latest.n + 1,
      places: taking.map((h) => ({ place: h.place, candidateId: h.candidateId })),
      holders: [...latest.holders.filter((h) => h !== holder), ...taking].sort((a, b) => a.place - b.place),
      removal: { candidateId: objection.candidateId, place: holder.place, objectionId: String(objection._id) },
      ...noticePeriod(at, list.noticeWorkingDays, list.holidays),
    };
    if (await insertNotice(notice)) return;
  }
  throw conflict('award_list_busy', '名单正被同时修改，请稍后重试 (the list is being changed concurrently; retry)');
}

export interface ListState {
  list: AwardListDoc;
  notices: AwardNoticeDoc[];
  latest: AwardNoticeDoc;
  objections: AwardObjectionDoc[];
  decisions: Map<string, Decision>;
  status: 'notice' | 'review' | 'final';
  /** When the list became final: the end of the last notice (or the last decision, if later). */
  finalSince: Date | null;
}

/**
 * The list as it stands at `now`: in notice (公示) while any holder's notice runs, under review while
 * an objection awaits its decision, final after that. An upheld decision whose change a crash cut off
 * is applied first.
 */
export async function listState(list: AwardListDoc, now: Date): Promise<ListState> {
  const objections = await AwardObjection.find({ listId: list._id }).sort({ submittedAt: 1, _id: 1 }).lean<AwardObjectionDoc[]>();
  const transitions = objections.length
    ? await Transition.find({ _id: { $in: objections.map((o) => decisionId(String(o._id))) } }).lean<Array<TransitionDoc<Decision>>>()
    : [];
  const decisions = new Map(transitions.map((t) => [t._id.split(':')[1], t.data]));
  let notices = await noticesOf(list);
  const applied = new Set(notices.map((n) => n.removal?.objectionId));
  const pending = objections.filter((o) => decisions.get(String(o._id))?.decision === 'upheld' && !applied.has(String(o._id)));
  for (const o of pending) await applyRemoval(list, o, decisions.get(String(o._id))!.at);
  if (pending.length) notices = await noticesOf(list);
  const latest = notices[notices.length - 1];
  const byId = new Map(notices.map((n) => [String(n._id), n]));
  const running = latest.holders.some((h) => noticeOpen(byId.get(h.noticeId)!, now));
  const undecided = objections.some((o) => !decisions.has(String(o._id)));
  const status = running ? 'notice' : undecided ? 'review' : 'final';
  const lastEvent = Math.max(...latest.holders.map((h) => new Date(byId.get(h.noticeId)!.endsAt).getTime()), ...[...decisions.values()].map((d) => new Date(d.at).getTime()), 0);
  return { list, notices, latest, objections, decisions, status, finalSince: status === 'final' ? new Date(lastEvent || list.publishedAt.getTime()) : null };
}
