import { randomBytes } from 'node:crypto';
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
