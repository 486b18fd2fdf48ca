import { expect } from 'chai';
import { expectAccessible, expectNoLatinText, loginAs, openContext, shot } from './support.js';

/** A small phone: 375 px wide, the narrowest the console is laid out for. */
const SMALL_PHONE = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

describe('e2e · 我的积分 on a 375 px phone', () => {
  it('when a member opens 我的积分, then nothing scrolls sideways: ranks, activities, sign-ins, claims and history read as cards', async function () {
    this.timeout(120_000);
    const { context, page } = await openContext(SMALL_PHONE);
    try {
      await loginAs(page, 'demo.member');
      await page.waitForURL('**/member/points');
      await page.locator('[data-test=balance]').waitFor({ timeout: 60_000 });
      await page.locator('[data-test=claims]').waitFor();
      for (const section of ['ranks', 'upcoming', 'sign-ins', 'claims', 'history']) {
        expect(await page.locator(`[data-test=${section}] .entry-list`).isVisible(), `${section} as a list`).to.equal(true);
      }
      await page.waitForLoadState('networkidle');

      const widths = await page.evaluate(() => {
        const root = document.scrollingElement!;
        const main = document.querySelector('.el-main')!;
        const tables = [...document.querySelectorAll('.el-card')].flatMap((card) => {
          const body = card.querySelector('.el-card__body')!;
          return [...card.querySelectorAll('.el-table')]
            .filter((t) => t.checkVisibility())
            .map((t) => ({ card: card.querySelector('.el-card__header')?.textContent?.trim() ?? '', table: t.querySelector('table')!.offsetWidth, room: body.clientWidth }));
        });
        return { page: [root.scrollWidth, root.clientWidth], main: [main.scrollWidth, main.clientWidth], tables };
      });
      expect(widths.page[0], 'the page scrolls sideways').to.be.at.most(widths.page[1]);
      expect(widths.main[0], 'the console\'s main area scrolls sideways').to.be.at.most(widths.main[1]);
      for (const t of widths.tables) expect(t.table, `the table in ${t.card} is wider than its card`).to.be.at.most(t.room);
      await shot(page, 'member-points-375');
      await expectNoLatinText(page);
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
