import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { dayjs } from '../../server/lib/time.js';
import { PHONE, apiGet, apiPost, loginAs, openContext, shot, tokenFor, uniqueTag } from './support.js';

/** A 1×1 PNG: the claim's photo. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('e2e · 书记 reviews members’ points claims on a phone', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(PHONE)));
  after(async () => context.close());

  it('approves a claim after seeing its photo; one past the monthly cap shows the refusal and is rejected with a reason', async () => {
    // A member who joined today (no points yet) claims three times in the secretary's community.
    const admin = await tokenFor('demo.admin');
    const secretary = (await apiGet(await tokenFor('demo.mentee'), '/me')).body;
    const username = `e2e.claimant.${uniqueTag()}`;
    const created = await apiPost(admin, '/users', { username, displayName: '申请人小周', role: 'member', orgUnitId: secretary.orgUnitId, password: 'claimant-2026' });
    expect(created.status).to.equal(201);
    const member = await tokenFor(username, 'claimant-2026');
    const today = dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD');
    const claim = async (ruleKey: string, quantity: number, description: string) => {
      const res = await apiPost(member, '/points/claims', { ruleKey, quantity, description, occurredAt: today, photos: [{ contentType: 'image/png', data: PNG }] });
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
      return res.body;
    };
    const volunteer = await claim('volunteer_hour', 2, 'e2e：社区垃圾分类志愿服务 2 小时');
    const lessons = await claim('micro_lesson', 2, 'e2e：本月两次微党课');
    const extra = await claim('micro_lesson', 1, 'e2e：本月第三次微党课');

    await loginAs(page, 'demo.mentee');
    await page.goto('/points/claims');
    const card = (c: any) => page.locator('[data-test=claim]', { hasText: c.description });
    const photo = card(volunteer).locator('[data-test=claim-photo] img');
    await photo.waitFor();
    expect(await photo.getAttribute('src')).to.match(/^blob:/); // fetched with the session's token
    await shot(page, 'claims-01-pending');

    for (const c of [volunteer, lessons]) {
      await card(c).locator('[data-test=approve]').click();
      await card(c).waitFor({ state: 'detached' });
    }
    await card(extra).locator('[data-test=approve]').click();
    await card(extra).locator('[data-test=refusal]').getByText('本月已达上限').waitFor();
    await shot(page, 'claims-02-refused');

    await card(extra).locator('[data-test=reject]').click();
    const form = page.locator('[data-test=reject-form]');
    await form.locator('[data-test=reason]').fill('本月微党课积分已满，下月再申请');
    await form.locator('[data-test=confirm-reason]').click();
    await card(extra).waitFor({ state: 'detached' });

    const got = async (c: any) => (await apiGet(member, `/points/claims/${c._id}`)).body;
    expect(await got(volunteer)).to.include({ status: 'approved', points: 2 });
    expect(await got(lessons)).to.include({ status: 'approved', points: 20 });
    expect(await got(extra)).to.include({ status: 'rejected', reason: '本月微党课积分已满，下月再申请' });
    const { body: points } = await apiGet(member, '/me/points?pageSize=20');
    expect(points.balance.allTime).to.equal(22);
  });
});
