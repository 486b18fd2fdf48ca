import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'chai';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test/e2e/screenshots');
export const DEMO_PASSWORD = 'demo2026';

export const e2e: { browser?: Browser; server?: { url: string; close(): Promise<void> }; lastPage?: Page } = {};

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1366, height: 900 } };

/** A fresh browser context (own storage) in Chinese, Shanghai time. */
export async function openContext(device: typeof PHONE | typeof DESKTOP = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser!.newContext({ ...device, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: e2e.server!.url });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error(`  [page error] ${err.message}`));
  e2e.lastPage = page;
  return { context, page };
}

export async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Logs in through the login form and waits for the role's first page. */
export async function loginAs(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  expect((await page.locator('[data-test=who]').textContent())?.trim()).to.not.be.oneOf([undefined, '']);
}

/** A bearer token for API checks made beside the browser (verifying what the UI wrote). */
/** A tag that keeps names this run creates apart from earlier runs' (the e2e database is shared by the specs). */
export const uniqueTag = () => randomBytes(5).toString('hex');

export async function tokenFor(username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${e2e.server!.url}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username}: ${res.status}`);
  return (await res.json()).token;
}

export async function apiGet(token: string, path: string) {
  const res = await fetch(`${e2e.server!.url}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

export async function apiPost(token: string, path: string, body: unknown) {
  const res = await fetch(`${e2e.server!.url}/api/v1${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

export async function apiPatch(token: string, path: string, body: unknown) {
  const res = await fetch(`${e2e.server!.url}/api/v1${path}`, { method: 'PATCH', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

/**
 * Latin words a page may show: proper names, file formats, units, and words people type in Latin
 * (abbreviations of technical things). Everything else a person reads is Chinese.
 */
const LATIN_ALLOWED = /^(Excel|CSV|XLSX?|PDF|JPEG|PNG|QR|Webhook|SMS|API|ID|URL|IP|KB|MB|GB|ms|YYYY-MM-DD)$/i;

/**
 * Fails when a visible text on the page (or an input's placeholder) holds a Latin word outside the
 * allow-list. What counts as data is left alone: words with digits, dots, underscores or @ (login names such as
 * demo.admin, e-mails, codes like 7KQ2M-XH4PD), single letters (grades, "x%"), and a table cell or
 * tag holding just one lower-case word (a login name such as admin) or one upper-case code (an org
 * unit's code such as SL-JD). `allow` adds page-specific data.
 */
export async function expectNoLatinText(page: Page, allow: RegExp[] = []) {
  // No named functions inside: tsx would wrap them in a helper the browser does not have.
  const found: Array<{ word: string; text: string }> = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!el || !text || el.closest('script, style, noscript') || !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      if (/^([a-z][a-z0-9._@-]*|[A-Z][A-Z0-9_-]*)$/.test(text) && el.closest('td, .el-table__cell, .el-tag, [data-test=who]')) continue;
      texts.push(text);
    }
    for (const input of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
      if (input.checkVisibility()) texts.push((input as HTMLInputElement).placeholder);
    }
    return texts.flatMap((text) =>
      (text.match(/[A-Za-z0-9][\w.@'+-]*/g) ?? [])
        .filter((word) => /^[A-Za-z]{2,}(['-][A-Za-z]+)*$/.test(word))
        .map((word) => ({ word, text: text.slice(0, 80) })),
    );
  });
  const english = found.filter(({ word }) => !LATIN_ALLOWED.test(word) && !allow.some((re) => re.test(word)));
  expect(english, `English on ${new URL(page.url()).pathname}: ${english.map((e) => `"${e.word}" in "${e.text}"`).join('; ')}`).to.deep.equal([]);
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it stands and fails on any serious or critical violation, naming the
 * rule and the elements. axe is evaluated through the DevTools protocol (no script tag for a CSP to block).
 */
export async function expectAccessible(page: Page) {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.waitForLoadState('networkidle');
  // Colours measured mid-transition (a tag zooming in) are not the page's; endless ones (spinners) are not waited for.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => undefined))));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`(() => { ${axeSource}\n })()`);
  // Every rule runs: none needed switching off for Element Plus once labels and colours were fixed.
  const violations: Array<{ id: string; impact: string; help: string; nodes: string[] }> = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
      .map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) }));
  });
  const report = violations.map((v) => `\n  [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('');
  expect(violations, `accessibility on ${new URL(page.url()).pathname}:${report}`).to.deep.equal([]);
}
