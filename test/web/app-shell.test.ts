import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureWebInteractive, webInteractiveLine } from '../../bench/lib/web-interactive.js';
import { seedDemo, seedDemoAgent } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectAccessible, listen, openBrowser, screenshot } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

let t: TestApp;
let base: string;

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  await seedDemo(t.c, t.config.defaultTenant);
  await seedDemoAgent(t.c, t.config.defaultTenant);
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
});

describe.skipIf(!run)('app shell in Chromium: every resource loads, unknown paths, first screen time (PGlite project only)', () => {
  it('opening /, /store and /mail-in loads every resource (no 4xx/5xx, no failed request) and logs no console error', async () => {
    const b = await openBrowser();
    try {
      const failed: string[] = [];
      b.page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      b.page.on('requestfailed', (r) => failed.push(`failed ${r.url()}: ${r.failure()?.errorText}`));
      await b.page.goto(`${base}/`, { waitUntil: 'networkidle' });
      await b.page.getByRole('combobox', { name: 'Search your device' }).waitFor();
      // The icon the page names is served (headless Chromium does not fetch it by itself).
      const icon = await b.page.locator('link[rel="icon"]').getAttribute('href');
      const res = await b.page.request.get(`${base}${icon}`);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('image/svg+xml');
      // And those browsers ask for without being told (beside a PDF tab; iOS home screen).
      for (const [file, type] of [
        ['/favicon.ico', 'image/x-icon'],
        ['/apple-touch-icon.png', 'image/png'],
      ]) {
        const r = await b.page.request.get(`${base}${file}`);
        expect(r.status(), file).toBe(200);
        expect(r.headers()['content-type']).toBe(type);
      }
      // The other entry screens too (the point of sale and mail-in are lazy chunks).
      for (const [url, heading] of [
        ['/store', 'Store sign in'],
        ['/mail-in', 'Sign in'],
      ]) {
        await b.page.goto(`${base}${url}`, { waitUntil: 'networkidle' });
        await b.page.getByRole('heading', { name: heading }).first().waitFor();
      }
      expect(failed).toEqual([]);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('an unknown path shows "page not found" with a link home, in the customer app and the point of sale', async () => {
    const b = await openBrowser();
    try {
      const { page } = b;
      await page.goto(`${base}/nope`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      expect(await page.getByRole('combobox', { name: 'Search your device' }).count()).toBe(0);
      await screenshot(page, 'not-found-customer');
      await expectAccessible(page, 'not found');
      await page.getByRole('link', { name: 'Go to the start page' }).click();
      await page.getByRole('combobox', { name: 'Search your device' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');

      await page.goto(`${base}/store/nope`);
      await page.getByRole('heading', { name: 'Page not found' }).waitFor();
      expect(await page.locator('input[name="password"]').count()).toBe(0);
      await screenshot(page, 'not-found-store');
      await expectAccessible(page, 'store not found');
      await page.getByRole('link', { name: 'Go to the start page' }).click();
      await page.getByRole('heading', { name: 'Store sign in' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/store');

      // A mail-in path with nonsense in it is not found either; the language switch applies.
      await page.goto(`${base}/mail-in/new/extra`);
      await page.getByLabel('Language').selectOption('tr');
      await page.getByRole('heading', { name: 'Sayfa bulunamadı' }).waitFor();
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('measures how soon the first screen is interactive (logged and kept in test-results; the figure is judged by npm run bench)', async () => {
    // Warm the server's first-request paths the way a running server is warm.
    await fetch(`${base}/`, { headers: { accept: 'text/html' } });
    const r = await measureWebInteractive(base);
    expect(r).not.toBeNull();
    expect(r!.samples).toHaveLength(3);
    for (const s of r!.samples) expect(s.interactiveMs).toBeGreaterThanOrEqual(s.domInteractiveMs);
    console.log(webInteractiveLine(r!), JSON.stringify(r!.samples));
    fs.mkdirSync('test-results', { recursive: true });
    fs.writeFileSync(path.join('test-results', 'web-interactive.json'), `${JSON.stringify(r, null, 2)}\n`);
  });
});
