import { invalid } from '../../lib/errors.js';
import { keyedRows, readTable, workbookOf, type KeyedRow } from '../../lib/spreadsheet.js';
import { columnKey, columnLabel, ROSTER_COLUMNS, ROSTER_EXAMPLE_ROWS, ROSTER_GUIDE, type RosterColumn } from './roster.columns.js';

/** One data row: its spreadsheet row number (header = 1) and its cells by canonical column. */
export type RawRow = KeyedRow<RosterColumn>;

/** The data rows of a roster file (CSV or XLSX); a file that is not a spreadsheet, or has no header row, is refused. */
export async function parseRoster(buf: Buffer): Promise<RawRow[]> {
  const table = await readTable(buf, 'roster_unreadable');
  if (!table.length) throw invalid('roster_empty', '名册为空 (the roster is empty)');
  const { keys, rows } = keyedRows(table, columnKey);
  if (!keys.includes('username')) {
    throw invalid('roster_header', '名册缺少表头“书记账号”，请使用导入模板的表头 (header row must name the columns)', [{ row: 1, column: '书记账号' }]);
  }
  return rows;
}

/** The import template: the canonical headers with two example rows, and a 说明 sheet on every column. */
export function rosterTemplate(): Promise<Buffer> {
  const keys = Object.keys(ROSTER_COLUMNS) as RosterColumn[];
  return workbookOf([
    { name: '名册', rows: [keys.map(columnLabel), ...ROSTER_EXAMPLE_ROWS.map((r) => keys.map((k) => r[k] ?? ''))] },
    { name: '说明', rows: [['列名', '是否必填', '示例', '说明'], ...ROSTER_GUIDE.map((g) => [g.header, g.required, g.example, g.note])] },
  ]);
}
