import ExcelJS from 'exceljs';
import { Types } from 'mongoose';
import { AwardList, type AwardListDoc } from '../../../models/award.model.js';
import type { Actor } from '../../lib/actor.js';
import { conflict, isDuplicateKeyError } from '../../lib/errors.js';
import { dayKey } from '../../lib/time.js';
import { listSource } from './award-candidates.js';
import { KINDS, underKindId } from './award-kinds.js';
import type { AwardKind } from './awards.rules.js';
import { initialNotice, insertNotice, listKey, listOfCycle, listState, type ListState } from './award-state.js';
import { getCycle } from './cycles.service.js';
import { noticeOpen } from './notice.rules.js';
import { PROJECT_TIE_BREAK, projectEligibility } from './project-awards.rules.js';
import { honourRules } from './rules.service.js';
import { ELIGIBILITY, TIE_BREAK } from './results.service.js';
import { CYCLE_STATUS_LABELS, labelOf } from '../../lib/status-labels.js';

/**
 * Publishes a cycle's candidates of one honour for 公示, once the cycle is closed: 最美书记 from its
 * frozen results, 最受群众欢迎项目 from the popularity ranking as it stands (snapshotted into the
 * list), each under its frozen places, street quotas and notice length. One list per cycle and kind
 * (a second is 409). Notice 1 starts now and runs `noticeWorkingDays` working days (notice.rules.ts);
 * `holidays` are days not counted.
 */
export async function publishAwardList(cycleId: string, kind: AwardKind, input: { holidays?: string[] }, actor: Actor, now: Date) {
  const cycle = await getCycle(cycleId);
  if (cycle.status !== 'closed' && cycle.status !== 'published') {
    throw conflict('results_not_frozen', `评估周期当前为“${labelOf(CYCLE_STATUS_LABELS, cycle.status)}”，须先结束评分、冻结结果，才能发布公示名单 (close the cycle first)`);
  }
  const { settings, rulesHash, pool, unfilled, ranking } = await listSource(cycle, kind);
  const list: AwardListDoc = {
    _id: new Types.ObjectId(), key: listKey(cycleId, kind), cycleId: cycle._id, kind, rulesHash,
    total: settings.total, quotaMode: settings.quotaMode, quotas: settings.quotas, pool, unfilled, ranking,
    noticeWorkingDays: settings.noticeWorkingDays, holidays: [...new Set(input.holidays ?? [])].sort(),
    byId: new Types.ObjectId(actor.id), publishedAt: now,
  };
  try {
    await AwardList.create(list);
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('award_list_exists', `本周期的${KINDS[kind].label}公示名单已发布 (the list is already published)`);
    throw err;
  }
  await insertNotice(initialNotice(list));
  return awardListView(cycleId, kind, now);
}

function placesOf(state: ListState, now: Date) {
  const { kind } = state.list;
  const candidate = new Map(state.list.pool.map((c) => [c.candidateId, c]));
  const notice = new Map(state.notices.map((n) => [String(n._id), n]));
  return state.latest.holders.map((h) => {
    const c = candidate.get(h.candidateId)!;
    const n = notice.get(h.noticeId)!;
    return {
      place: h.place, [KINDS[kind].idKey]: h.candidateId, ...KINDS[kind].show(c), candidate: c,
      noticeId: h.noticeId, noticeEndsAt: n.endsAt, inNotice: noticeOpen(n, now),
    };
  });
}

/** How the order and eligibility of a list were decided, as the admin and the export show it. */
function basisOf(list: AwardListDoc) {
  if (list.kind === 'secretary') return { tieBreak: TIE_BREAK, eligibility: ELIGIBILITY };
  const { votesCycle, formula, mean, minVotes, excluded } = list.ranking!;
  return { tieBreak: PROJECT_TIE_BREAK, eligibility: projectEligibility(minVotes), ranking: { votesCycle, formula, mean, minVotes, excluded: excluded.map((e) => underKindId('project', e)) } };
}

const STATUS_TEXT = { notice: '公示中 (in public notice)', review: '公示期满，尚有异议待处理 (objections pending)', final: '名单已确定 (final)' };

/** The list as the admin sees it: places and holders, every notice, objections counted, status. */
export async function awardListView(cycleId: string, kind: AwardKind, now: Date) {
  const state = await listState(await listOfCycle(cycleId, kind), now);
  const { list } = state;
  return {
    id: String(list._id), cycleId, kind, label: KINDS[kind].label, status: state.status, statusText: STATUS_TEXT[state.status], finalSince: state.finalSince,
    rulesHash: list.rulesHash, total: list.total, quotaMode: list.quotaMode, quotas: list.quotas, unfilled: list.unfilled,
    noticeWorkingDays: list.noticeWorkingDays, holidays: list.holidays, publishedAt: list.publishedAt, ...basisOf(list),
    places: placesOf(state, now).map(({ candidate, ...place }) => place),
    /** Places an upheld objection freed with nobody eligible left to take them. */
    vacant: [...new Set(state.notices.flatMap((n) => (n.removal ? [n.removal.place] : [])))].filter((p) => !state.latest.holders.some((h) => h.place === p)).sort((a, b) => a - b),
    notices: state.notices.map((n) => ({
      id: String(n._id), n: n.n, places: n.places.map((p) => underKindId(kind, p)), startsAt: n.startsAt, lastDay: n.lastDay, endsAt: n.endsAt,
      open: noticeOpen(n, now), removal: n.removal && underKindId(kind, n.removal),
    })),
    objections: { total: state.objections.length, open: state.objections.filter((o) => !state.decisions.has(String(o._id))).length },
  };
}

/** The final list as a workbook; before it is final (notice running or objections open) 409. */
export async function exportAwardList(cycleId: string, kind: AwardKind, now: Date): Promise<Buffer> {
  const state = await listState(await listOfCycle(cycleId, kind), now);
  if (state.status !== 'final') throw conflict('award_list_not_final', `名单尚未确定（${STATUS_TEXT[state.status]}），公示期满且异议处理完毕后才能导出 (not final yet)`);
  const cycle = await getCycle(cycleId);
  const { label, columns } = KINDS[kind];
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(`${label}名单`);
  sheet.addRow([`${cycle.name} ${label}名单（确定于 ${dayKey(state.finalSince!)}，规则 ${state.list.rulesHash}）`]).font = { bold: true };
  sheet.addRow(['名额', ...columns.map((c) => c.header), '公示截止']).font = { bold: true };
  for (const p of placesOf(state, now)) sheet.addRow([p.place, ...columns.map((c) => c.cell(p.candidate)), dayKey(p.noticeEndsAt)]);
  [8, ...columns.map((c) => c.width), 14].forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One honour's places of the cycle: frozen once open; before that, what opening now would freeze. */
export async function awardQuotas(cycleId: string, kind: AwardKind) {
  const { settings, rulesHash, frozen } = await honourRules(await getCycle(cycleId), kind);
  return {
    frozen, rulesHash, ...settings,
    rounding: '按各街镇居村数占比分配名额：先取整数部分，余下名额按余数从大到小逐一分配，余数相同按街镇编码升序（最大余数法）(largest remainder / Hamilton; equal remainders by street code)',
  };
}
