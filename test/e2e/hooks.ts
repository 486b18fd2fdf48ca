import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startTestDatabase, testDatabase } from '../support/database.js';
import { testApp } from '../support/app.js';
import { listen } from '../support/server.js';
import { seedReferenceData } from '../../server/seed-defaults.js';
import { seedDemo } from '../../server/demo/seed.js';
import { systemClock } from '../../server/lib/time.js';
import { CHROMIUM_PATH, SCREENSHOTS, e2e } from './support.js';

// Browser tests: one database with the small demo district, the real app (API + built console) on a
// free port, and Debian's Chromium driven by playwright-core. Tests share this state in file order.
export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(600_000);
    execSync('node scripts/ensure-web.mjs', { stdio: 'inherit' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const db = await startTestDatabase();
    console.log(`  e2e database: ${db.backend}; seeding the small demo district…`);
    await seedReferenceData();
    // The browser tests drive a live server as a user would, at the real date: the demo is seeded
    // relative to it and the app runs on the system clock.
    const demo = await seedDemo({ scale: 'small', now: systemClock(), voterSalt: 'test-voter-key-salt-0123456789' });
    console.log(`  demo seeded in ${demo.seconds} s`);
    e2e.server = await listen(testApp({ clock: systemClock }));
    e2e.browser = (await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    })) as Browser;
  },
  /** A failed step leaves a screenshot of where the browser stood, for the review. */
  async afterEach(this: Mocha.Context) {
    const page = e2e.lastPage;
    if (this.currentTest?.state !== 'failed' || !page || page.isClosed()) return;
    const name = `FAILED-${this.currentTest.fullTitle().replace(/[^\w\u4e00-\u9fa5-]+/g, '_').slice(0, 80)}`;
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true }).catch(() => {});
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    await e2e.browser?.close();
    await e2e.server?.close();
    await testDatabase().cleanup();
  },
};
