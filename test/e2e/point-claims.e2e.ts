import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { PHONE, apiGet, apiPost, loginAs, openContext, shot, tokenFor, uniqueTag } from './support.js';

/** A 1×1 PNG: what a phone camera's photo stands for here. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('e2e · 党员 claims volunteer hours with a photo, the 书记 approves', () => {
  let member: { context: BrowserContext; page: Page };
  let username: string;
  before(async () => {
    // A member of demo.mentee's community with no points yet, so no monthly cap is in the way.
    const community = (await apiGet(await tokenFor('demo.member'), '/me')).body.orgUnitId;
    username = `e2e.claim.${uniqueTag()}`;
    const made = await apiPost(await tokenFor('demo.admin'), '/users', { username, displayName: '申请党员', role: 'member', orgUnitId: community, password: 'e2e-password-1' });
    expect(made.status, JSON.stringify(made.body)).to.equal(201);
    member = await openContext(PHONE);
  });
  after(async () => member.context.close());

  it('fills the claim form on a phone with a photo, and sees the points once the secretary approves', async () => {
    const { page } = member;
    await loginAs(page, username, 'e2e-password-1');
    await page.goto('/member/points');
    await page.locator('[data-test=open-claim]').click();
    const form = page.locator('[data-test=claim-form]');
    await form.locator('[data-test=claim-rule]').click();
    await page.locator('.el-select-dropdown__item', { hasText: '志愿服务' }).click();
    await form.getByLabel('数量').fill('2');
    await form.getByLabel('说明').fill('周六上午在社区垃圾分类点值守两小时');
    await form.locator('input[type=file]').setInputFiles({ name: 'duty.png', mimeType: 'image/png', buffer: PNG });
    await form.getByText('duty.png').waitFor();
    await shot(page, 'claims-01-form');
    await form.locator('[data-test=submit-claim]').click();
    const claims = page.locator('[data-test=claims]');
    await claims.getByText('1 张照片，等待审核').filter({ visible: true }).first().waitFor(); // on a phone the claims are cards; the table's cells stay hidden

    const secretary = await tokenFor('demo.mentee');
    const pending = (await apiGet(secretary, '/points/claims?status=pending&pageSize=100')).body.items
      .find((c: { memberId: string; description: string }) => c.description === '周六上午在社区垃圾分类点值守两小时');
    expect(pending, 'the claim is in the secretary\'s pending list').to.not.equal(undefined);
    const photo = await fetch(`${new URL(page.url()).origin}${pending.photos[0].url}`, { headers: { Authorization: `Bearer ${secretary}` } });
    expect(photo.status).to.equal(200);
    expect(Buffer.from(await photo.arrayBuffer()).equals(PNG)).to.equal(true);
    const approved = await apiPost(secretary, `/points/claims/${pending._id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).to.equal(200);

    await page.reload();
    await page.locator('[data-test=claims]').getByText('+2 分').filter({ visible: true }).first().waitFor();
    await page.getByText('积分申请：周六上午在社区垃圾分类点值守两小时').filter({ visible: true }).first().waitFor(); // the phone's card, not the hidden table cell
    await shot(page, 'claims-02-approved');
  });
});
