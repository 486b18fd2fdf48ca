import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, apiGet, e2e, loginAs, openContext, shot, tokenFor, uniqueTag } from './support.js';

/** An option of the select that is open now (closed selects keep their options in the page, hidden). */
const option = (page: Page, text: string) => page.locator('.el-select-dropdown__item:visible', { hasText: text }).first();

describe('e2e · 组织架构与账号 (admin), and 修改密码 for the new user', () => {
  let context: BrowserContext;
  let page: Page;
  const stamp = uniqueTag().toUpperCase();
  const community = { code: `E2E-${stamp}`, name: `e2e 新建居委 ${stamp}`, renamed: `e2e 长风八村居委 ${stamp}` };
  const user = { username: `e2e.member.${stamp.toLowerCase()}`, displayName: '新党员小陈' };
  let street: { _id: string; code: string; name: string };
  let password = '';
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('creates a community under a street in the org tree, then renames it', async () => {
    const token = await tokenFor('demo.admin');
    const [district] = (await apiGet(token, '/org-units?level=district')).body.items;
    [street] = (await apiGet(token, '/org-units?level=street&pageSize=1')).body.items;

    await loginAs(page, 'demo.admin');
    await page.getByRole('menuitem', { name: '组织架构' }).click();
    await page.locator(`[data-test="unit-${district.code}"]`).click(); // expands the district
    await page.locator(`[data-test="add-under-${street.code}"]`).click();
    const form = page.locator('[data-test=unit-form]');
    await form.getByLabel('名称').fill(community.name);
    await form.getByLabel('编码').fill(community.code);
    await form.locator('[data-test=save-unit]').click();
    await page.locator('.el-message--success').first().waitFor();
    const node = page.locator(`[data-test="unit-${community.code}"]`);
    await node.getByText(community.name).waitFor();
    await shot(page, 'accounts-01-new-community');

    await node.getByRole('button', { name: '编辑' }).click();
    expect(await form.getByLabel('编码').inputValue()).to.equal(community.code);
    await form.getByLabel('名称').fill(community.renamed);
    await form.locator('[data-test=save-unit]').click();
    await node.getByText(community.renamed).waitFor();

    const { body } = await apiGet(token, `/org-units?level=community&street=${street._id}&q=${community.code}`);
    expect(body.items).to.have.length(1);
    expect(body.items[0]).to.include({ name: community.renamed, parentId: street._id, kind: 'residential' });
  });

  it('shows who has no password, creates a member without one, and sets a password to hand over', async () => {
    await page.getByRole('menuitem', { name: '账号管理' }).click();
    // The demo's imported secretaries have no password: the page says how many cannot log in.
    await page.locator('[data-test=no-password-count]').getByText('还没有密码').waitFor();

    await page.locator('[data-test=new-user]').click();
    const form = page.locator('[data-test=user-form]');
    await form.getByLabel('登录名').fill(user.username);
    await form.getByLabel('姓名').fill(user.displayName);
    await form.locator('[data-test=role]').click();
    await option(page, '党员').click();
    await form.locator('[data-test=street]').click();
    await option(page, street.name).click();
    await form.locator('[data-test=community]').click();
    await option(page, community.renamed).click();
    await form.locator('[data-test=save-user]').click();
    await page.locator('.el-message--success', { hasText: '账号已创建' }).waitFor();

    await page.locator('input[data-test=search-user]').fill(user.username);
    await page.locator('input[data-test=search-user]').press('Enter');
    const row = page.locator('[data-test=users] .el-table__row', { hasText: user.username });
    await row.getByText('未设置').waitFor();
    expect(await row.textContent()).to.contain(community.renamed);
    await shot(page, 'accounts-02-no-password');

    await row.locator('[data-test=set-password-button]').click();
    const dialog = page.locator('[data-test=set-password]');
    await dialog.locator('[data-test=generate-password]').click();
    password = await dialog.locator('[data-test=admin-new-password]').inputValue();
    expect(password).to.match(/^[A-Za-z2-9]{10}$/);
    await dialog.locator('[data-test=save-admin-password]').click();
    expect((await dialog.locator('[data-test=password-shown]').textContent())?.trim()).to.equal(password);
    await shot(page, 'accounts-03-password-set');
    await dialog.getByRole('button', { name: '关闭', exact: true }).click();
    await row.getByText('已设置').waitFor();
  });

  it('the member logs in on a phone with that password and changes it to their own', async () => {
    const phone = await openContext(PHONE);
    try {
      await loginAs(phone.page, user.username, password);
      await phone.page.waitForURL('**/member/points');
      await phone.page.locator('[data-test=change-password]').click();
      await phone.page.locator('[data-test=current-password]').fill(password);
      await phone.page.locator('[data-test=new-password]').fill('my-own-pass-2026');
      await phone.page.locator('[data-test=confirm-password]').fill('my-own-pass-2026');
      await shot(phone.page, 'accounts-04-change-password');
      await phone.page.locator('[data-test=save-password]').click();
      await phone.page.locator('.el-message--success', { hasText: '密码已修改' }).waitFor();

      await phone.page.locator('[data-test=logout]').click();
      await phone.page.waitForURL('**/login');
      await loginAs(phone.page, user.username, 'my-own-pass-2026');
      await phone.page.waitForURL('**/member/points');
    } finally {
      await phone.context.close();
    }
    const res = await fetch(`${e2e.server!.url}/api/v1/auth/login`, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: user.username, password }),
    });
    expect(res.status, 'the password the admin handed over no longer works').to.equal(401);
  });
});
