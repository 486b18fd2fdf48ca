import { User, type UserDoc } from '../../../models/user.model.js';
import { DomainError, invalid } from '../../lib/errors.js';
import { readTable, workbookOf } from '../../lib/spreadsheet.js';
import { getCycle } from './cycles.service.js';
import { residentImportGuide } from './resident-import.columns.js';
import { accountErrors, residentRowsFromTable, type ImportRowError, type ResidentFileRow } from './resident-import.rules.js';
import { openCycle, residentScoresBulk } from './scores.service.js';

/** As many rows as the JSON bulk import takes in one request. */
export const MAX_IMPORT_ROWS = 10_000;

const refused = (errors: ImportRowError[]) =>
  invalid('scores_invalid', `群众评分文件有 ${errors.length} 处错误，未导入任何评分 (nothing imported)`, [...errors].sort((a, b) => a.row - b.row));

/**
 * Residents' scores from an Excel or CSV file (paper ballots, another system's export): every row is
 * checked (cells, then the accounts they name) and any problem refuses the whole file with a report
 * by spreadsheet row; a clean file goes through the bulk import, all or nothing as it is.
 */
export async function importResidentScores(cycleId: string, file: Buffer, salt: string) {
  const cycle = await openCycle(cycleId);
  const table = await readTable(file, 'scores_unreadable');
  if (table.length - 1 > MAX_IMPORT_ROWS) {
    throw invalid('scores_too_many', `一次最多导入 ${MAX_IMPORT_ROWS} 行，请分成几个文件导入 (at most ${MAX_IMPORT_ROWS} rows a file)`);
  }
  const { rows, errors } = residentRowsFromTable(table, { indicators: cycle.indicators, scale: cycle.scale! });
  if (!rows.length && !errors.length) throw invalid('scores_empty', '文件中没有评分 (no scores in the file)');
  const secretaries = await secretariesByUsername(rows);
  errors.push(...accountErrors(rows, secretaries));
  if (errors.length) throw refused(errors);
  const input = rows.map(({ username, voterKey, indicators, overall }) => ({
    secretaryId: String(secretaries.get(username)!._id), voterKey, ...(indicators ? { indicators } : { overall }),
  }));
  try {
    return await residentScoresBulk(cycleId, input, salt);
  } catch (err) {
    // The bulk import numbers rows from 1 in the order given: report them as spreadsheet rows.
    if (err instanceof DomainError && err.code === 'rows_invalid') {
      throw refused((err.details as Array<{ row: number; path: string; message: string }>).map((d) => ({ row: rows[d.row - 1].row, column: d.path, message: d.message })));
    }
    throw err;
  }
}

async function secretariesByUsername(rows: ResidentFileRow[]): Promise<Map<string, UserDoc>> {
  const usernames = [...new Set(rows.map((r) => r.username))];
  const users = await User.find({ username: { $in: usernames }, role: 'secretary' }).lean<UserDoc[]>();
  return new Map(users.map((u) => [u.username, u]));
}

/** The cycle's template: its columns (an indicator column per indicator) with two example rows, and a 说明 sheet. */
export async function residentScoresTemplate(cycleId: string): Promise<Buffer> {
  const cycle = await getCycle(cycleId);
  const guide = residentImportGuide(cycle.indicators, cycle.scale!);
  const example = (column: string) => guide.find((g) => g.header === column)!.example;
  const indicatorCells = cycle.indicators.map((i) => example(i.name));
  return workbookOf([
    {
      name: '群众评分',
      rows: [
        guide.map((g) => g.header),
        ['shili.liuxy', '刘晓雨', '13900000011', ...indicatorCells, ''],
        ['shili.liuxy', '刘晓雨', 'ZP-2026-0001', ...indicatorCells.map(() => ''), example('综合评分')],
      ],
    },
    { name: '说明', rows: [['列名', '是否必填', '示例', '说明'], ...guide.map((g) => [g.header, g.required, g.example, g.note])] },
  ]);
}
