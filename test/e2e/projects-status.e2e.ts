import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, apiGet, apiPatch, loginAs, openContext, shot, tokenFor } from './support.js';

describe('e2e · project status: 小梁 marks the project done on a phone, 区级 pauses and resumes one', () => {
  it('a mentee marks their first-thing project 完成, saying what was achieved', async () => {
    // A mentee of neither demo login (their project stays active for the other specs), with an active project.
    const admin = await tokenFor('demo.admin');
    const { body: pairs } = await apiGet(admin, '/mentorships?status=active&pageSize=50');
    let chosen: { mentee: any; project: any } | undefined;
    for (const p of pairs.items.filter((x: any) => x.mentee.username !== 'demo.mentee' && x.mentor.username !== 'demo.mentor')) {
      const { body } = await apiGet(admin, `/projects?owner=${p.mentee.id}&status=active`);
      if (body.items.length) {
        chosen = { mentee: p.mentee, project: body.items[0] };
        break;
      }
    }
    expect(chosen, 'a demo mentee with an active project').to.not.equal(undefined);
    // Imported secretaries have no password: the admin sets one, as the accounts page does.
    expect((await apiPatch(admin, `/users/${chosen!.mentee.id}`, { password: 'e2e-mentee-2026' })).status).to.equal(200);

    const { context, page } = await openContext(PHONE);
    try {
      await loginAs(page, chosen!.mentee.username, 'e2e-mentee-2026');
      await page.waitForURL('**/mentee/project');
      await page.locator('[data-test=progress-form]').waitFor();
      await page.locator('[data-test=mark-done]').click();
      const form = page.locator('[data-test=status-form]');
      await form.locator('[data-test=status-reason]').fill('e2e：车棚改造完工，居民验收通过');
      await shot(page, 'project-status-01-mark-done');
      await form.locator('[data-test=save-status]').click();
      await page.locator('.el-message--success', { hasText: '项目已完成' }).waitFor();
      await page.locator('[data-test=status-tag]', { hasText: '已完成' }).waitFor();
      await page.locator('[data-test=status-history]').getByText('车棚改造完工').waitFor();
      await page.locator('[data-test=new-project]').waitFor();
      expect(await page.locator('[data-test=progress-form]').count()).to.equal(0);
      await shot(page, 'project-status-02-done');
    } finally {
      await context.close();
    }
    const { body: project } = await apiGet(admin, `/projects/${chosen!.project._id}`);
    expect(project.status).to.equal('done');
    expect(project.statusHistory.at(-1)).to.include({ from: 'active', to: 'done', reason: 'e2e：车棚改造完工，居民验收通过' });
  });

  it('an admin pauses a project from 项目台账 with a reason, then resumes it', async () => {
    let context: BrowserContext | undefined;
    try {
      let page: Page;
      ({ context, page } = await openContext(DESKTOP));
      await loginAs(page, 'demo.admin');
      await page.getByRole('menuitem', { name: '项目台账' }).click();
      const row = page.locator('.el-table__row', { hasText: '进行中' }).first();
      const title = (await row.locator('td').first().innerText()).trim();
      await row.click();
      const drawer = page.locator('.el-drawer', { hasText: '项目详情' });
      const form = page.locator('[data-test=status-form]');
      for (const [to, reason, shown] of [['paused', 'e2e：等待街道统一规划', '已暂停'], ['active', 'e2e：规划已明确，恢复推进', '进行中']]) {
        await drawer.locator('[data-test=change-status]').click();
        await form.locator(`[data-test=to-${to}]`).click();
        await form.locator('[data-test=status-reason]').fill(reason);
        await form.locator('[data-test=save-status]').click();
        await drawer.locator('[data-test=status-history]').getByText(reason).waitFor();
        await drawer.locator('.el-descriptions .el-tag', { hasText: shown }).waitFor();
      }
      await shot(page, 'project-status-03-admin');

      const admin = await tokenFor('demo.admin');
      const { body } = await apiGet(admin, `/projects?q=${encodeURIComponent(title)}&pageSize=5`);
      const { body: project } = await apiGet(admin, `/projects/${body.items.find((p: any) => p.title === title)._id}`);
      expect(project.status).to.equal('active');
      expect(project.statusHistory.slice(-2).map((h: any) => `${h.from}→${h.to}`)).to.deep.equal(['active→paused', 'paused→active']);
    } finally {
      await context?.close();
    }
  });
});
