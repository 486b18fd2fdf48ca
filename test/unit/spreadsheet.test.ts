import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { DomainError } from '../../server/lib/errors.js';
import { csvText, keyedRows, readTable } from '../../server/lib/spreadsheet.js';
import { NOT_SPREADSHEETS } from '../factories/files.js';

async function refusal(buf: Buffer): Promise<DomainError> {
  try {
    await readTable(buf, 'test_unreadable');
  } catch (err) {
    return err as DomainError;
  }
  throw new Error('the file was read as a spreadsheet');
}

describe('reading uploaded spreadsheets', () => {
  for (const { what, body } of NOT_SPREADSHEETS) {
    it(`when the file is ${what}, then it is refused as not an Excel/CSV file`, async () => {
      const err = await refusal(body);
      expect(err).to.be.instanceOf(DomainError);
      expect(err).to.include({ type: 'invalid_data', code: 'test_unreadable' });
      expect(err.message).to.match(/^不是有效的 Excel\/CSV 文件/);
    });
  }

  it('when a CSV is in GB18030 (Excel on Chinese Windows), then its Chinese reads as written', async () => {
    const gbk = Buffer.concat([Buffer.from([0xca, 0xe9, 0xbc, 0xc7, 0xd5, 0xcb, 0xba, 0xc5]), Buffer.from(',x\r\nwang,1\r\n')]); // 书记账号
    expect(await readTable(gbk, 'test_unreadable')).to.deep.equal([['书记账号', 'x'], ['wang', '1']]);
  });

  it('when a UTF-8 CSV starts with a BOM, then the first header is clean', () => {
    expect(csvText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('书记账号\n')]))).to.equal('书记账号\n');
  });

  it('when rows are blank, then they are skipped and the others keep the row numbers the spreadsheet shows', async () => {
    const table = await readTable(Buffer.from('账号,姓名\n\nwang,王\n , \nli,李\n'), 'test_unreadable');
    const { keys, rows } = keyedRows(table, (h) => ({ 账号: 'username', 姓名: 'name' } as Record<string, string>)[h] ?? null);
    expect(keys).to.deep.equal(['username', 'name']);
    expect(rows).to.deep.equal([{ row: 3, cells: { username: 'wang', name: '王' } }, { row: 5, cells: { username: 'li', name: '李' } }]);
  });

  it('when an XLSX cell holds a number, a formula or rich text, then its text is read', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('表');
    sheet.addRow(['手机号', '分数', '姓名']);
    sheet.addRow([13800000001, { formula: '40+45', result: 85 }, { richText: [{ text: '王' }, { text: '建国' }] }]);
    const table = await readTable(Buffer.from(await workbook.xlsx.writeBuffer()), 'test_unreadable');
    expect(table[1]).to.deep.equal(['13800000001', '85', '王建国']);
  });
});
