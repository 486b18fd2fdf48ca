import type { Stage } from '../../../models/user.model.js';
import { columnLabel, type RosterColumn } from './roster.columns.js';
import type { RawRow } from './roster.parse.js';

export interface RosterRow {
  row: number;
  districtCode?: string;
  districtName?: string;
  streetCode: string;
  streetName: string;
  communityCode: string;
  communityName: string;
  communityKind: 'residential' | 'village';
  username: string;
  name: string;
  phone: string | null;
  beam: 'mentor' | 'mentee' | null;
  stage: Stage | null;
  capacity: number | null;
  mentorUsername: string | null;
  cohort: string;
}

export interface RowError {
  row: number;
  column: string;
  message: string;
}

const BEAM_VALUES: Record<string, 'mentor' | 'mentee'> = { 大梁: 'mentor', mentor: 'mentor', 小梁: 'mentee', mentee: 'mentee' };
const STAGE_VALUES: Record<string, Stage> = {
  新任: 'new', new: 'new', 赋能: 'empowered', empowered: 'empowered', 培优: 'excellent', excellent: 'excellent',
  毕业: 'graduated', graduated: 'graduated', 预备大梁: 'reserve', reserve: 'reserve',
};
const KIND_VALUES: Record<string, 'residential' | 'village'> = {
  居委: 'residential', 居委会: 'residential', residential: 'residential', 村委: 'village', 村委会: 'village', village: 'village',
};
const CODE = /^[A-Za-z0-9_-]{1,32}$/;
const USERNAME = /^[A-Za-z0-9_.@-]{2,64}$/;

/** Normalizes and checks every row on its own and against the others (no database). */
export function validateRosterRows(raw: RawRow[], defaultCohort: string): { rows: RosterRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const err = (row: number, column: RosterColumn, zh: string, en: string) =>
    errors.push({ row, column: columnLabel(column), message: `${zh} (${en})` });
  const rows: RosterRow[] = [];

  for (const { row, cells } of raw) {
    const before = errors.length;
    const required: RosterColumn[] = ['street_code', 'street_name', 'community_code', 'community_name', 'username', 'name'];
    for (const col of required) if (!cells[col]) err(row, col, '必填', 'required');
    for (const col of ['district_code', 'street_code', 'community_code'] as const) {
      if (cells[col] && !CODE.test(cells[col]!)) err(row, col, '编码只能包含字母、数字、- 和 _', 'invalid code');
    }
    if (cells.username && !USERNAME.test(cells.username)) err(row, 'username', '账号只能包含字母、数字和 _ . @ -', 'invalid username');
    if (cells.mentor_username && !USERNAME.test(cells.mentor_username)) err(row, 'mentor_username', '账号格式不正确', 'invalid username');
    if (cells.phone && !/^1\d{10}$/.test(cells.phone)) err(row, 'phone', '手机号应为 11 位数字', 'invalid phone');
    const beam = cells.beam ? BEAM_VALUES[cells.beam.toLowerCase()] : null;
    if (cells.beam && !beam) err(row, 'beam', '应为“大梁”或“小梁”', 'must be mentor or mentee');
    let stage = cells.stage ? STAGE_VALUES[cells.stage.toLowerCase()] : null;
    if (cells.stage && !stage) err(row, 'stage', '应为 新任/赋能/培优/毕业/预备大梁', 'unknown stage');
    if (stage && beam !== 'mentee') err(row, 'stage', '只有小梁填写成长阶段', 'stage is for mentees');
    if (beam === 'mentee' && !stage) stage = 'new';
    const kind = cells.community_kind ? KIND_VALUES[cells.community_kind.toLowerCase()] : 'residential';
    if (!kind) err(row, 'community_kind', '应为“居委”或“村委”', 'must be residential or village');
    const capacity = cells.capacity ? Number(cells.capacity) : null;
    if (capacity !== null && !(Number.isInteger(capacity) && capacity >= 1 && capacity <= 20)) {
      err(row, 'capacity', '带教名额应为 1–20 的整数', 'capacity must be 1–20');
    }
    if (cells.mentor_username && beam !== 'mentee') err(row, 'mentor_username', '只有小梁可以指定大梁', 'only mentees have a mentor');
    if (cells.mentor_username && cells.mentor_username === cells.username) err(row, 'mentor_username', '不能与自己结对', 'cannot mentor oneself');
    if (Boolean(cells.district_code) !== Boolean(cells.district_name)) {
      err(row, cells.district_code ? 'district_name' : 'district_code', '区编码与区名称须同时填写', 'district code and name go together');
    }
    if (errors.length > before) continue;
    rows.push({
      row,
      districtCode: cells.district_code,
      districtName: cells.district_name,
      streetCode: cells.street_code!,
      streetName: cells.street_name!,
      communityCode: cells.community_code!,
      communityName: cells.community_name!,
      communityKind: kind!,
      username: cells.username!,
      name: cells.name!,
      phone: cells.phone ?? null,
      beam,
      stage: stage ?? null,
      capacity,
      mentorUsername: cells.mentor_username ?? null,
      cohort: cells.cohort ?? defaultCohort,
    });
  }
  errors.push(...crossRowErrors(rows));
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}

/** The same code must mean the same thing on every row; usernames appear once; in-file mentors must be eligible. */
function crossRowErrors(rows: RosterRow[]): RowError[] {
  const errors: RowError[] = [];
  const streets = new Map<string, RosterRow>();
  const communities = new Map<string, RosterRow>();
  const users = new Map<string, RosterRow>();
  const districts = new Set(rows.filter((r) => r.districtCode).map((r) => r.districtCode));
  for (const r of rows) {
    if (districts.size > 1) errors.push({ row: r.row, column: columnLabel('district_code'), message: '一个名册只能属于一个区 (one district per roster)' });
    const s = streets.get(r.streetCode);
    if (s && s.streetName !== r.streetName) {
      errors.push({ row: r.row, column: columnLabel('street_name'), message: `街镇编码 ${r.streetCode} 在第 ${s.row} 行名称为“${s.streetName}” (same code, different name)` });
    } else if (!s) streets.set(r.streetCode, r);
    const c = communities.get(r.communityCode);
    if (c && (c.communityName !== r.communityName || c.streetCode !== r.streetCode)) {
      errors.push({ row: r.row, column: columnLabel('community_code'), message: `居村编码 ${r.communityCode} 与第 ${c.row} 行不一致 (same code, different community)` });
    } else if (!c) communities.set(r.communityCode, r);
    const u = users.get(r.username);
    if (u) errors.push({ row: r.row, column: columnLabel('username'), message: `账号 ${r.username} 与第 ${u.row} 行重复 (duplicate username)` });
    else users.set(r.username, r);
  }
  for (const r of rows) {
    const mentor = r.mentorUsername ? users.get(r.mentorUsername) : undefined;
    if (mentor && !(mentor.beam === 'mentor' || mentor.stage === 'reserve')) {
      errors.push({ row: r.row, column: columnLabel('mentor_username'), message: `${r.mentorUsername} 在名册中不是大梁 (not a mentor in this roster)` });
    }
  }
  return errors;
}
