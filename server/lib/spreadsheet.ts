import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalid } from './errors.js';

/**
 * Reading uploaded spreadsheets (roster, residents' scores): the first sheet of an XLSX file, or a
 * CSV, as rows of text cells. Anything else is refused as "not a spreadsheet" before any header is
 * looked for, so a photo or a PDF sent by mistake is named as such.
 */

const startsWith = (buf: Buffer, bytes: number[]) => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx saved with a password. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-": a PDF may be all ASCII, and would pass as text
/** Control characters no CSV holds (tab, line breaks, vertical tab and form feed allowed): the mark of a binary file. */
const BINARY = /[\x00-\x08\x0e-\x1f\x7f]/;

export const unreadable = (code: string, hint = '') =>
  invalid(code, `不是有效的 Excel/CSV 文件${hint ? `：${hint}` : ''}，请上传 .xlsx 或 .csv 文件 (not an Excel or CSV file)`);

/**
 * A CSV's text: UTF-8 (with or without BOM), else GB18030, which is what Excel on a Chinese
 * Windows writes for "CSV"; null when it is neither, or holds control characters.
 */
export function csvText(buf: Buffer): string | null {
  for (const encoding of ['utf-8', 'gb18030']) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(buf);
    } catch {
      continue;
    }
    return BINARY.test(text) ? null : text;
  }
  return null;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value == null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && value.text != null) return String(value.text);
    if ('result' in value && value.result != null) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return String(value.error);
    return '';
  }
  return String(value);
}

async function xlsxTable(buf: Buffer, code: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw unreadable(code);
  }
  // A zip that is not a workbook (a .docx, an archive) loads with no sheets.
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable(code, '压缩包中没有工作表');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based
    table[n - 1] = values.slice(1).map(cellText);
  });
  return Array.from(table, (r) => r ?? []);
}

/** The rows of an uploaded file as text (row i of the result is spreadsheet row i + 1); `code` names the refusal. */
export async function readTable(buf: Buffer, code: string): Promise<string[][]> {
  if (startsWith(buf, ZIP)) return xlsxTable(buf, code);
  if (startsWith(buf, OLE2)) throw unreadable(code, '旧版 .xls 或加密的工作簿请在 Excel 中另存为 .xlsx');
  const text = startsWith(buf, PDF) ? null : csvText(buf);
  if (text === null) throw unreadable(code);
  try {
    // Empty lines are kept (and skipped by the caller) so row numbers match what the spreadsheet shows.
    return parse(text, { skip_empty_lines: false, relax_column_count: true }) as string[][];
  } catch (err) {
    throw invalid(code, `无法读取 CSV：${(err as Error).message} (unreadable CSV)`);
  }
}

/** One data row: its spreadsheet row number (header = 1) and its non-empty cells by column key. */
export interface KeyedRow<K extends string> {
  row: number;
  cells: Partial<Record<K, string>>;
}

/** Data rows keyed by what `keyOf` makes of each header cell (null: a column nobody reads); blank rows are skipped. */
export function keyedRows<K extends string>(table: string[][], keyOf: (header: string) => K | null): { keys: Array<K | null>; rows: KeyedRow<K>[] } {
  const [header = [], ...body] = table;
  const keys = header.map((h) => keyOf(String(h ?? '').trim()));
  const rows: KeyedRow<K>[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => String(c ?? '').trim() === '')) return;
    const row: KeyedRow<K> = { row: i + 2, cells: {} };
    keys.forEach((key, col) => {
      const value = String(cells[col] ?? '').trim();
      if (key && value) row.cells[key] = value;
    });
    rows.push(row);
  });
  return { keys, rows };
}

/** A workbook of plain sheets (templates): a bold header row, columns as wide as their text. */
export async function workbookOf(sheets: Array<{ name: string; rows: string[][] }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows } of sheets) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    const columns = rows.reduce((w, r) => Math.max(w, r.length), 0);
    for (let i = 0; i < columns; i++) {
      const column = sheet.getColumn(i + 1);
      const widest = Math.max(...rows.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0)));
      column.width = Math.min(60, Math.max(8, widest + 2));
      // Text cells: codes like 0101 and phone numbers stay as typed.
      column.numFmt = '@';
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
