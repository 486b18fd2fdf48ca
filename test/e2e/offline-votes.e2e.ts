import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, apiGet, loginAs, openContext, shot, tokenFor } from './support.js';
import { systemClock, yearKey } from '../../server/lib/time.js';

/** The option of the open select whose title is exactly `title` (closed selects keep their options in the page, hidden). */
const option = (page: Page, title: string) =>
  page.locator('.el-select-dropdown__item:visible').filter({ has: page.getByText(title, { exact: true }) }).first();

describe('e2e · 纸质投票录入 (admin)', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('finds a project by name, counts ballots by score, confirms, and sees the batch added to the project\'s votes', async () => {
    const token = await tokenFor('demo.admin');
    // A project whose title no other project shares, so picking it by name is unambiguous.
    const { items } = (await apiGet(token, '/projects?pageSize=100')).body;
    const project = items.find((p: { status: string; title: string }) => p.status === 'active' && items.filter((q: { title: string }) => q.title === p.title).length === 1);
    expect(project, 'an active project with a title of its own').to.not.equal(undefined);
    const year = yearKey(systemClock()); // the Shanghai year, as the console's default cycle
    const votes = async () => (await apiGet(token, `/projects/${project._id}?cycle=${year}`)).body.votes.offline;
    const before = await votes();

    await loginAs(page, 'demo.admin');
    await page.getByRole('menuitem', { name: '纸质投票录入' }).click();
    await page.locator('[data-test=offline-project]').click();
    await page.locator('[data-test=offline-project] input').fill(project.title);
    await option(page, project.title).click();
    await page.locator('[data-test=offline-summary]').waitFor();

    await page.locator('[data-test=stars-5] input').fill('3');
    await page.locator('[data-test=stars-4] input').fill('2');
    await page.locator('[data-test=stars-4] input').press('Tab');
    expect(await page.locator('[data-test=stars-sum]').innerText()).to.equal('5 票，总分 23');
    await shot(page, 'offline-votes-01-form');

    await page.locator('[data-test=offline-submit]').click();
    await page.locator('.el-message-box').getByText(`${project.title}：5 票，总分 23`).waitFor();
    await page.locator('.el-message-box').getByRole('button', { name: '确定录入' }).click();
    const result = page.locator('[data-test=offline-result]');
    await result.getByText('本批 5 票，总分 23（平均 4.60 分）').waitFor();
    await page.locator('[data-test=offline-entered] .el-table__body tr', { hasText: project.title }).waitFor();
    // The form is cleared for the next batch, so the same ballots are not entered twice.
    expect(await page.locator('[data-test=stars-sum]').innerText()).to.equal('0 票，总分 0');
    await shot(page, 'offline-votes-02-entered');

    expect(await votes()).to.deep.equal({ count: before.count + 5, total: before.total + 23 });
  });
});
