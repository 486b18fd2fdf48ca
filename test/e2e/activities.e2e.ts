import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { dayjs } from '../../server/lib/time.js';
import { DESKTOP, PHONE, apiGet, apiPost, loginAs, openContext, shot, tokenFor, uniqueTag } from './support.js';

const at = (minutesFromNow: number) => dayjs().add(minutesFromNow, 'minute').tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm');

describe('e2e · 书记 holds a themed party day, three members sign in with the code, the close awards the points', () => {
  let organiser: { context: BrowserContext; page: Page };
  let members: Array<{ context: BrowserContext; page: Page; username: string }>;
  before(async () => {
    organiser = await openContext(DESKTOP);
    // Three members of demo.mentee's community, new (so this month's party-day cap is free), each on their own phone.
    const admin = await tokenFor('demo.admin');
    const community = (await apiGet(await tokenFor('demo.member'), '/me')).body.orgUnitId;
    const stamp = uniqueTag();
    const extra = [];
    for (const i of [1, 2, 3]) {
      const username = `e2e.m${i}.${stamp}`;
      const made = await apiPost(admin, '/users', { username, displayName: `签到党员${i}`, role: 'member', orgUnitId: community, password: 'e2e-password-1' });
      expect(made.status, JSON.stringify(made.body)).to.equal(201);
      extra.push(username);
    }
    members = [];
    for (const username of extra) members.push({ ...(await openContext(PHONE)), username });
  });
  after(async () => {
    await organiser.context.close();
    for (const m of members) await m.context.close();
  });

  it('creates the party day, shows the rotating code full-screen, three members sign in from the QR link, the close reports each, and each member sees the points', async () => {
    const title = `e2e 主题党日 ${uniqueTag()}`;
    const { page } = organiser;
    await loginAs(page, 'demo.mentee');
    await page.goto('/activities');
    await page.locator('[data-test=new-activity]').click();
    const form = page.locator('[data-test=activity-form]');
    await form.getByLabel('名称').fill(title);
    await form.locator('[data-test=kind]').click();
    await page.locator('.el-select-dropdown__item', { hasText: '主题党日·一课' }).click();
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
    for (const [i, m] of members.entries()) {
      await loginAs(m.page, m.username, 'e2e-password-1');
      await m.page.goto(`/member/sign-in?activity=${activity._id}&code=${code}`);
      await m.page.locator('[data-test=signed-in]').waitFor();
      if (i === 0) await shot(m.page, 'activities-03-member-signed-in');
    }
    await screen.locator('[data-test=attendee-count]', { hasText: `已签到 ${members.length} 人` }).waitFor({ timeout: 15_000 });
    await screen.locator('.el-dialog__headerbtn').click();

    await row.locator('[data-test=close-activity]').click();
    await page.locator('.el-message-box').getByRole('button', { name: '结束并计分' }).click();
    const report = page.locator('[data-test=close-report]');
    await report.getByText('已计 +2 分').nth(members.length - 1).waitFor();
    expect(await report.getByText('已计 +2 分').count()).to.equal(members.length);
    await shot(page, 'activities-04-report');
    for (const m of members) {
      await m.page.goto('/member/points');
      await m.page.getByText(`活动签到：${title}`).filter({ visible: true }).first().waitFor(); // on a phone 积分明细 shows cards; the table's cells stay hidden
    }
    await shot(members[1].page, 'activities-05-member-points');
    const me = (await apiGet(await tokenFor(members[0].username, 'e2e-password-1'), '/me/points?pageSize=100')).body;
    expect(me.history.items.filter((e: { note: string }) => e.note === `活动签到：${title}`)).to.have.length(1);
  });
});
