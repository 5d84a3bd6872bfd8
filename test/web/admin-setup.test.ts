import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, seedDemoAgent, type DemoAgentCredentials, type DemoCredentials } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectAccessible, listen, openBrowser, screenshot, waitOrDump, type Browser } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

let t: TestApp;
let base: string;
let admin: DemoCredentials;
let agent: DemoAgentCredentials;
/** A phone with a base price, found through the same search the screens use. */
let model: { id: number; term: string };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-admin-setup-'));

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  admin = (await seedDemo(t.c, t.config.defaultTenant)).credentials!;
  agent = (await seedDemoAgent(t.c, t.config.defaultTenant))!;
  const term = 'galaxy s21';
  const found = await t.app.inject({ method: 'GET', url: `/api/${t.config.defaultTenant}/catalog/models?term=${encodeURIComponent(term)}&limit=40` });
  const phone = (found.json().results as { id: number; item_group_key: string; price: number | null }[]).find(
    (m) => m.item_group_key === 'mobiles' && m.price !== null,
  );
  if (!phone) throw new Error(`no priced phone for "${term}": ${found.body.slice(0, 300)}`);
  model = { id: phone.id, term };
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function signInAdmin(page: Page) {
  await page.goto(`${base}/admin/setup`);
  await page.locator('input[name="email"]').fill(admin.adminEmail);
  await page.locator('input[name="password"]').fill(admin.adminPassword);
  await page.locator('form button[type="submit"]').click();
  await waitOrDump(page, page.getByRole('heading', { name: 'Campaigns', level: 1 }));
}

/** Opens a setup screen from the side menu, checks it with axe and keeps a screenshot. */
async function openScreen(page: Page, menu: string, heading: string, shot: string) {
  await page.getByRole('navigation', { name: 'Programme setup screens' }).getByRole('link', { name: menu, exact: true }).click();
  await waitOrDump(page, page.getByRole('heading', { name: heading, level: 1 }));
  await page.locator('table').first().waitFor();
  await screenshot(page, shot);
  await expectAccessible(page, shot);
}

/** The admin preview's price with the first answers (the price route the point of sale uses). */
async function previewPrice(page: Page, campaign: string): Promise<string> {
  await page.getByLabel('Find a model').fill(model.term);
  const select = page.getByLabel('Model', { exact: true });
  await expect.poll(() => select.locator(`option[value="${model.id}"]`).count()).toBe(1);
  await select.selectOption(String(model.id));
  await page.getByLabel('Campaign').selectOption({ label: campaign });
  await page.getByRole('button', { name: 'Show the prices' }).click();
  const line = page.getByTestId('preview-base');
  await waitOrDump(page, line);
  return (/: (.+) \(grade/.exec(await line.innerText()) ?? [])[1] ?? '';
}

function amount(text: string): number {
  return Number(
    text
      .replace(/[^\d.,-]/g, '')
      .replace(/,(?=\d{3}\b)/g, '')
      .replace(',', '.'),
  );
}

describe.skipIf(!run)('programme setup in Chromium (PGlite project only)', () => {
  it('sets up a campaign and publishes a grading-form version; the point of sale quotes the new price', async () => {
    let b: Browser = await openBrowser({ viewport: { width: 1440, height: 1000 } });
    let expected: string;
    try {
      const { page } = b;
      await signInAdmin(page);
      await screenshot(page, 'admin-setup-1-campaigns');
      await expectAccessible(page, 'campaigns');

      // A campaign: the server's message shows beside the field it is about.
      await page.getByRole('link', { name: 'New campaign' }).click();
      await page.getByRole('heading', { name: 'New campaign' }).waitFor();
      await page.getByRole('button', { name: 'Save' }).click();
      const nameError = page.locator('.field:has(input[name="name"]) small.error');
      await waitOrDump(page, nameError);
      expect(await nameError.innerText()).not.toBe('');
      // The refused save is the one failed request Chromium logs on this page; nothing else may.
      expect(b.errors).toEqual([expect.stringContaining('status of 400')]);
      b.errors.length = 0;
      await expectAccessible(page, 'campaign form with an error');
      await page.locator('input[name="name"]').fill('Browser bonus');
      await page.getByRole('button', { name: 'Add an offer' }).click();
      await page.getByLabel('Amount of offer 1').fill('40');
      await screenshot(page, 'admin-setup-2-campaign-form');
      await page.getByRole('button', { name: 'Save' }).click();
      const row = page.locator('tr', { has: page.getByRole('link', { name: 'Browser bonus' }) });
      await waitOrDump(page, row);
      expect(await row.locator('.badge').innerText()).toBe('Active');

      // The reference phone form prices the model first.
      await page.getByRole('navigation', { name: 'Programme setup screens' }).getByRole('link', { name: 'Grading forms' }).click();
      await page.getByLabel('Search').fill('ref-mobiles');
      await page.locator('tr', { hasText: 'ref-mobiles' }).getByRole('link').click();
      await page.getByRole('button', { name: 'Copy as our own form' }).waitFor();
      await expectAccessible(page, 'reference form');
      const before = amount(await previewPrice(page, 'No campaign'));
      expect(before).toBeGreaterThan(0);

      // Our own copy (v1, draft): the first answer of the first question keeps half the value.
      await page.getByRole('button', { name: 'Copy as our own form' }).click();
      await page.getByRole('button', { name: 'Publish v1' }).waitFor();
      const firstScore = page.locator('fieldset.question-editor').first().locator('input[type="number"]').first();
      await firstScore.fill('50');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
      await screenshot(page, 'admin-setup-3-grading-draft');
      await expectAccessible(page, 'grading draft');
      await page.getByRole('button', { name: 'Publish v1' }).click();
      await expect.poll(() => page.locator('.badge.active').count()).toBe(1);

      const after = amount(await previewPrice(page, 'No campaign'));
      expect(after).toBeLessThan(before);
      expected = await previewPrice(page, 'Browser bonus (Active)');
      expect(amount(expected)).toBeCloseTo(after + 40, 2);
      await page.locator('.preview table').waitFor();
      await screenshot(page, 'admin-setup-4-price-preview');
      await expectAccessible(page, 'price preview');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }

    // The store agent at the point of sale gets the same price with the campaign.
    b = await openBrowser({ viewport: { width: 1024, height: 1200 } });
    try {
      const { page } = b;
      await page.goto(`${base}/store`);
      await page.locator('input[name="email"]').fill(agent.email);
      await page.locator('input[name="password"]').fill(agent.password);
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('combobox', { name: 'Search your device' }).fill(model.term);
      await page.locator(`[role="option"][id$="-${model.id}"]`).click();
      await page.getByLabel('Campaign').selectOption({ label: 'Browser bonus' });
      const questions = page.locator('fieldset.question:has(.answers)');
      await questions.first().waitFor();
      const n = await questions.count();
      for (let i = 0; i < n; i++) await questions.nth(i).locator('.answers input').first().check();
      await expect
        .poll(
          () =>
            page
              .getByTestId('price')
              .innerText()
              .catch(() => ''),
          { timeout: 20_000 },
        )
        .toBe(expected);
      await screenshot(page, 'admin-setup-5-pos-quote');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('imports a prices CSV with bad rows: good rows are kept, each bad row is listed with its line; every screen passes axe', async () => {
    const b = await openBrowser({ viewport: { width: 1440, height: 1000 } });
    try {
      const { page } = b;
      await signInAdmin(page);
      await openScreen(page, 'Base prices', 'Base prices', 'admin-setup-6-valuations');
      const file = path.join(tmp, 'prices.csv');
      const phoneB = model.id;
      fs.writeFileSync(file, `variant_id,amount\n${phoneB},321.5\nabc,10\n999999999,5\n\n${phoneB},-3\n`);
      await page.getByLabel('CSV file', { exact: true }).setInputFiles(file);
      const status = page.getByTestId('import-status');
      await expect.poll(() => status.innerText(), { timeout: 20_000 }).toBe('1 rows imported, 3 rows refused');
      const lines = await page.locator('table:has(caption:text-is("Refused rows")) tbody tr td:first-child').allInnerTexts();
      expect(lines).toEqual(['3', '4', '6']);
      await screenshot(page, 'admin-setup-7-csv-errors');
      await expectAccessible(page, 'csv import errors');
      const rows = await t.c.db.query<{ amount_minor: string; source: string }>('SELECT amount_minor, source FROM base_prices WHERE variant_id = $1', [phoneB]);
      expect(rows.map((r) => [Number(r.amount_minor), r.source])).toEqual([[32150, 'import']]);
      // The list names the model (the catalog's name), its id only beside it.
      const [variant] = await t.c.db.query<{ product_name: string }>('SELECT product_name FROM variants WHERE id = $1', [phoneB]);
      await page.getByLabel('Show only model id').fill(String(phoneB));
      const priced = page.locator('table:has(caption:text-matches("base prices", "i")) tbody tr');
      await expect.poll(() => priced.count()).toBe(1);
      await expect.poll(() => priced.first().locator('th').innerText()).toBe(`${variant.product_name} #${phoneB}`);
      await screenshot(page, 'admin-setup-6b-valuations-names');
      await page.setViewportSize({ width: 412, height: 915 });
      await screenshot(page, 'admin-setup-6b-valuations-names-phone');
      await page.setViewportSize({ width: 1440, height: 1000 });

      // An API key: the secret is shown once.
      await openScreen(page, 'API keys', 'API keys', 'admin-setup-8-api-keys');
      await page.locator('input[name="key-name"]').fill('Browser key');
      await page.getByRole('button', { name: 'Create key' }).click();
      const secret = page.getByTestId('api-key-secret');
      await waitOrDump(page, secret);
      expect((await secret.innerText()).length).toBeGreaterThan(20);
      await expectAccessible(page, 'api key shown once');
      await page.getByRole('button', { name: 'I have stored it' }).click();
      await expect.poll(() => secret.count()).toBe(0);

      // A data field is changed after creation: its English label, required, a pattern; other languages stay.
      await openScreen(page, 'Data fields', 'Data fields', 'admin-setup-9-data-fields');
      await page.getByRole('button', { name: 'Edit ClientPhone' }).click();
      const edit = page.getByRole('region', { name: 'Edit ClientPhone' });
      await waitOrDump(page, edit);
      await expect(edit.getByLabel('Label (English)').inputValue()).resolves.toBe('Customer phone');
      await edit.getByLabel('Label (English)').fill('Customer mobile');
      await edit.getByLabel('Pattern (regular expression)').fill('^\\+?[0-9 ]{6,20}$');
      await edit.getByLabel('Required', { exact: true }).check();
      await screenshot(page, 'admin-setup-9b-data-field-edit');
      await page.setViewportSize({ width: 412, height: 915 });
      await screenshot(page, 'admin-setup-9b-data-field-edit-phone');
      await page.setViewportSize({ width: 1440, height: 1000 });
      await expectAccessible(page, 'data field edit');
      await edit.getByRole('button', { name: 'Save ClientPhone' }).click();
      await expect.poll(() => edit.count()).toBe(0);
      const phoneRow = page.locator('tr', { has: page.getByRole('button', { name: 'Edit ClientPhone' }) });
      await expect.poll(() => phoneRow.innerText()).toContain('Required');
      const [saved] = await t.c.db.query<{ labels: Record<string, string>; is_required: boolean; regex: string | null }>(
        `SELECT labels, is_required, regex FROM data_fields WHERE name = 'ClientPhone'`,
      );
      expect(saved).toEqual({
        labels: { en: 'Customer mobile', tr: 'Müşteri telefonu', sv: 'Kundens telefon', de: 'Telefon des Kunden' },
        is_required: true,
        regex: '^\\+?[0-9 ]{6,20}$',
      });

      for (const [menu, shot] of [
        ['Users', 'admin-setup-10-users'],
        ['Locations', 'admin-setup-11-locations'],
        ['E-mail log', 'admin-setup-13-emails'],
      ] as const) {
        await openScreen(page, menu, menu, shot);
      }

      // Catalog: hide a brand of a device type; it is listed as hidden and can be traded again.
      await openScreen(page, 'Catalog', 'Catalog', 'admin-setup-14-catalog');
      const tree = page.getByRole('region', { name: 'Browse what you trade' });
      await tree.getByLabel('Device type').selectOption({ label: 'Mobiles' });
      const brand = tree.getByLabel('Brand');
      await expect.poll(() => brand.locator('option').count()).toBeGreaterThan(1);
      await brand.selectOption({ index: 1 });
      await page.locator('table:has(caption:text-matches("Model families of"))').waitFor();
      await expectAccessible(page, 'catalog families');
      await page
        .getByRole('button', { name: /^Hide / })
        .first()
        .click();
      const hidden = page.locator('table:has(caption:text-is("Hidden from the programme")) tbody tr');
      await expect.poll(() => hidden.first().innerText()).toContain('Brand');

      // Due diligence: block an identifier.
      await openScreen(page, 'Due diligence', 'Due diligence', 'admin-setup-15-diligence');
      await page.locator('input[name="block-identifier"]').fill('356938035643809');
      await page.locator('input[name="block-reason"]').fill('Reported stolen');
      await page.getByRole('button', { name: 'Block', exact: true }).click();
      await page.getByRole('button', { name: 'Unblock 356938035643809' }).waitFor();

      // Webhooks: an endpoint's secret is shown once.
      await openScreen(page, 'Webhooks', 'Webhooks', 'admin-setup-16-webhooks');
      await page.locator('input[name="hook-url"]').fill('https://hooks.example.com/tradein');
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      await waitOrDump(page, page.getByTestId('webhook-secret'));
      expect(await page.getByTestId('webhook-secret').innerText()).toMatch(/^whsec_/);
      await expectAccessible(page, 'webhook secret');
      await page.getByRole('navigation', { name: 'Programme setup screens' }).getByRole('link', { name: 'Settings' }).click();
      await page.getByRole('heading', { name: 'Prices and quotes' }).waitFor();
      await page.locator('input[name="quoteTtlHours"]').fill('48');
      await page.getByRole('button', { name: 'Save Prices and quotes' }).click();
      await page.locator('form:has(#pricing-h) [role="status"]').waitFor();
      await screenshot(page, 'admin-setup-12-settings');
      await expectAccessible(page, 'settings');
      const tenant = await t.c.modules.org.tenants.findById(t.c.db, (await t.c.modules.org.tenants.findBySlug(t.config.defaultTenant))!.id);
      expect((tenant!.settings.pricing as { quoteTtlHours: number }).quoteTtlHours).toBe(48);

      // Another language: the area's own strings follow the switcher.
      await page.getByLabel('Language').selectOption('de');
      await page.getByRole('heading', { name: 'Einstellungen', level: 1 }).waitFor();
      await expectAccessible(page, 'settings in German');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
