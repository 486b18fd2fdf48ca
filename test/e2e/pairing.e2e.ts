import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { dayjs } from '../../server/lib/time.js';
import { DESKTOP, apiGet, apiPost, loginAs, openContext, shot, tokenFor } from './support.js';

describe('e2e · 师徒结对: ending a pair with a reason, and the mentors’ load', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('ends a pair with a reason: the mentee awaits a mentor again and the mentor has a place free', async () => {
    const token = await tokenFor('demo.admin');
    const { body: pairs } = await apiGet(token, '/mentorships?status=active&pageSize=50');
    const pair = pairs.items.find((p: any) => p.mentee.username !== 'demo.mentee' && p.mentor.username !== 'demo.mentor');
    const loadOf = async () => (await apiGet(token, '/mentorships/mentor-load')).body.items.find((m: any) => m.id === String(pair.mentorId));
    const before = await loadOf();

    await loginAs(page, 'demo.admin');
    await page.getByRole('menuitem', { name: '师徒结对' }).click();
    await page.getByRole('tab', { name: '大梁带教负担' }).click();
    const load = page.locator(`[data-test=load][data-mentor="${before.username}"]`);
    expect((await load.textContent())?.trim()).to.equal(`${before.activeMentees}/${before.capacity}`);
    await shot(page, 'pairing-01-mentor-load');

    await page.getByRole('tab', { name: '结对名单' }).click();
    const row = page.locator('[data-test=pairs] .el-table__row', { hasText: pair.mentee.displayName }).filter({ hasText: pair.mentor.displayName });
    await row.locator('[data-test=end-pair]').click();
    const form = page.locator('[data-test=end-form]');
    await form.locator('[data-test=confirm-reason]').click(); // no reason yet: asked for one, nothing sent
    await form.getByText('请填写结束原因').waitFor();
    await form.locator('[data-test=reason]').fill('e2e：原大梁调任区级岗位');
    await shot(page, 'pairing-02-end');
    await form.locator('[data-test=confirm-reason]').click();
    await page.locator('.el-message--success', { hasText: '结对' }).waitFor();
    await row.waitFor({ state: 'detached' });
    await page.locator('[data-test=mentees] .el-table__row', { hasText: pair.mentee.displayName }).waitFor();

    await page.getByRole('tab', { name: '大梁带教负担' }).click();
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent?.trim() === text,
      [`[data-test=load][data-mentor="${before.username}"]`, `${before.activeMentees - 1}/${before.capacity}`]);

    const { body: ended } = await apiGet(token, `/mentorships/${pair.id}`);
    expect(ended).to.include({ status: 'ended', endReason: 'e2e：原大梁调任区级岗位' });
    expect((await loadOf()).activeMentees).to.equal(before.activeMentees - 1);

    // The demo district as it was for the specs after this one: the same pair again, from today.
    const again = await apiPost(token, '/mentorships', {
      mentorId: pair.mentorId, menteeId: pair.menteeId, cohort: pair.cohort, startDate: dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD'),
    });
    expect(again.status).to.equal(201);
  });
});
