import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from '../../lib/errors.js';
import { columnKey, type RosterColumn } from './roster.columns.js';

/** One data row: its spreadsheet row number (header = 1) and its cells by canonical column. */
export interface RawRow {
  row: number;
  cells: Partial<Record<RosterColumn, string>>;
}

export type RosterFormat = 'csv' | 'xlsx';

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]); // a zip archive

export const detectFormat = (buf: Buffer): RosterFormat => (buf.subarray(0, 4).equals(XLSX_MAGIC) ? 'xlsx' : 'csv');

function toRows(table: string[][]): RawRow[] {
  const [header, ...body] = table;
  if (!header) throw invalid('roster_empty', '名册为空 (the roster is empty)');
  const keys = header.map((h) => columnKey(String(h ?? '')));
  if (!keys.includes('username')) {
    throw invalid('roster_header', '名册缺少表头“书记账号” (header row must name the columns)', [{ row: 1, column: '书记账号' }]);
  }
  const rows: RawRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    const row: RawRow = { row: i + 2, cells: {} };
    keys.forEach((key, col) => {
      const value = String(cells[col] ?? '').trim();
      if (key && value) row.cells[key] = value;
    });
    rows.push(row);
  });
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (typeof value === 'object') {
    if ('text' in value && value.text != null) return String(value.text);
    if ('result' in value && value.result != null) return String(value.result);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if (value instanceof Date) return value.toISOString().slice(0, 10);
  }
  return String(value);
}

export async function parseRoster(buf: Buffer, format: RosterFormat = detectFormat(buf)): Promise<RawRow[]> {
  if (format === 'csv') {
    let table: string[][];
    try {
      table = parse(buf, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
    } catch (err) {
      throw invalid('roster_unreadable', `无法读取 CSV：${(err as Error).message} (unreadable CSV)`);
    }
    return toRows(table);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (err) {
    throw invalid('roster_unreadable', `无法读取 Excel 文件：${(err as Error).message} (unreadable XLSX)`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalid('roster_empty', '名册为空 (the roster is empty)');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based
    table[n - 1] = values.slice(1).map(cellText);
  });
  return toRows(Array.from(table, (r) => r ?? []));
}
