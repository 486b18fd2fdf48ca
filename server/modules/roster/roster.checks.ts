import { Types } from 'mongoose';
import { Mentorship, type MentorshipDoc } from '../../../models/mentorship.model.js';
import { OrgUnit, type OrgUnitDoc } from '../../../models/org-unit.model.js';
import { User, type UserDoc } from '../../../models/user.model.js';
import { canMentor, capacityOf, capacityShortfall } from '../mentorship/index.js';
import { columnLabel } from './roster.columns.js';
import type { RosterRow, RowError } from './roster.rules.js';

/** What the database already holds for a roster: loaded once, with `$in` queries, before any write. */
export interface RosterContext {
  district: OrgUnitDoc | null;
  units: Map<string, OrgUnitDoc>;
  users: Map<string, UserDoc>;
  activeByMentee: Map<string, MentorshipDoc>;
  activeCountByMentor: Map<string, number>;
  /** The places (slots) each mentor's active pairs hold. */
  activeSlotsByMentor: Map<string, number[]>;
}

/**
 * `heldBack`: usernames on rows that failed the field checks. A row naming one of them as its 大梁
 * is not judged on that pairing (the 大梁's own row is reported; its fix may change the answer).
 */
export async function loadRosterContext(
  rows: RosterRow[], districtId?: string, heldBack: ReadonlySet<string> = new Set(),
): Promise<{ ctx: RosterContext; errors: RowError[] }> {
  const errors: RowError[] = [];
  const codes = [...new Set(rows.flatMap((r) => [r.streetCode, r.communityCode, ...(r.districtCode ? [r.districtCode] : [])]))];
  const usernames = [...new Set(rows.flatMap((r) => [r.username, ...(r.mentorUsername ? [r.mentorUsername] : [])]))];
  const [units, users] = await Promise.all([
    OrgUnit.find({ code: { $in: codes } }).lean<OrgUnitDoc[]>(),
    User.find({ username: { $in: usernames } }).lean<UserDoc[]>(),
  ]);
  const userIds = users.map((u) => u._id);
  const active = await Mentorship.find({ status: 'active', $or: [{ menteeId: { $in: userIds } }, { mentorId: { $in: userIds } }] }).lean<MentorshipDoc[]>();
  const ctx: RosterContext = {
    district: null,
    units: new Map(units.map((u) => [u.code, u])),
    users: new Map(users.map((u) => [u.username, u])),
    activeByMentee: new Map(active.map((m) => [String(m.menteeId), m])),
    activeCountByMentor: new Map(),
    activeSlotsByMentor: new Map(),
  };
  for (const m of active) {
    ctx.activeCountByMentor.set(String(m.mentorId), (ctx.activeCountByMentor.get(String(m.mentorId)) ?? 0) + 1);
    ctx.activeSlotsByMentor.set(String(m.mentorId), [...(ctx.activeSlotsByMentor.get(String(m.mentorId)) ?? []), m.slot]);
  }

  const fileDistrict = rows.find((r) => r.districtCode);
  if (fileDistrict) {
    ctx.district = ctx.units.get(fileDistrict.districtCode!) ?? null;
  } else if (districtId) {
    ctx.district = await OrgUnit.findOne({ _id: new Types.ObjectId(districtId), level: 'district' }).lean<OrgUnitDoc>();
    if (!ctx.district) errors.push({ row: 1, column: columnLabel('district_code'), message: '指定的区不存在 (district not found)' });
  } else {
    const districts = await OrgUnit.find({ level: 'district' }).limit(2).lean<OrgUnitDoc[]>();
    if (districts.length === 1) ctx.district = districts[0];
    else errors.push({ row: 1, column: columnLabel('district_code'), message: '请在名册中填写区编码与区名称，或指定 district 参数 (which district?)' });
  }
  errors.push(...unitErrors(rows, ctx), ...userErrors(rows, ctx, heldBack), ...capacityErrors(rows, ctx));
  return { ctx, errors };
}

function unitErrors(rows: RosterRow[], ctx: RosterContext): RowError[] {
  const errors: RowError[] = [];
  const add = (row: number, col: Parameters<typeof columnLabel>[0], message: string) => errors.push({ row, column: columnLabel(col), message });
  for (const r of rows) {
    if (r.districtCode) {
      const d = ctx.units.get(r.districtCode);
      if (d && d.level !== 'district') add(r.row, 'district_code', `编码 ${r.districtCode} 已被${d.name}使用 (code used by another unit)`);
    }
    const street = ctx.units.get(r.streetCode);
    if (street && street.level !== 'street') add(r.row, 'street_code', `编码 ${r.streetCode} 已被${street.name}使用 (code used by a non-street)`);
    else if (street && ctx.district && String(street.districtId) !== String(ctx.district._id)) add(r.row, 'street_code', `街镇 ${r.streetCode} 属于其他区 (street belongs to another district)`);
    const community = ctx.units.get(r.communityCode);
    if (community && community.level !== 'community') add(r.row, 'community_code', `编码 ${r.communityCode} 已被${community.name}使用 (code used by a non-community)`);
    else if (community && street && String(community.streetId) !== String(street._id)) add(r.row, 'community_code', `居村 ${r.communityCode} 已属于其他街镇 (community belongs to another street)`);
    else if (community && !street) add(r.row, 'community_code', `居村 ${r.communityCode} 已属于其他街镇 (community belongs to another street)`);
  }
  return errors;
}

function userErrors(rows: RosterRow[], ctx: RosterContext, heldBack: ReadonlySet<string>): RowError[] {
  const errors: RowError[] = [];
  const add = (row: number, col: Parameters<typeof columnLabel>[0], message: string) => errors.push({ row, column: columnLabel(col), message });
  const inFile = new Map(rows.map((r) => [r.username, r]));
  const newPairs = new Map<string, RosterRow[]>();
  for (const r of rows) {
    const existing = ctx.users.get(r.username);
    if (existing && existing.role !== 'secretary') add(r.row, 'username', `账号 ${r.username} 已被非书记用户使用 (username belongs to a ${existing.role})`);
    if (!r.mentorUsername || heldBack.has(r.mentorUsername)) continue;
    const mentorRow = inFile.get(r.mentorUsername);
    const mentorUser = ctx.users.get(r.mentorUsername);
    if (!mentorRow) {
      if (!mentorUser) { add(r.row, 'mentor_username', `大梁账号 ${r.mentorUsername} 不存在 (mentor not found)`); continue; }
      if (!canMentor(mentorUser)) { add(r.row, 'mentor_username', `${mentorUser.displayName} 不是大梁 (not eligible to mentor)`); continue; }
    }
    const current = existing ? ctx.activeByMentee.get(String(existing._id)) : undefined;
    if (current && !(mentorUser && String(current.mentorId) === String(mentorUser._id))) {
      add(r.row, 'mentor_username', `${r.name} 已有在带的大梁，请先结束原结对 (mentee already paired)`);
      continue;
    }
    if (!current) newPairs.set(r.mentorUsername, [...(newPairs.get(r.mentorUsername) ?? []), r]);
  }
  for (const [mentorUsername, pairs] of newPairs) {
    const mentorRow = inFile.get(mentorUsername);
    const mentorUser = ctx.users.get(mentorUsername);
    const capacity = mentorRow?.capacity ?? capacityOf(mentorUser ?? {});
    const taken = mentorUser ? (ctx.activeCountByMentor.get(String(mentorUser._id)) ?? 0) : 0;
    pairs.slice(Math.max(0, capacity - taken)).forEach((r) =>
      add(r.row, 'mentor_username', `大梁 ${mentorUsername} 的带教名额已满（容量 ${capacity} 人）(mentor at capacity ${capacity})`),
    );
  }
  return errors;
}

/** A capacity in the file may not drop below a mentor's active pairs nor a place they hold: the rule of the users API. */
function capacityErrors(rows: RosterRow[], ctx: RosterContext): RowError[] {
  return rows.flatMap((r) => {
    const user = ctx.users.get(r.username);
    if (r.capacity === null || !user) return [];
    const shortfall = capacityShortfall(r.capacity, ctx.activeSlotsByMentor.get(String(user._id)) ?? []);
    return shortfall ? [{ row: r.row, column: columnLabel('capacity'), message: shortfall.message }] : [];
  });
}
