import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, apiGet, apiPost, expectAccessible, expectNoLatinText, loginAs, openContext, shot, tokenFor } from './support.js';

async function remainingCount(page: Page) {
  const text = (await page.locator('.group .muted').first().textContent()) ?? '';
  return Number(/还剩 (\d+) 位/.exec(text)?.[1]);
}

describe('e2e · 评估专家 (evaluator) and 街镇部门 (department)', () => {
  let context: BrowserContext;
  let page: Page;
  beforeEach(async () => ({ context, page } = await openContext(DESKTOP)));
  afterEach(async () => context.close());

  it('an evaluator scores an assigned secretary on the four indicators', async () => {
    // The demo's scores are complete: a secretary elected since (a by-election) is added and assigned.
    const admin = await tokenFor('demo.admin');
    const { body: cycles } = await apiGet(admin, '/evaluation-cycles');
    const evaluator = (await apiGet(await tokenFor('demo.evaluator'), '/me')).body;
    const { body: units } = await apiGet(admin, '/org-units?level=community&pageSize=1');
    const created = await apiPost(admin, '/users', {
      username: 'e2e.by-election', displayName: '补选书记', role: 'secretary', beam: 'mentee', password: 'password-123', orgUnitId: units.items[0]._id,
    });
    expect(created.status).to.equal(201);
    const assigned = await apiPost(admin, `/evaluation-cycles/${cycles.items[0]._id}/assignments`, {
      evaluatorId: evaluator.id, source: 'mentor', secretaryIds: [created.body.id],
    });
    expect(assigned.status).to.equal(201);

    await loginAs(page, 'demo.evaluator');
    await page.waitForURL('**/scoring');
    await page.locator('[data-test=remaining] .el-table__body tr').first().waitFor();
    const before = await remainingCount(page);
    await shot(page, 'evaluator-01-assignments');
    await expectNoLatinText(page);
    await page.locator('[data-test=remaining]').getByRole('button', { name: '评分' }).first().click();

    // An incomplete form: the server names the missing indicators and nothing is saved.
    await page.locator('[data-indicator=members_managed] input').fill('88');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.locator('.el-dialog [data-test=action-error]').waitFor();
    expect(await remainingCount(page)).to.equal(before);

    for (const [key, value] of [['residents_follow', '90'], ['leads_with_method', '85'], ['work_lands_fast', '92']]) {
      await page.locator(`[data-indicator=${key}] input`).fill(value);
    }
    await page.locator('[data-indicator=members_managed] input').press('Tab');
    await shot(page, 'evaluator-02-score-form');
    await expectNoLatinText(page);
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.locator('.el-message--success').waitFor();
    await page.waitForFunction((n) => /还剩 (\d+) 位/.exec(document.querySelector('.group .muted')?.textContent ?? '')?.[1] === String(n), before - 1);
  });

  it('a department answers a whistle (报到)', async () => {
    await loginAs(page, 'demo.department');
    await page.getByRole('menuitem', { name: '吹哨待办' }).click();
    await page.getByRole('button', { name: '报到' }).first().waitFor();
    await shot(page, 'department-01-whistles');
    await expectNoLatinText(page);
    await page.getByRole('button', { name: '报到' }).first().click();
    await page.getByPlaceholder('例如：已派人现场查看，本周内完成').fill('e2e：已派人现场查看');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.el-message--success').waitFor();
    await page.getByText('e2e：已派人现场查看').waitFor();
    await shot(page, 'department-02-answered');
    await expectNoLatinText(page);
  });
});

describe('e2e · 党员 (member) on a phone', () => {
  it('checks points: balance as the API gives it, the monthly chart, history and the party-day checklist', async function () {
    // On FerretDB/SQLite the member's ledger read is a collection scan (seconds on the demo ledger).
    this.timeout(120_000);
    const { context, page } = await openContext(PHONE);
    try {
      await loginAs(page, 'demo.member');
      await page.waitForURL('**/member/points');
      const balance = page.locator('[data-test=balance]');
      await balance.waitFor({ timeout: 60_000 });
      const { body } = await apiGet(await tokenFor('demo.member'), '/me/points');
      expect(Number(await balance.textContent())).to.equal(body.balance.allTime);
      expect(await page.locator('.chart canvas').count()).to.equal(1);
      await page.locator('[data-test=party-day]').getByText('一课（微党课）').waitFor();
      expect(await page.locator('.el-table__body tr').count()).to.be.at.least(1);
      await shot(page, 'member-01-points');
      await expectNoLatinText(page);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});

describe('e2e · 群众 (public pages, no login)', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(PHONE)));
  after(async () => context.close());

  it('votes for a project, and voting again is answered exactly as a first vote', async () => {
    await page.goto('/public/vote');
    const card = page.locator('[data-test=vote-card]').first();
    await card.waitFor();
    await expectNoLatinText(page);
    await expectAccessible(page);
    await card.locator('.el-rate__item').nth(3).click();
    await card.getByRole('button', { name: '投票' }).click();
    await page.getByText('请先在上方填写 11 位手机号').waitFor();
    await page.locator('input[name=voterKey]').fill('13800138000');
    await card.getByRole('button', { name: '投票' }).click();
    await card.locator('[data-test=vote-feedback]').getByText('已记录：4 星').waitFor();
    await shot(page, 'public-01-vote');
    await expectNoLatinText(page);
    await card.locator('.el-rate__item').nth(4).click();
    await card.getByRole('button', { name: '投票' }).click();
    await card.locator('[data-test=vote-feedback]').getByText('已记录：5 星').waitFor();
    await shot(page, 'public-02-vote-again');
    // The live ranking's table is loaded only when opened.
    await page.getByRole('button', { name: '查看当前排行' }).click();
    await page.getByText('最受群众欢迎项目（实时）').waitFor();
    await page.locator('.el-table__body tr').first().waitFor();
    await expectNoLatinText(page);
    await expectAccessible(page);
  });

  it('scores a secretary online, and a repeat is answered exactly as a first score', async () => {
    await page.goto('/public/score');
    await page.locator('[data-test=secretary-select]').waitFor();
    await expectNoLatinText(page);
    await expectAccessible(page);
    await page.locator('[data-test=secretary-select]').click();
    await page.locator('.el-select-dropdown__item').first().click();
    await page.locator('input[name=voterKey]').fill('13900139000');
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.locator('[data-test=score-feedback]').getByText('已记录您对').waitFor();
    await shot(page, 'public-03-resident-score');
    await expectNoLatinText(page);
    await page.getByRole('button', { name: '提交评分' }).click();
    await page.locator('[data-test=score-feedback]').getByText('以最后一次为准').waitFor();
  });
});
