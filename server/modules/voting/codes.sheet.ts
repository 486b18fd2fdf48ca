import ExcelJS from 'exceljs';
import { formatVotingCode } from '../../lib/voting-codes.js';
import { dayKey } from '../../lib/time.js';

interface SheetInput { cycleName: string; communityName: string; codes: string[]; publicUrl: string; at: Date }

/** One row per code, each row a slip to cut out: community, cycle, the code, how to use it. Printed to fit the page width. */
export async function votingCodeSheet(input: SheetInput): Promise<Buffer> {
  const url = `${input.publicUrl}/public/score`;
  const instruction = `请用手机打开 ${url}（或 /public/vote 为项目投票），输入本投票码后为书记打分、为项目投票。每个投票码对每位书记、每个项目各计一票，再次提交会覆盖上次的选择。请勿转借。`;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('投票码', {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '居村', key: 'community', width: 16 },
    { header: '评估周期', key: 'cycle', width: 18 },
    { header: '投票码', key: 'code', width: 16 },
    { header: '使用说明', key: 'instruction', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  input.codes.forEach((code, i) => {
    const row = sheet.addRow({ n: i + 1, community: input.communityName, cycle: input.cycleName, code: formatVotingCode(code), instruction });
    row.getCell('code').font = { name: 'Consolas', size: 14, bold: true };
    row.getCell('instruction').alignment = { wrapText: true, vertical: 'top' };
    row.border = { bottom: { style: 'dashed' } } as ExcelJS.Borders;
  });
  sheet.headerFooter.oddFooter = `${input.communityName} · ${input.cycleName} · 生成于 ${dayKey(input.at)} · 第 &P 页 / 共 &N 页`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
