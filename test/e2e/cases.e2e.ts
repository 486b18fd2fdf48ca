import { expect } from 'chai';
import { apiGet, apiPost, e2e, loginAs, openContext, PHONE, shot, tokenFor, uniqueTag } from './support.js';

describe('e2e · 案例库: a 小梁 opens a case of their category from their project page', () => {
  it('the admin marks a finished project of the mentee\'s category as a staff-only case; the mentee finds it under 同类案例 and reads it', async () => {
    const admin = await tokenFor('demo.admin');
    const mentee = await tokenFor('demo.mentee');
    const { body: me } = await apiGet(mentee, '/me');
    const { body: own } = await apiGet(admin, `/projects?owner=${me.id}&sort=-startDate&pageSize=5`);
    const current = own.items.find((p: any) => p.status === 'active') ?? own.items[0];
    expect(current, 'the demo mentee has a project').to.not.equal(undefined);
    const category = current.categoryKey as string;

    // A finished project of that category by another mentee; if none is left, an active one is finished by the admin.
    const { body: done } = await apiGet(admin, `/projects?category=${category}&status=done&pageSize=50`);
    const { body: active } = await apiGet(admin, `/projects?category=${category}&status=active&pageSize=50`);
    const candidates = [...done.items, ...active.items.reverse()].filter((p: any) => p.ownerId !== me.id);
    const tag = uniqueTag();
    const body = {
      summary: `e2e ${tag}：三次居民议事会定方案，按节点公开进度`, whatWorked: '楼组长逐户上门听意见', problemsMet: '部门协调慢，吹哨解决', visibility: 'staff',
      review: { reviewerName: '周建明', reviewerTitle: '区委党校教授', text: `e2e ${tag} 点评：切口小、见效快，可复制。` },
    };
    let created: any;
    for (const p of candidates) {
      if (p.status === 'active') expect((await apiPost(admin, `/projects/${p._id}/status`, { status: 'done', reason: `e2e ${tag}：已完成` })).status).to.equal(200);
      const res = await apiPost(admin, '/cases', { projectId: p._id, ...body });
      if (res.status === 201) {
        created = res.body;
        break;
      }
      expect(res.body.error.code).to.equal('case_exists');
    }
    expect(created, `a project of category ${category} to mark`).to.not.equal(undefined);
    expect((await fetch(`${e2e.server!.url}/api/v1/public/cases/${created._id}`)).status, 'a staff-only case is not public').to.equal(404);

    const { context, page } = await openContext(PHONE);
    try {
      await loginAs(page, 'demo.mentee');
      await page.waitForURL('**/mentee/project');
      const panel = page.locator('[data-test=same-category-cases]');
      await panel.waitFor();
      await panel.getByText(created.categoryName).first().waitFor();
      const link = panel.locator('[data-test=case-link]', { hasText: created.title }).first();
      await shot(page, 'cases-01-project-page');
      await link.click();
      await page.waitForURL(`**/cases/${created._id}`);
      await page.locator('[data-test=case-summary]', { hasText: tag }).waitFor();
      await page.locator('[data-test=case-review]', { hasText: '周建明' }).waitFor();
      expect((await page.locator('[data-test=case-title]').innerText()).trim()).to.equal(created.title);
      expect((await page.locator('[data-test=case-visibility]').innerText()).trim()).to.equal('仅内部');
      await shot(page, 'cases-02-case-page');
    } finally {
      await context.close();
    }
  });
});
