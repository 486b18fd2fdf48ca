import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, apiGet, apiPost, expectAccessible, expectNoLatinText, loginAs, openContext, shot, tokenFor } from './support.js';

describe('e2e · 区委组织部 (admin)', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('shows a readable error for a wrong password, then logs in to the dashboard with charts', async () => {
    await page.goto('/');
    await page.waitForURL('**/login');
    await shot(page, '00-login');
    await expectNoLatinText(page);
    await expectAccessible(page);
    await page.locator('input[name=username]').fill('demo.admin');
    await page.locator('input[name=password]').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(await page.locator('[data-test=login-error]').textContent()).to.contain('用户名或密码错误');

    await loginAs(page, 'demo.admin');
    await page.waitForURL('**/admin/dashboard');
    await page.getByText('各街镇项目状态').waitFor();
    expect(await page.locator('.chart canvas').count()).to.be.at.least(2);
    // A canvas says nothing to a screen reader: each chart carries its numbers as text.
    expect(await page.locator('.chart').first().getAttribute('aria-label')).to.match(/^图表：.+街道：进行中 \d+/);
    expect(await page.locator('.el-table__body tr').count()).to.equal(3); // the small demo's three streets
    await shot(page, 'admin-01-dashboard');
    await expectNoLatinText(page);
    await expectAccessible(page);
  });

  it('pairs a mentee awaiting a mentor in one click, from the suggested mentors with reasons', async () => {
    // A mentee whose mentor retired: end that pair through the API, as staff would.
    const token = await tokenFor('demo.admin');
    const { body: pairs } = await apiGet(token, '/mentorships?status=active&pageSize=50');
    const pair = pairs.items.find((p: any) => p.mentee.username !== 'demo.mentee' && p.mentor.username !== 'demo.mentor');
    expect((await apiPost(token, `/mentorships/${pair.id}/end`, { reason: '原大梁退休' })).status).to.equal(200);

    await page.getByRole('menuitem', { name: '师徒结对' }).click();
    const mentees = page.locator('[data-test=mentees] .el-table__body tr');
    await mentees.first().waitFor();
    expect(await mentees.count()).to.equal(1);
    expect(await mentees.first().textContent()).to.contain(pair.mentee.displayName);
    await mentees.first().click();
    const suggestion = page.locator('[data-test=suggestion]').first();
    await suggestion.waitFor();
    expect(await suggestion.locator('.reasons li').count()).to.be.at.least(1);
    await shot(page, 'admin-02-pairing');
    await suggestion.getByRole('button', { name: '一键结对' }).click();
    await page.locator('.el-message--success').waitFor();
    await page.getByText('没有待结对的小梁').waitFor();

    const { body: now } = await apiGet(token, `/mentorships?mentee=${pair.mentee.id}&status=active`);
    expect(now.items).to.have.length(1);
  });

  it('opens every admin page without an error, English or a serious accessibility problem', async function () {
    this.timeout(180_000);
    const pages: Array<[string, string, string]> = [
      ['组织架构', 'admin-03-org', '区 → 街镇 → 居村'],
      ['书记档案', 'admin-04-secretaries', '登录名'],
      ['项目台账', 'admin-05-projects', '导出 Excel'],
      ['纸质投票录入', 'admin-05b-offline-votes', '按分值计票'],
      ['月度评估', 'admin-06-assessments', '各街镇评级分布'],
      ['吹哨报到', 'admin-06b-whistles', '需协调的问题'],
      ['组织力评估', 'admin-07-evaluation', '新建评估周期'],
      ['积分规则', 'admin-08-points-rules', '讲授微党课'],
      ['定时任务', 'admin-09-jobs', '党员积分汇总与排行'],
      ['名册导入', 'admin-10-import', '开始导入'],
      ['账号管理', 'admin-10b-accounts', '新建账号'],
      ['登记积分', 'admin-10c-points-entry', '发生日期'],
      ['积分审核', 'admin-10d-claims', '积分申请审核'],
      ['活动签到', 'admin-10e-activities', '新建活动'],
      ['培训联训', 'admin-10f-training', '新建培训'],
      ['提醒渠道', 'admin-10g-notifications', '新增渠道'],
      ['案例库', 'admin-10h-cases', '分类项目联享'],
    ];
    const problems: string[] = [];
    for (const [menu, name, text] of pages) {
      await page.getByRole('menuitem', { name: menu }).click();
      await page.getByText(text).first().waitFor();
      // The demo has last month's assessments: wait for their rows, not just the page frame.
      if (name === 'admin-06-assessments') await page.locator('.el-table__body tr').first().waitFor();
      expect(await page.locator('.el-alert--error').count(), `${menu} shows an error`).to.equal(0);
      await shot(page, name);
      // Every page's findings in one report, not just the first page's.
      for (const check of [expectNoLatinText, expectAccessible]) await check(page).catch((err: Error) => problems.push(err.message));
    }
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('shows evaluation results and the 最美书记 list for the demo cycle', async () => {
    await page.getByRole('menuitem', { name: '组织力评估' }).click();
    await page.locator('[data-test=cycles] .el-table__body tr').first().click();
    await page.getByRole('tab', { name: '评估结果' }).click();
    await page.getByText('综合得分').first().waitFor();
    const firstRow = page.locator('#pane-results .el-table__body tr').first();
    await firstRow.waitFor();
    // The top row is ranked 1st in the district; a rank object must never reach the page as text.
    expect((await firstRow.locator('td').first().innerText()).trim()).to.equal('1');
    expect(await page.locator('#pane-results').innerText()).not.to.include('[object Object]');
    await shot(page, 'admin-11-evaluation-results');
    await expectNoLatinText(page);
    await page.getByRole('tab', { name: '最美书记', exact: true }).click();
    await page.getByRole('button', { name: '生成名单' }).click();
    await page.getByText('综合得分高者在前').waitFor();
    await shot(page, 'admin-12-awards');
    await expectNoLatinText(page);
  });
});
