import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { dayjs } from '../../server/lib/time.js';
import { DESKTOP, PHONE, apiGet, loginAs, openContext, shot, tokenFor } from './support.js';

const at = (minutesFromNow: number) => dayjs().add(minutesFromNow, 'minute').tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm');

describe('e2e · 书记 holds an activity, a member signs in with the code, the close awards the points', () => {
  let organiser: { context: BrowserContext; page: Page };
  let member: { context: BrowserContext; page: Page };
  before(async () => {
    organiser = await openContext(DESKTOP);
    member = await openContext(PHONE);
  });
  after(async () => {
    await organiser.context.close();
    await member.context.close();
  });

  it('creates the activity, shows the rotating code full-screen, signs the member in from the QR link, and closes with a per-member report', async () => {
    const title = `e2e 学习讨论 ${dayjs().valueOf()}`;
    const { page } = organiser;
    await loginAs(page, 'demo.mentee');
    await page.goto('/activities');
    await page.locator('[data-test=new-activity]').click();
    const form = page.locator('[data-test=activity-form]');
    await form.getByLabel('名称').fill(title);
    await form.locator('[data-test=kind]').click();
    await page.locator('.el-select-dropdown__item', { hasText: '学习讨论' }).click();
    await form.getByLabel('地点').fill('居委会二楼会议室');
    for (const [label, value] of [['开始时间', at(-10)], ['结束时间', at(50)]]) {
      await form.getByLabel(label).fill(value);
      await form.getByLabel(label).press('Enter');
    }
    await form.getByLabel('名称').click(); // closes any open picker
    await form.locator('[data-test=create-activity]').click();
    const row = page.locator('[data-test=activity-list] .el-table__row', { hasText: title });
    await row.waitFor();
    await shot(page, 'activities-01-list');

    await row.locator('[data-test=show-code]').click();
    const screen = page.locator('[data-test=sign-in-code]');
    const code = (await screen.locator('[data-test=code]').textContent())!.replace(/\s/g, '');
    expect(code).to.match(/^\d{6}$/);
    await shot(page, 'activities-02-code');

    const token = await tokenFor('demo.mentee');
    const activity = (await apiGet(token, `/activities?from=${dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD')}&to=${dayjs().tz('Asia/Shanghai').format('YYYY-MM-DD')}&pageSize=200`))
      .body.items.find((a: { title: string }) => a.title === title);
    await loginAs(member.page, 'demo.member');
    await member.page.goto(`/member/sign-in?activity=${activity._id}&code=${code}`);
    await member.page.locator('[data-test=signed-in]').waitFor();
    await shot(member.page, 'activities-03-member-signed-in');
    await screen.locator('[data-test=attendee-count]', { hasText: '已签到 1 人' }).waitFor({ timeout: 15_000 });
    await screen.locator('.el-dialog__headerbtn').click();

    await row.locator('[data-test=close-activity]').click();
    await page.locator('.el-message-box').getByRole('button', { name: '结束并计分' }).click();
    const report = page.locator('[data-test=close-report]');
    await report.getByText('已计 +3 分').waitFor();
    await shot(page, 'activities-04-report');
    const me = (await apiGet(await tokenFor('demo.member'), '/me/points?pageSize=100')).body;
    expect(me.history.items.filter((e: { note: string }) => e.note === `活动签到：${title}`)).to.have.length(1);
  });
});
