import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { Notification } from '../../models/notification.model.js';
import { User } from '../../models/user.model.js';
import { DESKTOP, loginAs, openContext, shot } from './support.js';

describe('e2e · the reminder bell', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('opens the page a reminder is about, from the keyboard, and marks it read', async () => {
    const dept = await User.findOne({ username: 'demo.department' }).lean();
    const id = `e2e-reminder:${dept!._id}`;
    await Notification.deleteOne({ _id: id });
    await Notification.create({ _id: id, userId: dept!._id, kind: 'whistle_overdue', title: 'e2e：吹哨事项已超期', body: '办结期限已过', link: '/department/whistles' });

    await loginAs(page, 'demo.department');
    await page.goto('/scoring');
    await page.getByRole('button', { name: '提醒' }).click();
    const item = page.locator('[data-test=notification]', { hasText: 'e2e：吹哨事项已超期' });
    await item.waitFor();
    await shot(page, 'bell-01-open');
    await item.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/department/whistles');
    expect((await Notification.findById(id).lean())?.readAt).to.be.instanceOf(Date);
  });
});
