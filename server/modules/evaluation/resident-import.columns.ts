/**
 * Columns of a residents' scores file (paper ballots, or another system's export). The fixed ones
 * are here; each of the cycle's indicators adds a column headed by its name (or key). This file
 * imports nothing, so the console imports it by relative path to show the same list.
 */
export const RESIDENT_IMPORT_COLUMNS = {
  username: ['书记账号', 'username'],
  name: ['书记姓名', 'name'],
  voterKey: ['投票人标识', '手机号或选票编号', 'voter_key', 'voterKey'],
  overall: ['综合评分', 'overall'],
} as const;

export type ResidentImportColumn = keyof typeof RESIDENT_IMPORT_COLUMNS;

export const residentColumnLabel = (key: ResidentImportColumn) => RESIDENT_IMPORT_COLUMNS[key][0];

export interface ResidentColumnGuide { header: string; required: '必填' | '选填' | '视情况'; example: string; note: string }

/** Every column of a cycle's file, in template order, with whether it is required, an example and a note. */
export function residentImportGuide(indicators: ReadonlyArray<{ key: string; name: string }>, scale: { min: number; max: number }): ResidentColumnGuide[] {
  const range = `${scale.min}–${scale.max}`;
  return [
    { header: residentColumnLabel('username'), required: '必填', example: 'shili.liuxy', note: '被评书记的登录名（书记档案、账号管理中可查）' },
    { header: residentColumnLabel('name'), required: '选填', example: '刘晓雨', note: '填写时须与该账号的姓名一致，用于核对账号是否填错' },
    { header: residentColumnLabel('voterKey'), required: '必填', example: '13900000011', note: '手机号或纸质选票编号，4–64 位；同一投票人对同一书记只能有一行，再次导入则替换此前的评分。系统只保存其加密散列' },
    ...indicators.map((i): ResidentColumnGuide => ({
      header: i.name, required: '视情况', example: String(Math.round(scale.min + (scale.max - scale.min) * 0.85)),
      note: `分项评分，${range} 之间；填写分项评分时各项都要填`,
    })),
    { header: residentColumnLabel('overall'), required: '视情况', example: String(Math.round(scale.min + (scale.max - scale.min) * 0.9)), note: `${range} 之间，计入每一项指标；与分项评分只填其一` },
  ];
}
