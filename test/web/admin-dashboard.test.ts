import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/platform/clock/index.js';
import { lifecycleScenario, type Scenario } from '../analytics/scenario.js';
import { facilityHarness, type FacilityHarness } from '../facility/helpers.js';
import { registerCustomer } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { requiredPhotos } from '../upgrade/helpers.js';
import { expectAccessible, listen, openBrowser, screenshot, waitOrDump } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let t: TestApp;
let h: FacilityHarness;
let base: string;
let s: Scenario;
let submissionId: string;
let customerEmail: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  h = await facilityHarness({ t });
  // The web app serves the tenant of its host: this one on 127.0.0.1.
  await t.c.modules.org.tenants.addHost(t.c.db, h.tt.tenant, '127.0.0.1');
  s = await lifecycleScenario(h);
  // An Upgrade submission (seed 001) with its photos, submitted for an offer.
  customerEmail = `cem-${Date.now()}@example.test`;
  const c = await registerCustomer(t, h.tt.tenant.slug, customerEmail);
  const photos = await requiredPhotos(t, h.tt.tenant.slug, c);
  const sub = await t.app.inject({
    method: 'POST',
    url: `/api/${h.tt.tenant.slug}/submissions`,
    headers: c.headers,
    payload: { product_id: h.model.variantId, serial_number: 'SN-DESK-1', condition: 'fair', description: 'Small scratch on the back', photos },
  });
  expect(sub.statusCode, sub.body).toBe(201);
  submissionId = sub.json().id;
  const submitted = await t.app.inject({ method: 'POST', url: `/api/${h.tt.tenant.slug}/submissions/${submissionId}`, headers: c.headers });
  expect(submitted.statusCode, submitted.body).toBe(200);
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
});

async function signIn(page: Page) {
  await page.goto(`${base}/admin`);
  await page.locator('input[name="email"]').fill(h.tt.admin.email);
  await page.locator('input[name="password"]').fill(h.tt.adminPassword);
  await page.locator('form button[type="submit"]').click();
}

/** The rows of a chart's table (opened), as cell texts. */
async function tableRows(page: Page, name: string): Promise<string[][]> {
  const table = page.locator(`table[data-table="${name}"]`);
  const details = page.locator('details', { has: table });
  if (!(await details.evaluate((d) => (d as unknown as { open: boolean }).open))) await details.locator('summary').click();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => Array.from((r as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells, (c) => (c.textContent ?? '').trim())),
    );
}

const dashboardJson = async (query: string) => {
  const res = await h.call('GET', `/api/${h.tt.tenant.slug}/admin/dashboard${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe.skipIf(!run)('back-office dashboard and Upgrade desk in Chromium (PGlite project only)', () => {
  it('the dashboard renders the data in charts and tables, changes period, downloads the CSV and reads in German', async () => {
    const b = await openBrowser({ viewport: { width: 1280, height: 1000 } });
    try {
      const { page } = b;
      await signIn(page);
      await waitOrDump(page, page.getByRole('heading', { name: 'Dashboard', level: 1 }));
      await waitOrDump(page, page.locator('[data-kpi="trade_ins"]'));
      const data = await dashboardJson(`?from=${new Date(Date.now() - 29 * 86_400_000).toISOString().slice(0, 10)}&to=${today}`);
      expect(data.trade_ins).toBe(3);

      // Six charts, each a uPlot canvas named for assistive technology.
      await expect.poll(() => page.locator('.chart canvas').count()).toBeGreaterThanOrEqual(6);
      expect(await page.locator('.chart[role="img"]').count()).toBe(6);
      expect(await page.locator('[data-kpi="trade_ins"]').innerText()).toBe('3');
      expect(await page.locator('[data-kpi="paid"]').innerText()).toBe(
        new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(s.finalA / 100),
      );

      // The tables hold the same numbers the API answers.
      const perDay = await tableRows(page, 'per_day');
      expect(perDay).toHaveLength(30);
      const todayRow = data.per_day.find((d: { day: string }) => d.day === today);
      expect(perDay.at(-1)!.slice(1)).toEqual([String(todayRow.trade_ins), String(todayRow.devices)]);
      expect(await tableRows(page, 'per_store')).toEqual([['Test Store', '3', '3']]);
      const funnel = await tableRows(page, 'funnel');
      expect(funnel.map((r) => [r[0], r[1]])).toEqual(
        data.funnel.map((f: { status: string; devices: number }) => [f.status === 'Completed' ? 'Paid out' : f.status, String(f.devices)]),
      );
      expect(await tableRows(page, 'statuses')).toEqual(
        expect.arrayContaining([
          ['Registered', '2'],
          ['Paid out', '1'],
        ]),
      );
      const adjustments = await tableRows(page, 'adjustments');
      expect(adjustments[0].slice(0, 4)).toEqual(['Test Store', '1', '1', '100%']);
      expect(adjustments[0][5]).toContain(s.questionLabel);
      await page.getByLabel('Group by').selectOption('model');
      expect((await tableRows(page, 'adjustments'))[0][0]).toBe(s.modelName);
      expect(await tableRows(page, 'campaigns')).toEqual([['Summer bonus', '1', '33.3%']]);
      // Every table is the shared DataTable: column headers, a row header per row, figures aligned right.
      const perStore = page.locator('table[data-table="per_store"]');
      expect(await perStore.locator('thead th[scope="col"]').count()).toBe(3);
      expect(await perStore.locator('tbody th[scope="row"]').count()).toBe(1);
      const align = await perStore
        .locator('tbody td')
        .evaluateAll((cells) =>
          cells.map((c) => (globalThis as unknown as { getComputedStyle(e: unknown): { textAlign: string } }).getComputedStyle(c).textAlign),
        );
      expect(align).toEqual(['right', 'right']);
      await screenshot(page, 'admin-dashboard-en');
      await expectAccessible(page, 'dashboard');

      // Another period: nothing in it; every day of it listed.
      await page.getByLabel('From', { exact: true }).fill('2025-01-01');
      await page.getByLabel('To', { exact: true }).fill('2025-01-31');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await expect.poll(() => page.locator('[data-kpi="trade_ins"]').innerText()).toBe('0');
      await page.getByText('No data in this period.').waitFor();
      expect(await tableRows(page, 'per_day')).toHaveLength(31);
      // No campaign in the period: the table says so in its one row.
      expect(await tableRows(page, 'campaigns')).toEqual([['No device used a campaign in this period.']]);
      // A period longer than a dashboard answers is refused by the server, in the page's language.
      await page.getByLabel('From', { exact: true }).fill('2020-01-01');
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await expect.poll(() => page.locator('p.error[role="alert"]').innerText()).toContain('at most 366 days');

      // The CSV of the shown period downloads.
      await page.getByLabel('From', { exact: true }).fill(today);
      await page.getByLabel('To', { exact: true }).fill(today);
      await page.getByRole('button', { name: 'Show', exact: true }).click();
      await expect.poll(() => page.locator('[data-kpi="trade_ins"]').innerText()).toBe(String(todayRow.trade_ins));
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(download.suggestedFilename()).toBe(`dashboard-${today}-${today}.csv`);
      const csv = fs
        .readFileSync((await download.path())!, 'utf8')
        .trim()
        .split('\n');
      expect(csv[0]).toBe('series,key,name,metric,value');
      expect(csv).toContain(`per_day,${today},,trade_ins,${todayRow.trade_ins}`);
      expect(csv).toContain(`per_store,${h.tt.location.id},Test Store,devices,${todayRow.devices}`);

      // German: labels from the area's catalog, numbers and money through Intl.
      await page.getByLabel('Language').selectOption('de');
      await page.getByRole('heading', { name: 'Übersicht', level: 1 }).waitFor();
      await page.getByRole('heading', { name: 'Ankäufe pro Tag' }).waitFor();
      expect(await page.locator('[data-kpi="paid"]').innerText()).toBe(
        new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(s.finalA / 100),
      );
      await screenshot(page, 'admin-dashboard-de');
      await expectAccessible(page, 'dashboard (de)');
      await page.getByLabel('Sprache').selectOption('en');
      // The one refused request (the too-long period) is Chromium's network log line; nothing else.
      expect(b.errors.filter((e) => !e.includes('status of 400 (Bad Request)'))).toEqual([]);
      expect(b.errors.filter((e) => e.includes('status of 400'))).toHaveLength(1);
    } finally {
      await b.close();
    }
  });

  it('the Upgrade desk shows a submission with its photos and makes an offer from the suggested amount; customers are listed', async () => {
    const b = await openBrowser({ viewport: { width: 1280, height: 1000 } });
    try {
      const { page } = b;
      await signIn(page);
      await page.getByRole('link', { name: 'Upgrade desk' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Upgrade desk', level: 1 }));
      await page.getByRole('button', { name: `Open ${submissionId}` }).click();
      await waitOrDump(page, page.getByRole('heading', { name: new RegExp(submissionId) }));
      // The customer's three photos, loaded (thumbnails served to staff).
      const photos = page.locator('.photos img');
      await expect.poll(() => photos.count()).toBe(3);
      await expect.poll(() => photos.evaluateAll((imgs) => imgs.every((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0))).toBe(true);
      const before = (await h.call('GET', `/api/${h.tt.tenant.slug}/submissions/${submissionId}`)).json();
      const suggested = before.valuation.suggested_offer;
      expect(await page.getByLabel(/Amount/).inputValue()).toBe(String(suggested));
      await screenshot(page, 'admin-upgrade-submission');
      await expectAccessible(page, 'upgrade desk submission');

      const expiry = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      await page.getByLabel(/Amount/).fill(String(suggested - 10));
      await page.getByLabel('Valid until').fill(expiry);
      await page.getByLabel('Notes to the customer').fill('A scratch on the back, as in the photo.');
      await page.getByRole('button', { name: 'Send offer' }).click();
      await waitOrDump(page, page.getByText(/Offer of .* sent\./));
      await expect.poll(() => page.locator('[data-field="status"]').innerText()).toBe('Offered');
      const after = (await h.call('GET', `/api/${h.tt.tenant.slug}/submissions/${submissionId}`)).json();
      expect(after.status).toBe('offered');
      expect(after.current_offer).toMatchObject({
        amount: suggested - 10,
        suggested_amount: suggested,
        notes: 'A scratch on the back, as in the photo.',
        status: 'open',
      });
      expect(after.current_offer.expires_at.slice(0, 10)).toBe(expiry);
      await screenshot(page, 'admin-upgrade-offer');

      await page.getByRole('button', { name: 'Customers' }).click();
      const customers = page.locator('table[data-table="customers"]');
      await waitOrDump(page, customers);
      expect(await customers.innerText()).toContain(customerEmail);
      await expectAccessible(page, 'upgrade desk customers');
      await screenshot(page, 'admin-upgrade-customers');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('the charting library stays out of the first load: the dashboard is its own chunk', async () => {
    const html = await (await fetch(`${base}/`, { headers: { accept: 'text/html' } })).text();
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await (await fetch(`${base}${entry}`)).text();
    expect(js).not.toContain('u-cursor-x');
    const dashboard = fs.readdirSync('web/dist/assets').find((f) => /^DashboardArea-.*\.js$/.test(f))!;
    expect(fs.readFileSync(`web/dist/assets/${dashboard}`, 'utf8')).toContain('u-cursor-x');
  });
});
