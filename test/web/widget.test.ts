import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectAccessible, listen, openBrowser, screenshot, type Browser } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

/** A shop's page on its own origin (another port) with the widget pasted in. */
function shopServer(api: string, key: string): http.Server {
  return http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
<script type="module" src="${api}/widget/price-check.js"></script></head>
<body><main><h1>Our shop</h1><tradein-price-check key="${key}" api="${api}" locale="en"></tradein-price-check></main></body></html>`);
  });
}

let t: TestApp;
let api: string;
let allowed: http.Server;
let other: http.Server;
let browser: Browser;
const origin = (s: http.Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  const slug = t.config.defaultTenant;
  await seedDemo(t.c, slug);
  api = await listen(t);
  allowed = shopServer(api, 'pending');
  other = shopServer(api, 'pending');
  await Promise.all([allowed, other].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
  const ctx = await t.c.tenantCtx(slug);
  const { key } = await t.c.modules.org.apiKeys.issue(ctx, { scope: 'publishable', origins: [origin(allowed)] });
  for (const s of [allowed, other]) {
    s.removeAllListeners('request');
    s.on('request', shopServer(api, key).listeners('request')[0] as http.RequestListener);
  }
  browser = await openBrowser({ viewport: { width: 800, height: 1000 } });
}, 180_000);
afterAll(async () => {
  if (!run) return;
  await browser?.close();
  await Promise.all([allowed, other].map((s) => new Promise<void>((r) => s.close(() => r()))));
  await t.close();
});

describe.runIf(run)('embeddable price check in Chromium', () => {
  it('a shop page on an allowed origin searches, answers and gets a price with its breakdown', async () => {
    const { page } = browser;
    await page.goto(origin(allowed));
    const search = page.getByRole('combobox', { name: 'Find your device' });
    await search.fill('iphone 13 pro');
    await page.getByRole('option').first().waitFor({ timeout: 20_000 });
    await search.press('ArrowDown');
    await search.press('Enter');
    const groups = page.getByRole('group');
    await groups.first().waitFor({ timeout: 20_000 });
    for (const group of await groups.all()) await group.getByRole('radio').first().check();
    const price = page.locator('.price');
    await price.waitFor({ timeout: 20_000 });
    expect(await price.getAttribute('data-quote-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await price.textContent()).toMatch(/\d/);
    await screenshot(page, 'widget-price');
    await expectAccessible(page, 'widget');
    // The shop listens for the hand-over event (and cancels the navigation to stay on the page).
    const detail = (await page.evaluate(`new Promise((resolve) => {
      document.addEventListener('tradein-quote', (e) => { e.preventDefault(); resolve(e.detail); });
      document.querySelector('tradein-price-check').shadowRoot.querySelector('button.primary').click();
    })`)) as { quoteId: string };
    expect(detail.quoteId).toMatch(/^[0-9a-f-]{36}$/);
    expect(browser.errors).toEqual([]);
  });

  it('a page on an origin the key does not list gets no answer (CORS refuses it)', async () => {
    const page = await browser.context.newPage();
    await page.goto(origin(other));
    await page.getByRole('combobox', { name: 'Find your device' }).fill('iphone 13 pro');
    await page.getByText('We cannot reach the trade-in service').waitFor({ timeout: 20_000 });
    expect(await page.getByRole('option').count()).toBe(0);
    await page.close();
  });
});
