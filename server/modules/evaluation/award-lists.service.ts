import ExcelJS from 'exceljs';
import { Types } from 'mongoose';
import { AwardList, type AwardCandidate, type AwardListDoc } from '../../../models/award.model.js';
import { OrgUnit } from '../../../models/org-unit.model.js';
import { User } from '../../../models/user.model.js';
import type { Actor } from '../../lib/actor.js';
import { conflict, isDuplicateKeyError } from '../../lib/errors.js';
import { dayKey } from '../../lib/time.js';
import { awardGroups, selectAwardees } from './awards.rules.js';
import { initialNotice, insertNotice, listKey, listOfCycle, listState, type ListState } from './award-state.js';
import { rulesOf } from './cycle-rules.js';
import { getCycle } from './cycles.service.js';
import { noticeOpen } from './notice.rules.js';
import { freezeRules } from './rules.service.js';
import type { SecretaryResult } from './evaluation.rules.js';
import { cycleResults, ELIGIBILITY, TIE_BREAK } from './results.service.js';

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Community and street names of the candidates, frozen into the list (public labels only). */
async function candidatesOf(pool: Array<{ result: Omit<SecretaryResult, 'rank'>; group: string }>): Promise<AwardCandidate[]> {
  const users = await User.find({ _id: { $in: pool.map((x) => x.result.secretaryId) } }, { orgUnitId: 1 }).lean<Array<{ _id: Types.ObjectId; orgUnitId?: Types.ObjectId | null }>>();
  const communityOf = new Map(users.map((u) => [String(u._id), u.orgUnitId ? String(u.orgUnitId) : null]));
  const unitIds = [...new Set(pool.flatMap((x) => [communityOf.get(x.result.secretaryId), x.result.streetId]).filter((id): id is string => !!id))];
  const units = await OrgUnit.find({ _id: { $in: unitIds } }, { name: 1 }).lean<Array<{ _id: Types.ObjectId; name: string }>>();
  const names = new Map(units.map((u) => [String(u._id), u.name]));
  return pool.map(({ result: r, group }) => ({
    secretaryId: r.secretaryId, displayName: r.displayName, streetId: r.streetId, streetName: names.get(String(r.streetId)) ?? null,
    communityName: names.get(communityOf.get(r.secretaryId) ?? '') ?? null, final: r.final!, group,
  }));
}

/**
 * Publishes the cycle's 最美书记 candidates for 公示: from its frozen results, under its frozen rules
 * (places, street quotas, notice length), one list per cycle (a second is 409). Notice 1 starts now
 * and runs `noticeWorkingDays` working days (notice.rules.ts); `holidays` are days not counted.
 */
export async function publishAwardList(cycleId: string, input: { holidays?: string[] }, actor: Actor, now: Date) {
  const cycle = await getCycle(cycleId);
  if (cycle.status !== 'closed' && cycle.status !== 'published') {
    throw conflict('results_not_frozen', `评估周期当前为 ${cycle.status}，须先结束评分、冻结结果，才能发布公示名单 (close the cycle first)`);
  }
  const { results } = await cycleResults(cycleId);
  const { rules, rulesHash } = rulesOf(cycle);
  const selection = selectAwardees(results, awardGroups(rules.awards.total, rules.awards.quotas));
  const list: AwardListDoc = {
    _id: new Types.ObjectId(), key: listKey(cycleId), cycleId: cycle._id, kind: 'secretary', rulesHash,
    total: rules.awards.total, quotaMode: rules.awards.quotaMode, quotas: rules.awards.quotas, pool: await candidatesOf(selection.pool),
    unfilled: selection.unfilled, noticeWorkingDays: rules.awards.noticeWorkingDays, holidays: [...new Set(input.holidays ?? [])].sort(),
    byId: new Types.ObjectId(actor.id), publishedAt: now,
  };
  try {
    await AwardList.create(list);
  } catch (err) {
    if (isDuplicateKeyError(err)) throw conflict('award_list_exists', '本周期的最美书记公示名单已发布 (the list is already published)');
    throw err;
  }
  await insertNotice(initialNotice(list));
  return awardListView(cycleId, now);
}

function placesOf(state: ListState, now: Date) {
  const candidate = new Map(state.list.pool.map((c) => [c.secretaryId, c]));
  const notice = new Map(state.notices.map((n) => [String(n._id), n]));
  return state.latest.holders.map((h) => {
    const c = candidate.get(h.secretaryId)!;
    const n = notice.get(h.noticeId)!;
    return {
      place: h.place, secretaryId: h.secretaryId, displayName: c.displayName, streetName: c.streetName, communityName: c.communityName,
      final: r2(c.final), noticeId: h.noticeId, noticeEndsAt: n.endsAt, inNotice: noticeOpen(n, now),
    };
  });
}

const STATUS_TEXT = { notice: '公示中 (in public notice)', review: '公示期满，尚有异议待处理 (objections pending)', final: '名单已确定 (final)' };

/** The list as the admin sees it: places and holders, every notice, objections counted, status. */
export async function awardListView(cycleId: string, now: Date) {
  const state = await listState(await listOfCycle(cycleId), now);
  const { list } = state;
  return {
    id: String(list._id), cycleId, status: state.status, statusText: STATUS_TEXT[state.status], finalSince: state.finalSince,
    rulesHash: list.rulesHash, total: list.total, quotaMode: list.quotaMode, quotas: list.quotas, unfilled: list.unfilled,
    noticeWorkingDays: list.noticeWorkingDays, holidays: list.holidays, publishedAt: list.publishedAt, tieBreak: TIE_BREAK, eligibility: ELIGIBILITY,
    places: placesOf(state, now),
    /** Places an upheld objection freed with nobody eligible left to take them. */
    vacant: [...new Set(state.notices.flatMap((n) => (n.removal ? [n.removal.place] : [])))].filter((p) => !state.latest.holders.some((h) => h.place === p)).sort((a, b) => a - b),
    notices: state.notices.map((n) => ({
      id: String(n._id), n: n.n, places: n.places, startsAt: n.startsAt, lastDay: n.lastDay, endsAt: n.endsAt, open: noticeOpen(n, now), removal: n.removal,
    })),
    objections: { total: state.objections.length, open: state.objections.filter((o) => !state.decisions.has(String(o._id))).length },
  };
}

/** The final list as a workbook; before it is final (notice running or objections open) 409. */
export async function exportAwardList(cycleId: string, now: Date): Promise<Buffer> {
  const state = await listState(await listOfCycle(cycleId), now);
  if (state.status !== 'final') throw conflict('award_list_not_final', `名单尚未确定（${STATUS_TEXT[state.status]}），公示期满且异议处理完毕后才能导出 (not final yet)`);
  const cycle = await getCycle(cycleId);
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('最美书记名单');
  sheet.addRow([`${cycle.name} 最美书记名单（确定于 ${dayKey(state.finalSince!)}，规则 ${state.list.rulesHash}）`]).font = { bold: true };
  sheet.addRow(['名额', '书记', '居村', '街镇', '综合得分', '公示截止']).font = { bold: true };
  for (const p of placesOf(state, now)) sheet.addRow([p.place, p.displayName, p.communityName ?? '', p.streetName ?? '', p.final, dayKey(p.noticeEndsAt)]);
  [8, 12, 18, 16, 10, 14].forEach((width, i) => { sheet.getColumn(i + 1).width = width; });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The cycle's award places: frozen once open; before that, what opening now would freeze. */
export async function awardQuotas(cycleId: string) {
  const cycle = await getCycle(cycleId);
  const { rules, rulesHash, frozen } = cycle.rules ? rulesOf(cycle) : { ...(await freezeRules(cycle)), frozen: false };
  return {
    frozen, rulesHash, ...rules.awards,
    rounding: '按各街镇居村数占比分配名额：先取整数部分，余下名额按余数从大到小逐一分配，余数相同按街镇编码升序（最大余数法）(largest remainder / Hamilton; equal remainders by street code)',
  };
}
