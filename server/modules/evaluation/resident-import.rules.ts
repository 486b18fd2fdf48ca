import { keyedRows } from '../../lib/spreadsheet.js';
import { normalizeVoterKey } from '../../lib/voter-key.js';
import { RESIDENT_IMPORT_COLUMNS, residentColumnLabel, type ResidentImportColumn } from './resident-import.columns.js';

/** A residents' scores file, row by row: what the bulk import takes, with the spreadsheet row and the account's username. */
export interface ResidentFileRow {
  row: number;
  username: string;
  name: string | null;
  voterKey: string;
  indicators?: Record<string, number>;
  overall?: number;
}

export interface ImportRowError { row: number; column: string; message: string }

export interface ScoringShape { indicators: ReadonlyArray<{ key: string; name: string }>; scale: { min: number; max: number } }

/** Indicator columns are keyed `indicator:<key>`, the rest by their RESIDENT_IMPORT_COLUMNS key. */
type Key = ResidentImportColumn | `indicator:${string}`;

function keyOf(cycle: ScoringShape): (header: string) => Key | null {
  const byHeader = new Map<string, Key>();
  for (const [key, headers] of Object.entries(RESIDENT_IMPORT_COLUMNS)) for (const h of headers) byHeader.set(h.toLowerCase(), key as Key);
  for (const i of cycle.indicators) for (const h of [i.name, i.key]) byHeader.set(h.toLowerCase(), `indicator:${i.key}`);
  return (header) => byHeader.get(header.toLowerCase()) ?? null;
}

const NUMBER = /^[+-]?\d+(\.\d+)?$/;

/**
 * Turns a file's rows into the bulk import's input, checking each on its own and against the
 * others (no database): required cells, a score for every indicator or one overall score, numbers
 * within the scale, one row per voter and secretary. Missing columns are reported on row 1.
 */
export function residentRowsFromTable(table: string[][], cycle: ScoringShape): { rows: ResidentFileRow[]; errors: ImportRowError[] } {
  const { keys, rows: data } = keyedRows<Key>(table, keyOf(cycle));
  const missing = missingColumns(keys);
  if (missing.length) {
    return { rows: [], errors: missing.map((column) => ({ row: 1, column, message: `缺少表头“${column}”，请使用导入模板的表头 (missing column)` })) };
  }
  const rows: ResidentFileRow[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of data) {
    const parsed = parseRow(row, cells, cycle, errors);
    if (!parsed) continue;
    // A repeat would silently replace the earlier row's score: in a file it is a typing mistake.
    const voter = `${parsed.username}\n${normalizeVoterKey(parsed.voterKey)}`;
    const first = seen.get(voter);
    if (first) {
      errors.push({ row, column: residentColumnLabel('voterKey'), message: `与第 ${first} 行重复：同一投票人对同一书记只能有一份评分 (duplicate voter for this secretary)` });
      continue;
    }
    seen.set(voter, row);
    rows.push(parsed);
  }
  return { rows, errors };
}

function missingColumns(keys: Array<Key | null>): string[] {
  const missing: string[] = (['username', 'voterKey'] as const).filter((k) => !keys.includes(k)).map(residentColumnLabel);
  if (!keys.some((k) => k === 'overall' || k?.startsWith('indicator:'))) missing.push(`${residentColumnLabel('overall')}或分项评分`);
  return missing;
}

/** One row's input, or null with its problems added to `errors`. */
function parseRow(row: number, cells: Partial<Record<Key, string>>, cycle: ScoringShape, errors: ImportRowError[]): ResidentFileRow | null {
  const before = errors.length;
  const err = (column: string, zh: string, en: string) => errors.push({ row, column, message: `${zh} (${en})` });
  const score = (column: string, text: string) => {
    const n = Number(text);
    if (!NUMBER.test(text)) err(column, '应为数字', 'not a number');
    else if (n < cycle.scale.min || n > cycle.scale.max) err(column, `须在 ${cycle.scale.min}–${cycle.scale.max} 之间`, 'out of scale');
    return n;
  };
  const { username, voterKey } = cells;
  if (!username) err(residentColumnLabel('username'), '必填', 'required');
  if (!voterKey) err(residentColumnLabel('voterKey'), '必填', 'required');
  else if (voterKey.length < 4 || voterKey.length > 64) err(residentColumnLabel('voterKey'), '应为 4–64 个字符', '4–64 characters');
  const given = cycle.indicators.filter((i) => cells[`indicator:${i.key}`] !== undefined);
  let scores: { indicators: Record<string, number> } | { overall: number } | null = null;
  if (given.length) {
    for (const i of cycle.indicators) if (!cells[`indicator:${i.key}`]) err(i.name, '缺少分项评分：填写分项评分时各项都要填', 'missing indicator');
    if (cells.overall) err(residentColumnLabel('overall'), '分项评分与综合评分只填其一', 'indicators or overall, not both');
    scores = { indicators: Object.fromEntries(given.map((i) => [i.key, score(i.name, cells[`indicator:${i.key}`]!)])) };
  } else if (cells.overall) scores = { overall: score(residentColumnLabel('overall'), cells.overall) };
  else err(residentColumnLabel('overall'), '请填写综合评分或全部分项评分', 'no score');
  if (errors.length > before || !scores) return null;
  return { row, username: username!, name: cells.name ?? null, voterKey: voterKey!, ...scores };
}

/** Rows naming an account that is not a secretary, or a name that is not the account's. */
export function accountErrors(rows: ResidentFileRow[], secretaries: ReadonlyMap<string, { displayName: string }>): ImportRowError[] {
  return rows.flatMap((r): ImportRowError[] => {
    const secretary = secretaries.get(r.username);
    if (!secretary) return [{ row: r.row, column: residentColumnLabel('username'), message: `书记账号 ${r.username} 不存在 (no such secretary)` }];
    if (r.name && r.name !== secretary.displayName) {
      return [{ row: r.row, column: residentColumnLabel('name'), message: `账号 ${r.username} 的姓名是“${secretary.displayName}”，与“${r.name}”不符 (name does not match the account)` }];
    }
    return [];
  });
}
