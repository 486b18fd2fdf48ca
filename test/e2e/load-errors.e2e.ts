import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { Notification } from '../../models/notification.model.js';
import { User } from '../../models/user.model.js';
import { notify } from '../../server/modules/notifications/index.js';
import { DESKTOP, PHONE, apiPost, expectAccessible, expectNoLatinText, loginAs, openContext, shot, tokenFor, uniqueTag } from './support.js';

/**
 * Fault injection in the browser: one API call of the real service is answered with a 500 (the
 * service and its database stay real), and the page must say in Chinese what failed, beside it,
 * while the rest of the page works.
 */
const failing = (page: Page, pattern: string) =>
  page.route(pattern, (route) => route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ error: { code: 'internal', message: '服务暂时不可用' } }) }));

describe('e2e · a list that fails to load is shown, not left empty', () => {
  it('when the department list fails, then the whistle dialog says so and 重试 fills the select', async () => {
    const { context, page } = await openContext(PHONE);
    try {
      await loginAs(page, 'demo.mentee');
      await page.waitForURL('**/mentee/project');
      await failing(page, '**/api/v1/departments*');
      await page.getByRole('button', { name: '吹哨（请部门协调）' }).click();
      const dialog = page.getByRole('dialog', { name: '街乡吹哨 · 部门报到' });
      const failure = dialog.locator('[data-test=load-error]');
      await failure.getByText('部门列表加载失败：服务暂时不可用').waitFor();
      await shot(page, 'load-errors-01-whistle-departments');
      await expectNoLatinText(page);
      await expectAccessible(page);

      await page.unroute('**/api/v1/departments*');
      await failure.locator('[data-test=retry]').click();
      await failure.waitFor({ state: 'detached' });
      await dialog.locator('[data-test=whistle-department]').click();
      await page.locator('.el-select-dropdown__item').filter({ visible: true }).first().waitFor();
    } finally {
      await context.close();
    }
  });

  it('when a filter\'s street list fails, then a message names it and the project list still loads', async () => {
    const { context, page } = await openContext(DESKTOP);
    try {
      await loginAs(page, 'demo.admin');
      await failing(page, '**/api/v1/org-units?*');
      await page.goto('/admin/projects');
      await page.locator('.el-message--error', { hasText: '街镇列表加载失败：服务暂时不可用，请刷新重试' }).waitFor();
      await page.locator('.el-table__body tr').first().waitFor();
      await shot(page, 'load-errors-02-projects-streets');
      await expectNoLatinText(page);
    } finally {
      await context.close();
    }
  });

  it('when 我的积分\'s activity section fails, then it says so with 重试 and the balance stays shown', async () => {
    const { context, page } = await openContext(PHONE);
    try {
      await failing(page, '**/api/v1/me/points/activity');
      await loginAs(page, 'demo.member');
      await page.waitForURL('**/member/points');
      await page.locator('[data-test=balance]').waitFor({ timeout: 60_000 });
      const section = page.locator('[data-test=activity-error]');
      await section.getByText('近期活动、签到和积分申请加载失败：服务暂时不可用').waitFor();
      expect(await page.locator('[data-test=history]').isVisible()).to.equal(true);
      await shot(page, 'load-errors-03-points-activity');
      await expectNoLatinText(page);
      await expectAccessible(page);

      await page.unroute('**/api/v1/me/points/activity');
      await section.locator('[data-test=retry]').click();
      await page.locator('[data-test=claims]').waitFor();
      expect(await section.count()).to.equal(0);
    } finally {
      await context.close();
    }
  });

  it('when marking a reminder read fails, then the bell says so and the reminder stays unread', async () => {
    // Through the module, as the service's own reminders are written: the bell's cached list learns of it.
    const member = await User.findOne({ username: 'demo.member' }).lean();
    const id = `e2e-read-fails:${uniqueTag()}`;
    await notify({ id, userId: member!._id, kind: 'claim_decided', title: 'e2e：积分申请已审核', body: '志愿服务 +2 分', link: '/member/points' });
    const { context, page } = await openContext(DESKTOP);
    try {
      await loginAs(page, 'demo.member');
      await failing(page, '**/api/v1/me/notifications/*/read');
      await page.getByRole('button', { name: '提醒' }).click();
      await page.locator('[data-test=notification]', { hasText: 'e2e：积分申请已审核' }).click();
      await page.locator('.el-message--error', { hasText: '标为已读失败：服务暂时不可用' }).waitFor();
      await shot(page, 'load-errors-04-bell-read');
      expect((await Notification.findById(id).lean())?.readAt ?? null).to.equal(null);
    } finally {
      await context.close();
      await apiPost(await tokenFor('demo.member'), `/me/notifications/${encodeURIComponent(id)}/read`, {});
    }
  });
});
