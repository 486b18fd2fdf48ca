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
  Object.entries(ROSTER_COLUMNS).flatMap(([key, headers]) => headers.map((h) => [h.toLowerCase(), key as RosterColumn])),
);

/** The canonical key for a header cell, or null for a column we do not read. */
export const columnKey = (header: string): RosterColumn | null => HEADER_TO_KEY.get(header.trim().toLowerCase()) ?? null;

/** The Chinese header of a column, for error reports. */
export const columnLabel = (key: RosterColumn) => ROSTER_COLUMNS[key][0];
