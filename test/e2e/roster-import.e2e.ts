import { expect } from 'chai';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, apiGet, loginAs, openContext, shot, tokenFor, uniqueTag } from './support.js';

const HEADER = '区编码,区名称,街镇编码,街镇名称,居村编码,居村名称,居村类型,书记账号,书记姓名,手机号,大梁小梁,成长阶段,带教名额,大梁账号,届别';

/** A CSV file for the page's file input; the demo district is named by its code, so the rows never depend on how many districts exist. */
const csvFile = (name: string, rows: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n')) });

// Only dry runs and refused imports: the e2e database is shared by the specs, and a real import
// would add a street to the demo district that later pages count.
describe('e2e · 名册导入 (admin): template, dry run with counts, every error in one pass', () => {
  let context: BrowserContext;
  let page: Page;
  const tag = uniqueTag().toUpperCase();
  const street = `E2E-${tag}`;
  const user = (n: string) => `e2e.${tag.toLowerCase()}.${n}`;
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('offers the template for download and lists every column with an example', async () => {
    await loginAs(page, 'demo.admin');
    await page.getByRole('menuitem', { name: '名册导入' }).click();
    const columns = page.locator('[data-test=roster-columns]');
    await columns.getByText('大梁账号').first().waitFor();
    expect(await columns.locator('.el-table__body tr').count()).to.equal(15);
    expect(await columns.innerText()).to.contain('shili.zhangjg').and.to.contain('必填');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=roster-template]').click()]);
    expect(download.suggestedFilename()).to.equal('书记名册导入模板.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map((s) => s.name)).to.deep.equal(['名册', '说明']);
    expect((workbook.worksheets[0].getRow(1).values as unknown[]).slice(1).join(',')).to.equal(HEADER);
    await shot(page, 'roster-import-01-template-and-columns');
  });

  it('a dry run reports what the import would create, and writes nothing', async () => {
    await page.locator('input[type=file]').setInputFiles(csvFile(`名册-${tag}.csv`, [
      `PT,普陀区,${street},e2e 街道 ${tag},${street}-01,e2e 一村 ${tag},居委,${user('mentor')},王老师,13900000101,大梁,,3,,`,
      `PT,普陀区,${street},e2e 街道 ${tag},${street}-02,e2e 二村 ${tag},居委,${user('a')},李小梁,13900000102,小梁,新任,,${user('mentor')},`,
      `PT,普陀区,${street},e2e 街道 ${tag},${street}-03,e2e 三村 ${tag},村委,${user('b')},赵小梁,,小梁,赋能,,${user('mentor')},`,
    ]));
    await page.locator('[data-test=roster-dry-run]').click();
    const report = page.locator('[data-test=roster-report]');
    await report.getByText('校验通过，尚未导入').waitFor();
    expect(await report.locator('[data-test=count-streets]').innerText()).to.equal('街镇：将新建 1，将更新 0，不变 0');
    expect(await report.locator('[data-test=count-communities]').innerText()).to.equal('居村：将新建 3，将更新 0，不变 0');
    expect(await report.locator('[data-test=count-secretaries]').innerText()).to.equal('书记：将新建 3，将更新 0，不变 0');
    expect(await report.locator('[data-test=count-mentorships]').innerText()).to.equal('结对：将新建 2，将更新 0，不变 0');
    await shot(page, 'roster-import-02-dry-run-counts');

    const token = await tokenFor('demo.admin');
    expect((await apiGet(token, `/org-units?level=street&q=${street}`)).body.items).to.have.length(0);
  });

  it('a file with a field error and an unknown 大梁 on another row shows both at once, and imports nothing', async () => {
    await page.locator('input[type=file]').setInputFiles(csvFile(`名册-有错-${tag}.csv`, [
      `PT,普陀区,${street},e2e 街道 ${tag},${street}-01,e2e 一村 ${tag},居委,${user('mentor')},王老师,13900000101,大梁,,3,,`,
      `PT,普陀区,${street},e2e 街道 ${tag},${street}-02,e2e 二村 ${tag},居委,${user('a')},李小梁,1390000,小梁,新任,,${user('mentor')},`,
      `PT,普陀区,${street},e2e 街道 ${tag},${street}-03,e2e 三村 ${tag},村委,${user('b')},赵小梁,,小梁,赋能,,${user('nobody')},`,
    ]));
    // The new file replaces the old one and clears the earlier report.
    await page.locator('[data-test=roster-report]').waitFor({ state: 'detached' });
    await page.locator('[data-test=roster-import]').click();
    const rows = page.locator('[data-test=row-errors] .el-table__body tr');
    await rows.first().waitFor();
    expect(await rows.count()).to.equal(2);
    expect(await page.locator('[data-test=row-error-count]').innerText()).to.contain('共 2 处问题');
    const [first, second] = [await rows.nth(0).innerText(), await rows.nth(1).innerText()];
    expect(first).to.contain('3').and.to.contain('手机号').and.to.contain('手机号应为 11 位数字');
    expect(second).to.contain('4').and.to.contain('大梁账号').and.to.contain(`大梁账号 ${user('nobody')} 不存在`);
    expect(first + second, 'the console shows the Chinese only').not.to.contain('(');
    expect(await page.locator('[data-test=roster-report]').count()).to.equal(0);
    await shot(page, 'roster-import-03-all-errors-in-one-pass');

    const token = await tokenFor('demo.admin');
    expect((await apiGet(token, `/org-units?level=street&q=${street}`)).body.items).to.have.length(0);
  });

  it('a photo chosen by mistake is named as not a spreadsheet', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.locator('input[type=file]').setInputFiles({ name: '名册.png', mimeType: 'image/png', buffer: png });
    await page.locator('[data-test=roster-dry-run]').click();
    await page.locator('[data-test=action-error]').getByText('不是有效的 Excel/CSV 文件').waitFor();
    await shot(page, 'roster-import-04-not-a-spreadsheet');
  });
});
