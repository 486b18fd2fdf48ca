import { expect } from 'chai';
import type { BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, apiGet, expectAccessible, expectNoLatinText, loginAs, openContext, shot, tokenFor } from './support.js';

describe('e2e · 小梁 (mentee) on a phone', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(PHONE)));
  after(async () => context.close());

  it('logs progress in the one-minute form, with field errors shown beside the field', async () => {
    await loginAs(page, 'demo.mentee');
    await page.waitForURL('**/mentee/project');
    const form = page.locator('[data-test=progress-form]');
    await form.waitFor();
    await shot(page, 'mentee-01-project');
    await expectNoLatinText(page);
    await expectAccessible(page);

    // Nothing written yet: the server's validation message appears under the note field.
    await form.getByRole('button', { name: '提交进展' }).click();
    await form.locator('.el-form-item__error').first().waitFor();
    expect(await form.locator('[data-test=action-error]').textContent()).to.contain('校验失败');

    const note = `e2e：召开居民议事会，确定车棚选址 ${Date.now()}`;
    await form.locator('textarea[name=note]').fill(note);
    await form.getByRole('button', { name: '提交进展' }).click();
    await page.locator('.el-message--success').waitFor();
    await page.getByText(note).waitFor();
    await shot(page, 'mentee-02-progress-logged');

    const token = await tokenFor('demo.mentee');
    const me = (await apiGet(token, '/me')).body;
    const { body: projects } = await apiGet(token, `/projects?owner=${me.id}`);
    const { body: logs } = await apiGet(token, `/projects/${projects.items[0]._id}/progress`);
    expect(logs.items.map((l: any) => l.note)).to.include(note);
  });

  it('opens the whistle form, sees my mentor and my (unpublished) evaluation', async () => {
    await page.getByRole('button', { name: '吹哨（请部门协调）' }).click();
    await page.getByText('需要哪个部门协调').waitFor();
    await shot(page, 'mentee-03-whistle');
    await expectNoLatinText(page);
    await page.getByRole('button', { name: '取消' }).click();

    await page.goto('/mentee/mentor');
    await page.getByText('带教记录', { exact: true }).waitFor();
    await page.locator('.el-timeline-item').first().waitFor();
    await shot(page, 'mentee-04-mentor');
    await expectNoLatinText(page);
    await page.goto('/mentee/evaluation');
    await page.getByText('评估结果尚未公布').waitFor();
    await shot(page, 'mentee-05-evaluation');
    await expectNoLatinText(page);
  });
});

describe('e2e · 大梁 (mentor)', () => {
  let context: BrowserContext;
  let page: Page;
  before(async () => ({ context, page } = await openContext(DESKTOP)));
  after(async () => context.close());

  it('sees mentees with their project state and comments on a mentee’s progress', async () => {
    await loginAs(page, 'demo.mentor');
    await page.waitForURL('**/mentor/mentees');
    const card = page.locator('[data-test=mentee-card]').first();
    await card.waitFor();
    await shot(page, 'mentor-01-mentees');
    await expectNoLatinText(page);
    await card.getByRole('button', { name: '看进展 · 点评' }).click();
    const comment = `e2e：注意发动楼组长参与 ${Date.now()}`;
    await page.getByPlaceholder('对最近的进展给出指导意见').fill(comment);
    await page.getByRole('button', { name: '发表点评' }).click();
    await page.locator('.el-message--success').waitFor();
    await page.locator('.el-timeline').getByText(comment).waitFor();
    await shot(page, 'mentor-02-comment');
    await expectNoLatinText(page);
  });

  it('writes a coaching note', async () => {
    await page.keyboard.press('Escape');
    const card = page.locator('[data-test=mentee-card]').first();
    await card.getByRole('button', { name: '带教笔记' }).click();
    const note = `e2e：电话沟通议事会筹备 ${Date.now()}`;
    await page.locator('.el-drawer textarea').last().fill(note);
    await page.getByRole('button', { name: '保存笔记' }).click();
    await page.locator('.el-drawer .el-timeline').getByText(note).waitFor();
    await shot(page, 'mentor-03-notes');
    await expectNoLatinText(page);
  });
});
