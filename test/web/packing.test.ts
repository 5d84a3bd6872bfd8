import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { seedDemo, seedDemoAgent, type DemoAgentCredentials } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { login } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectAccessible, listen, openBrowser, screenshot, waitOrDump } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

let t: TestApp;
let base: string;
let slug: string;
let agent: DemoAgentCredentials;
const imeis: string[] = [];

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  slug = t.config.defaultTenant;
  await seedDemo(t.c, slug);
  agent = (await seedDemoAgent(t.c, slug))!;
  let tac = '';
  for (let n = 99_300_001; !tac; n++) if ((await t.c.db.query('SELECT 1 FROM tac_codes WHERE tac = $1', [String(n)])).length === 0) tac = String(n);

  // Two trade-ins registered today at the agent's store (what the counter did earlier).
  const s = await login(t, slug, agent.email, agent.password);
  const api = async (method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await t.app.inject({ method, url, payload: payload as never, headers: s.headers });
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };
  const model = (await api('GET', `/api/${slug}/catalog/models?term=galaxy%20s21`)).results[0];
  const form = await api('GET', `/api/${slug}/catalog/models/${model.id}/grading_form`);
  const answers = Object.fromEntries(form.questions.map((q: { id: number; answers: { id: number }[] }) => [String(q.id), [q.answers[0].id]]));
  const fields = (await api('GET', `/api/${slug}/data_fields`)).results as { id: number; name: string; required: boolean; scope: string }[];
  const values = fields
    .filter((f) => f.required && !/^Corporate$/.test(f.scope))
    .map((f) => ({ id: f.id, value: /mail/i.test(f.name) ? 'pack@example.com' : 'Pack' }));
  for (const serial of ['500001', '500002']) {
    const imei = imeiFromTac(tac, serial);
    imeis.push(imei);
    const quote = await api('POST', `/api/${slug}/price_quotes`, { model_id: model.id, answers, item_identifier: imei });
    await api('POST', `/api/${slug}/due_diligence/checks`, { model_id: model.id, item_identifier: imei, fmip_attestation: null });
    await api('POST', `/api/${slug}/tradeins`, {
      devices: [{ price_quote_id: quote.id, device_identifier: imei }],
      client_first_name: 'Pack',
      client_last_name: 'Customer',
      custom_data_fields: values,
    });
  }
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
});

describe.skipIf(!run)('packing at the point of sale in Chromium (PGlite project only)', () => {
  it("puts today's registered devices in a package, ships it and downloads its label", async () => {
    const b = await openBrowser({ viewport: { width: 1024, height: 1366 } });
    try {
      const { page } = b;
      await page.goto(`${base}/store/packing`);
      await page.locator('input[name="email"]').fill(agent.email);
      await page.locator('input[name="password"]').fill(agent.password);
      await page.locator('form button[type="submit"]').click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Put devices in a package' }));
      const boxes = page.locator('input[name="device"]');
      await expect.poll(() => boxes.count()).toBe(2);
      await page.getByText('No packages yet.').waitFor();
      for (const imei of imeis) await page.getByRole('checkbox', { name: new RegExp(imei) }).check();
      await screenshot(page, 'store-packing-1-choose');
      await expectAccessible(page, 'packing');
      await page.getByRole('button', { name: 'Put in a package' }).click();

      // The package is listed; its devices are no longer at the counter.
      const row = page.locator('tbody tr', { hasText: 'PKG-' });
      await waitOrDump(page, row);
      await expect.poll(() => boxes.count()).toBe(0);
      expect(await row.innerText()).toContain('2 device(s)');
      expect(await row.innerText()).toContain('Open');
      await row.getByRole('button', { name: /Ship and make the label/ }).click();
      await expect.poll(() => row.locator('td').nth(1).innerText(), { timeout: 20_000 }).not.toBe('Open');
      await screenshot(page, 'store-packing-2-shipped');
      await expectAccessible(page, 'packing shipped');
      const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: 'Download label' }).click()]);
      const pdf = fs.readFileSync((await download.path())!);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Print: the label opens in a tab of its own (the browser's PDF viewer prints it).
      const [tab] = await Promise.all([b.context.waitForEvent('page'), row.getByRole('button', { name: 'Print label' }).click()]);
      await expect.poll(() => tab.url(), { timeout: 10_000 }).toMatch(/^blob:/);
      await tab.close();

      const devices = await t.c.db.query<{ status: string }>('SELECT status FROM trade_in_devices ORDER BY id');
      expect(devices.map((d) => d.status)).toEqual(['Shipped', 'Shipped']);
      const shipments = await t.c.db.query<{ n: number }>('SELECT count(*)::int AS n FROM shipments WHERE label_key IS NOT NULL');
      expect(shipments[0].n).toBe(1);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it("another location's package and devices are unknown to this agent; the packing routes need a store session", async () => {
    const anon = await t.app.inject({ method: 'GET', url: `/api/${slug}/web/packages` });
    expect(anon.statusCode).toBe(401);
    const s = await login(t, slug, agent.email, agent.password);
    const other = await t.c.modules.org.locations.create(
      { tenant: (await t.c.modules.org.tenants.findBySlug(slug))!, actor: { kind: 'system' }, db: t.c.db, clock: t.c.clock, locale: 'en', requestId: 'test' },
      { name: 'Other store', kind: 'store', address: { city: 'Malmö', countryCode: 'SE' } },
    );
    const [{ id }] = await t.c.db.query<{ id: number }>('SELECT id FROM packages ORDER BY id LIMIT 1');
    await t.c.db.query('UPDATE packages SET location_id = $1 WHERE id = $2', [other.id, id]);
    const res = await t.app.inject({ method: 'POST', url: `/api/${slug}/web/packages/${id}/label`, headers: s.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('N060001');
    // Nor can the agent pack a device registered at another location.
    const [device] = await t.c.db.query<{ id: number; trade_in_id: number }>('SELECT id, trade_in_id FROM trade_in_devices ORDER BY id LIMIT 1');
    await t.c.db.query("UPDATE trade_in_devices SET status = 'Registered' WHERE id = $1", [device.id]);
    await t.c.db.query('UPDATE trade_ins SET location_id = $1 WHERE id = $2', [other.id, device.trade_in_id]);
    const pack = await t.app.inject({ method: 'POST', url: `/api/${slug}/web/packages`, headers: s.headers, payload: { device_ids: [device.id] } });
    expect(pack.statusCode, pack.body).toBe(422);
    expect(pack.json().code).toBe('B060008');
  });
});
