import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, apiGet, loginAs, openContext, shot, tokenFor } from './support.js';

describe('e2e · 书记 registers points for members of the community', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('ticks two members, submits twice (nothing doubles), and revokes one entry from the member history', async () => {
    const token = await tokenFor('demo.mentee');
    const me = (await apiGet(token, '/me')).body;
    const { body: roster } = await apiGet(token, `/communities/${me.orgUnitId}/party-day`);
    expect(roster.items.length).to.be.at.least(2);
    const [first, second] = roster.items;

    await loginAs(page, 'demo.mentee');
    await page.goto('/points/entry');
    const form = page.locator('[data-test=points-entry]');
    await form.locator('[data-test=members] .el-table__row').first().waitFor();
    await form.locator('[data-test=rule]').click();
    await page.locator('.el-select-dropdown__item', { hasText: '学习讨论' }).click();
    const note = `e2e 学习讨论 ${Date.now()}`;
    await form.getByPlaceholder('如：11 月主题党日微党课').fill(note);
    for (const m of [first, second]) {
      await form.locator('[data-test=members] .el-table__row', { hasText: m.displayName }).first().locator('.el-checkbox').click();
    }
    const submit = form.locator('[data-test=submit]');
    await submit.click();
    await form.locator('[data-test=outcome]').nth(1).waitFor();
    await submit.click(); // a second click sends the same Idempotency-Keys
    await page.waitForLoadState('networkidle');
    expect(await form.locator('[data-test=outcome]').allTextContents()).to.deep.equal(['已登记 +3 分', '已登记 +3 分']);
    await shot(page, 'points-entry-01-registered');

    for (const m of [first, second]) {
      const { body } = await apiGet(token, `/members/${m.memberId}/points?pageSize=100`);
      expect(body.history.items.filter((e: any) => e.note === note)).to.have.length(1);
    }

    await form.locator('[data-test=members] .el-table__row', { hasText: first.displayName }).first().getByRole('button', { name: '查看明细' }).click();
    const history = page.locator('[data-test=history]');
    const row = history.locator('.el-table__row', { hasText: note });
    await row.getByRole('button', { name: '撤销' }).click();
    await page.locator('.el-message-box input').fill('登记错误');
    await page.locator('.el-message-box').getByRole('button', { name: '撤销' }).click();
    await history.getByText('已撤销').waitFor();
    await shot(page, 'points-entry-02-revoked');
    const { body } = await apiGet(token, `/members/${first.memberId}/points?pageSize=100`);
    expect(body.history.items.filter((e: any) => e.kind === 'revoke' && e.reason === '登记错误')).to.have.length(1);
  });
});
