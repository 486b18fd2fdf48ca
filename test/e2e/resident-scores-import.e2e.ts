import { expect } from 'chai';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, apiGet, loginAs, openContext, shot, tokenFor, uniqueTag } from './support.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function xlsxFile(name: string, rows: Array<Array<string | number>>) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('群众评分');
  for (const row of rows) sheet.addRow(row);
  return { name, mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

describe('e2e · 群众评分批量导入 (admin, 组织力评估)', () => {
  let context: BrowserContext;
  let page: Page;
  let admin: string;
  let cycle: { _id: string; name: string; indicators: Array<{ key: string; name: string }>; scale: { min: number; max: number } };
  let mentee: { id: string; username: string; displayName: string };
  const tag = uniqueTag();
  const header = () => ['书记账号', '书记姓名', '投票人标识', ...cycle.indicators.map((i) => i.name), '综合评分'];
  const residentCount = async () => {
    const { body } = await apiGet(admin, `/evaluation-cycles/${cycle._id}/results`);
    return body.items.find((r: { secretaryId: string }) => r.secretaryId === mentee.id)?.perSource?.resident?.count ?? 0;
  };

  before(async () => {
    admin = await tokenFor('demo.admin');
    cycle = (await apiGet(admin, '/evaluation-cycles')).body.items.find((c: { status: string }) => c.status === 'open');
    expect(cycle, 'the demo has an open evaluation cycle').to.not.equal(undefined);
    mentee = (await apiGet(await tokenFor('demo.mentee'), '/me')).body;
    ({ context, page } = await openContext(DESKTOP));
  });
  after(async () => context.close());

  it('opens the import dialog on an open cycle, with the template and the columns it reads', async () => {
    await loginAs(page, 'demo.admin');
    await page.getByRole('menuitem', { name: '组织力评估' }).click();
    await page.locator('[data-test=cycles] .el-table__body tr', { hasText: cycle.name }).first().click();
    await page.locator('[data-test=resident-import-open]').click();
    const dialog = page.locator('[data-test=resident-import]');
    await dialog.locator('[data-test=resident-template]').waitFor();
    const columns = await dialog.locator('[data-test=resident-columns]').innerText();
    for (const column of header()) expect(columns).to.contain(column);
    await shot(page, 'resident-import-01-dialog-template-and-columns');
  });

  it('a file with bad rows is refused with each row\'s problem in Chinese, and nothing is stored', async () => {
    const before = await residentCount();
    const dialog = page.locator('[data-test=resident-import]');
    const blanks = cycle.indicators.map(() => '');
    await dialog.locator('input[type=file]').setInputFiles(await xlsxFile(`群众评分-有错-${tag}.xlsx`, [
      header(),
      [mentee.username, mentee.displayName, `e2e-${tag}-1`, ...cycle.indicators.map(() => 88), ''],
      [`nobody.${tag}`, '', `e2e-${tag}-2`, ...blanks, 90],
      [mentee.username, '', `e2e-${tag}-3`, ...blanks, cycle.scale.max + 50],
    ]));
    await dialog.locator('[data-test=resident-import-submit]').click();
    const rows = dialog.locator('[data-test=row-errors] .el-table__body tr');
    await rows.first().waitFor();
    expect(await rows.count()).to.equal(2);
    expect(await rows.nth(0).innerText()).to.contain('3').and.to.contain(`书记账号 nobody.${tag} 不存在`);
    expect(await rows.nth(1).innerText()).to.contain('4').and.to.contain('综合评分').and.to.contain(`须在 ${cycle.scale.min}–${cycle.scale.max} 之间`);
    expect(await dialog.locator('[data-test=resident-import-result]').count()).to.equal(0);
    await shot(page, 'resident-import-02-row-errors');
    expect(await residentCount()).to.equal(before);
  });

  it('a good file is imported: the report shows the rows and the scores stored', async () => {
    const before = await residentCount();
    const dialog = page.locator('[data-test=resident-import]');
    await dialog.locator('input[type=file]').setInputFiles(await xlsxFile(`群众评分-${tag}.xlsx`, [
      header(),
      [mentee.username, mentee.displayName, `e2e-${tag}-1`, ...cycle.indicators.map(() => 88), ''],
      [mentee.username, '', `e2e-${tag}-2`, ...cycle.indicators.map(() => ''), 92],
    ]));
    await dialog.locator('[data-test=row-errors]').waitFor({ state: 'detached' });
    await dialog.locator('[data-test=resident-import-submit]').click();
    await dialog.locator('[data-test=resident-import-result]').getByText('共 2 行，已导入 2 份群众评分').waitFor();
    await shot(page, 'resident-import-03-imported');
    expect(await residentCount()).to.equal(before + 2);
  });
});
