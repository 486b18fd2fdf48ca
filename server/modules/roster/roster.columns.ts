/** Roster columns: canonical key → accepted headers (Chinese first, English second). */
export const ROSTER_COLUMNS = {
  district_code: ['区编码', 'district_code'],
  district_name: ['区名称', 'district_name'],
  street_code: ['街镇编码', 'street_code'],
  street_name: ['街镇名称', 'street_name'],
  community_code: ['居村编码', 'community_code'],
  community_name: ['居村名称', 'community_name'],
  community_kind: ['居村类型', 'community_kind'],
  username: ['书记账号', 'username'],
  name: ['书记姓名', 'name'],
  phone: ['手机号', 'phone'],
  beam: ['大梁小梁', '大梁/小梁', 'beam'],
  stage: ['成长阶段', 'stage'],
  capacity: ['带教名额', 'capacity'],
  mentor_username: ['大梁账号', 'mentor_username'],
  cohort: ['届别', 'cohort'],
} as const;

export type RosterColumn = keyof typeof ROSTER_COLUMNS;

const HEADER_TO_KEY = new Map<string, RosterColumn>(
  Object.entries(ROSTER_COLUMNS).flatMap(([key, headers]) => headers.map((h): [string, RosterColumn] => [h.toLowerCase(), key as RosterColumn])),
);

/** The canonical key for a header cell, or null for a column we do not read. */
export const columnKey = (header: string): RosterColumn | null => HEADER_TO_KEY.get(header.trim().toLowerCase()) ?? null;

/** The Chinese header of a column, for error reports. */
export const columnLabel = (key: RosterColumn) => ROSTER_COLUMNS[key][0];

/**
 * What a person needs to fill each column, in file order: the import page lists it and the
 * template's 说明 sheet carries it. This file imports nothing, so the console imports it by
 * relative path (like server/lib/status-labels.ts).
 */
export interface RosterColumnGuide {
  key: RosterColumn;
  header: string;
  required: '必填' | '选填' | '视情况';
  example: string;
  note: string;
}

const guide = (key: RosterColumn, required: RosterColumnGuide['required'], example: string, note: string): RosterColumnGuide =>
  ({ key, header: ROSTER_COLUMNS[key][0], required, example, note });

export const ROSTER_GUIDE: readonly RosterColumnGuide[] = [
  guide('district_code', '视情况', 'PT', '系统中只有一个区时可不填；尚无区或有多个区时填写，与区名称同时填写'),
  guide('district_name', '视情况', '普陀区', '与区编码同时填写'),
  guide('street_code', '必填', 'SL-JD', '字母、数字、- 和 _，最长 32 位；同一编码在各行的街镇名称须一致'),
  guide('street_name', '必填', '示例街道', '已有的街镇按编码更新名称'),
  guide('community_code', '必填', 'SL-JD-01', '字母、数字、- 和 _，最长 32 位'),
  guide('community_name', '必填', '示例一村居委', '已有的居村按编码更新名称'),
  guide('community_kind', '选填', '居委', '居委 或 村委，不填为居委'),
  guide('username', '必填', 'shili.zhangjg', '书记的登录名：字母、数字和 _ . @ -，2–64 位；每位书记一行，已有账号按登录名更新'),
  guide('name', '必填', '张建国', ''),
  guide('phone', '选填', '13900000001', '11 位手机号'),
  guide('beam', '选填', '大梁', '大梁 或 小梁'),
  guide('stage', '选填', '新任', '只有小梁填写：新任 / 赋能 / 培优 / 毕业 / 预备大梁，小梁不填为新任'),
  guide('capacity', '选填', '3', '大梁最多带几名小梁：1–20 的整数，不填为 3'),
  guide('mentor_username', '选填', 'shili.zhangjg', '只有小梁填写：带教大梁的书记账号（本名册中的大梁，或系统中已有的大梁）'),
  guide('cohort', '选填', '2026', '结对的届别，不填为导入当年'),
];

/** The template's two example rows: a 大梁 and the 小梁 they coach, which import cleanly into a system with one district. */
export const ROSTER_EXAMPLE_ROWS: ReadonlyArray<Partial<Record<RosterColumn, string>>> = [
  {
    street_code: 'SL-JD', street_name: '示例街道', community_code: 'SL-JD-01', community_name: '示例一村居委', community_kind: '居委',
    username: 'shili.zhangjg', name: '张建国', phone: '13900000001', beam: '大梁', capacity: '3',
  },
  {
    street_code: 'SL-JD', street_name: '示例街道', community_code: 'SL-JD-02', community_name: '示例二村村委', community_kind: '村委',
    username: 'shili.liuxy', name: '刘晓雨', phone: '13900000002', beam: '小梁', stage: '新任', mentor_username: 'shili.zhangjg',
  },
];
