import { Types } from 'mongoose';
import { AwardList, AwardNotice, AwardObjection, type AwardListDoc, type AwardNoticeDoc, type AwardObjectionDoc } from '../../../models/award.model.js';
import { getCycle } from './cycles.service.js';
import { recordTransition } from '../../db/transitions.js';
import type { Actor } from '../../lib/actor.js';
import { conflict, invalid, notFound } from '../../lib/errors.js';
import { dayKey } from '../../lib/time.js';
import { KINDS, underKindId } from './award-kinds.js';
import type { AwardKind } from './awards.rules.js';
import { applyRemoval, decisionId, listOfCycle, listState, storedList, storedNotice, type Decision } from './award-state.js';
import { noticeOpen } from './notice.rules.js';

async function noticeWithList(noticeId: string): Promise<{ notice: AwardNoticeDoc; list: AwardListDoc }> {
  const notice = await AwardNotice.findById(noticeId).lean<AwardNoticeDoc>();
  const list = notice && (await AwardList.findById(notice.listId).lean<AwardListDoc>());
  if (!notice || !list) throw notFound('公示');
  return { notice: storedNotice(notice), list: storedList(list) };
}

const HOW_TO_OBJECT = '对公示对象有异议的，请在公示期内提交，写明具体事实和理由；可留下姓名和联系方式以便核实（仅供调查使用，不会公开）。匿名异议同样受理。';

/**
 * A 公示 of either honour as the public sees it (no login): the candidates it announces who are still
 * on the list, with their community, street and score (a secretary's name and final score; a
 * project's title, score and votes), the period and how to object. Nothing about objections, and no
 * personal data beyond the names published.
 */
export async function publicNotice(noticeId: string, now: Date) {
  const { notice, list } = await noticeWithList(noticeId);
  const [state, cycle] = await Promise.all([listState(list, now), getCycle(String(list.cycleId))]);
  const holding = new Set(state.latest.holders.filter((h) => h.noticeId === noticeId).map((h) => h.candidateId));
  const candidate = new Map(list.pool.map((c) => [c.candidateId, c]));
  const kind = KINDS[list.kind];
  return {
    id: noticeId, kind: list.kind, label: kind.label, title: `${cycle.name} ${kind.label} 公示`, year: cycle.year,
    startsAt: notice.startsAt, lastDay: notice.lastDay, endsAt: notice.endsAt, workingDays: list.noticeWorkingDays, open: noticeOpen(notice, now),
    candidates: notice.places.filter((p) => holding.has(p.candidateId)).map((p) => ({ candidateId: p.candidateId, place: p.place, ...kind.show(candidate.get(p.candidateId)!) })),
    howToObject: HOW_TO_OBJECT,
    objectionPath: `/api/v1/public/award-notices/${noticeId}/objections`,
  };
}

export interface ObjectionInput {
  candidateId: string;
  reason: string;
  name?: string;
  contact?: string;
}

/** Anyone may object to a candidate of a notice while it runs; the answer never repeats name or contact. */
export async function submitObjection(noticeId: string, input: ObjectionInput, now: Date) {
  const { notice, list } = await noticeWithList(noticeId);
  const { noun } = KINDS[list.kind];
  if (!notice.places.some((p) => p.candidateId === input.candidateId)) {
    throw invalid('not_a_candidate', `该${noun}不在本次公示名单中 (not a candidate of this notice)`, [{ path: 'candidateId' }]);
  }
  if (!noticeOpen(notice, now)) throw conflict('notice_closed', `公示期为 ${dayKey(notice.startsAt)} 至 ${notice.lastDay} 24:00，当前不在公示期内，不能提出异议 (outside the notice period)`);
  const state = await listState(list, now);
  if (!state.latest.holders.some((h) => h.candidateId === input.candidateId && h.noticeId === noticeId)) {
    throw conflict('candidate_withdrawn', `该${noun}已不在公示名单中 (no longer on the list)`);
  }
  const objection = await AwardObjection.create({
    listId: list._id, noticeId: notice._id, cycleId: list.cycleId, candidateId: input.candidateId,
    reason: input.reason, name: input.name || null, contact: input.contact || null, submittedAt: now,
  });
  return {
    id: String(objection._id), noticeId, candidateId: input.candidateId, submittedAt: now, status: 'received',
    message: '异议已收到，将由组织部门调查核实 (objection received; it will be investigated)',
  };
}

function objectionView(o: AwardObjectionDoc, decision: Decision | undefined, displayName: string | undefined) {
  return {
    id: String(o._id), noticeId: String(o.noticeId), candidateId: o.candidateId, candidateName: displayName ?? null,
    reason: o.reason, name: o.name, contact: o.contact, submittedAt: o.submittedAt,
    status: decision?.decision ?? 'open', decision: decision ?? null,
  };
}

/** Admins: every objection to the cycle's list of one honour, with who raised it (if they said) and any decision. */
export async function listObjections(cycleId: string, kind: AwardKind, now: Date, status?: 'open' | 'upheld' | 'rejected') {
  const state = await listState(await listOfCycle(cycleId, kind), now);
  const names = new Map(state.list.pool.map((c) => [c.candidateId, c.displayName]));
  const items = state.objections.map((o) => objectionView(o, state.decisions.get(String(o._id)), names.get(o.candidateId)));
  return { status: state.status, items: status ? items.filter((i) => i.status === status) : items };
}

/**
 * Records the investigation and the decision, once: the transition "award-objection:<id>:decided"
 * lets exactly one of parallel decisions win (the others 409 objection_decided). Upheld: the
 * candidate leaves the list and the next eligible one takes the place, with a notice of its own.
 */
export async function decideObjection(
  cycleId: string, kind: AwardKind, objectionId: string, input: { decision: 'upheld' | 'rejected'; investigation: string }, actor: Actor, now: Date,
) {
  const list = await listOfCycle(cycleId, kind);
  const objection = await AwardObjection.findOne({ _id: new Types.ObjectId(objectionId), listId: list._id }).lean<AwardObjectionDoc>();
  if (!objection) throw notFound('异议');
  const decided = await recordTransition<Decision>(decisionId(objectionId), { ...input, byId: actor.id, at: now });
  if (!decided.won) {
    throw conflict('objection_decided', `该异议已处理（${decided.transition.data.decision === 'upheld' ? '异议成立' : '异议不成立'}），处理结论不能更改 (already decided)`, [{ decision: decided.transition.data.decision }]);
  }
  if (input.decision === 'upheld') await applyRemoval(list, objection, now);
  const state = await listState(list, now);
  const names = new Map(list.pool.map((c) => [c.candidateId, c.displayName]));
  const replacement = state.notices.find((n) => n.removal?.objectionId === objectionId);
  const taking = replacement?.places[0];
  return {
    objection: objectionView(objection, decided.transition.data, names.get(objection.candidateId)),
    replacement: taking
      ? { ...underKindId(kind, taking), displayName: names.get(taking.candidateId), noticeId: String(replacement._id), endsAt: replacement.endsAt, lastDay: replacement.lastDay }
      : null,
    removal: replacement?.removal ? underKindId(kind, replacement.removal) : null,
    listStatus: state.status,
  };
}
