import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { webBundleReport } from '../../bench/lib/web-bundle.js';
import { WEB_DIST } from '../../src/http/web/web-app.routes.js';
import { expectAccessible, listen, openBrowser, screenshot, waitOrDump } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

let t: TestApp;
let base: string;
let tac: string;

beforeAll(async () => {
  if (!run) return;
  // Real time: the browser compares the quote's expiry with its own clock.
  t = await createTestApp({ clock: systemClock });
  await seedDemo(t.c, t.config.defaultTenant);
  // A TAC the catalog does not know: due diligence has nothing against it (Passed).
  for (let n = 99_000_001; !tac; n++) {
    const rows = await t.c.db.query('SELECT 1 FROM tac_codes WHERE tac = $1', [String(n)]);
    if (rows.length === 0) tac = String(n);
  }
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
});

const texts = {
  en: {
    search: 'Search your device',
    tradeIt: 'Trade it in',
    newHere: 'I am new here',
    create: 'Create account',
    register: 'Register trade-in',
    registered: /Trade-in \d+ is registered/,
    my: 'My trade-ins',
    step: 'Registered',
    fmip: 'I have turned off Find My',
  },
  sv: {
    search: 'Sök din enhet',
    tradeIt: 'Byt in den',
    newHere: 'Jag är ny här',
    create: 'Skapa konto',
    register: 'Registrera inbyte',
    registered: /Inbyte \d+ är registrerat/,
    my: 'Mina inbyten',
    step: 'Registrerad',
    fmip: 'Jag har stängt av Hitta min',
  },
} as const;

describe.skipIf(!run)('customer app in Chromium (PGlite project only: the browser sees the same HTTP on either database)', () => {
  for (const [lang, serial] of [
    ['en', '100001'],
    ['sv', '100002'],
  ] as const) {
    it(`finds "iphone 13 pro", grades it with a live price, signs up, registers it and sees its timeline (${lang})`, async () => {
      const L = texts[lang];
      const b = await openBrowser({ locale: lang === 'sv' ? 'sv-SE' : 'en-GB' });
      try {
        const { page } = b;
        await page.goto(`${base}/`);
        const search = page.getByRole('combobox', { name: L.search });
        await search.fill('iphone 13 pro');
        const first = page.locator('ul[role=listbox] [role=option]').first();
        await first.waitFor();
        await screenshot(page, `customer-${lang}-1-search`);
        await expectAccessible(page, 'search');
        // Keyboard: the first result is active; Enter picks it.
        const picked = (await first.innerText()).trim();
        await search.press('Enter');
        await page.locator('.question').first().waitFor();
        expect(await page.locator('h1').innerText()).toMatch(/iPhone 13 Pro/i);
        expect(picked.length).toBeGreaterThan(0);

        // Answer every question with its first answer: the price appears.
        const questions = page.locator('fieldset.question:has(.answers)');
        const n = await questions.count();
        expect(n).toBeGreaterThan(1);
        for (let i = 0; i < n; i++) await questions.nth(i).locator('input').first().check();
        const price = page.getByTestId('price');
        await price.waitFor();
        const firstPrice = await price.innerText();
        // A worse answer changes the price.
        await questions.nth(0).locator('input').last().check();
        await expect.poll(() => price.innerText(), { timeout: 10_000 }).not.toBe(firstPrice);
        await screenshot(page, `customer-${lang}-2-grading`);
        await expectAccessible(page, 'grading');

        // The answers and the quote survive a reload.
        const priceBefore = await price.innerText();
        await page.reload();
        await expect.poll(() => page.getByTestId('price').innerText(), { timeout: 10_000 }).toBe(priceBefore);

        await page.getByRole('button', { name: L.tradeIt }).click();
        await page.getByRole('button', { name: L.newHere }).click();
        const email = `web-${lang}-${Date.now()}@example.com`;
        await page.locator('input[autocomplete="given-name"]').fill('Web');
        await page.locator('input[autocomplete="family-name"]').fill('Customer');
        await page.locator('input[name="email"]').fill(email);
        await page.locator('input[name="password"]').fill('customer-pass-1');
        await page.locator('form button[type="submit"]').click();

        const imeiInput = page.locator('input[name="imei"]');
        await imeiInput.waitFor();
        const imei = imeiFromTac(tac, serial);
        // A wrong check digit is flagged as typed.
        await imeiInput.fill(`${imei.slice(0, 14)}${(Number(imei[14]) + 1) % 10}`);
        await expect.poll(() => imeiInput.getAttribute('aria-invalid')).toBe('true');
        await imeiInput.fill(imei);
        await expect.poll(() => imeiInput.getAttribute('aria-invalid')).toBe(null);
        await page.getByLabel(L.fmip).check();
        await screenshot(page, `customer-${lang}-3-register`);
        await expectAccessible(page, 'register');
        await page.getByRole('button', { name: L.register }).click();
        await waitOrDump(page, page.getByRole('heading', { name: L.registered }));
        await screenshot(page, `customer-${lang}-4-done`);

        await page.getByRole('link', { name: L.my }).first().click();
        const current = page.locator('.timeline li[aria-current="step"]');
        await current.first().waitFor();
        expect(await current.first().innerText()).toBe(L.step);
        expect(await page.locator('.card').first().innerText()).toContain('iPhone 13 Pro');
        await screenshot(page, `customer-${lang}-5-my-tradeins`);
        await expectAccessible(page, 'my trade-ins');

        // The language switcher changes the screen (and the server's messages) at once.
        await page.getByLabel(lang === 'sv' ? 'Språk' : 'Language').selectOption('de');
        await page.getByRole('heading', { name: 'Meine Ankäufe' }).waitFor();

        // Registered for this customer only, through the session route.
        const mine = await t.c.db.query<{ n: number }>('SELECT count(*)::int AS n FROM trade_ins WHERE customer_user_id IS NOT NULL');
        expect(mine[0].n).toBeGreaterThan(0);
        expect(b.errors).toEqual([]);
      } finally {
        await b.close();
      }
    });
  }

  it('serves the app with its security headers, keeps API 404s as JSON, and caches hashed assets', async () => {
    const page = await fetch(`${base}/my`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    expect(html).not.toMatch(/<script>(?!\s*<\/script>)/);
    const store = await fetch(`${base}/store/today`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(store.status).toBe(200);
    // Not a browser navigation: the JSON 404 of any unknown path.
    const plain = await fetch(`${base}/store/today`);
    expect(plain.status).toBe(404);
    expect(((await plain.json()) as { code: string }).code).toBe('N000001');
    const api404 = await fetch(`${base}/api/v2/retail/nope`, { headers: { accept: 'text/html' } });
    expect(api404.status).toBe(404);
    expect(api404.headers.get('content-type')).toContain('application/json');
    const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await fetch(`${base}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/../../package.json`)).status).toBe(404);
  });

  it('the customer app loads at most 150 KB of gzipped JavaScript first; the point of sale is a separate chunk', () => {
    const r = webBundleReport(WEB_DIST);
    expect(r.initialJsGzipBytes).toBeGreaterThan(10_000);
    expect(r.initialJsGzipBytes).toBeLessThanOrEqual(150 * 1024);
    expect(r.lazyJsGzipBytes).toBeGreaterThan(0);
  });
});
