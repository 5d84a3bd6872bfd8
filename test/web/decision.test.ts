import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { login, registerCustomer } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectAccessible, listen, openBrowser, screenshot, waitOrDump } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

let t: TestApp;
let base: string;
let itemId: number;
const email = 'decide@example.com';
const password = 'customer-pass-1';

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  const slug = t.config.defaultTenant;
  const { credentials } = await seedDemo(t.c, slug);
  let tac = '';
  for (let n = 99_200_001; !tac; n++) if ((await t.c.db.query('SELECT 1 FROM tac_codes WHERE tac = $1', [String(n)])).length === 0) tac = String(n);
  const imei = imeiFromTac(tac, '400001');

  // A customer's order with a trade-in (storefront), then the facility's lower final valuation.
  const s = await registerCustomer(t, slug, email, password);
  const api = (method: 'GET' | 'POST', url: string, payload?: unknown, headers = s.headers) =>
    t.app.inject({ method, url, payload: payload as never, headers });
  const model = (await api('GET', `/api/${slug}/catalog/models?term=iphone%2013%20pro`)).json().results[0];
  const form = (await api('GET', `/api/${slug}/catalog/models/${model.id}/grading_form`)).json();
  const answers = Object.fromEntries(form.questions.map((q: { id: number; answers: { id: number }[] }) => [String(q.id), [q.answers[0].id]]));
  const quote = (await api('POST', `/api/${slug}/price_quotes`, { model_id: model.id, answers, item_identifier: imei })).json();
  expect(
    (await api('POST', `/api/${slug}/due_diligence/checks`, { model_id: model.id, item_identifier: imei, fmip_attestation: 'NotActivated' })).statusCode,
  ).toBe(200);
  const order = await api('POST', '/orders/checkout/', {
    items: [{ product_sku: 'IP15', product_name: 'iPhone 15', price: '999.00', quantity: 1, tradein: { price_quote_id: quote.id, device_identifier: imei } }],
  });
  expect(order.statusCode, order.body).toBe(201);
  const item = order.json().orderitem_set[0];
  itemId = item.id;
  const admin = await login(t, slug, credentials!.adminEmail, credentials!.adminPassword);
  const val = await t.app.inject({
    method: 'POST',
    url: `/api/${slug}/admin/tradein-devices/${item.attributes.tradein.tradein_device_id}/final-valuation`,
    headers: admin.headers,
    payload: { price: '10.00', grade: 'Fair', reason: 'Cracked back glass' },
  });
  expect(val.statusCode, val.body).toBe(200);
  await t.c.outbox.drain();
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
});

describe.skipIf(!run)('decision page in Chromium (PGlite project only: the browser sees the same HTTP on either database)', () => {
  it('the customer approves the new valuation once; then the buttons are gone', async () => {
    const b = await openBrowser({ locale: 'de-DE' });
    try {
      const { page } = b;
      await page.goto(`${base}/decision/${itemId}`);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(password);
      await page.locator('form button[type="submit"]').click();
      const approve = page.getByRole('button', { name: 'Neuen Preis annehmen' });
      await waitOrDump(page, approve);
      expect(await page.locator('.diff').innerText()).toContain('10,00');
      await screenshot(page, 'decision-1-open');
      await expectAccessible(page, 'decision');
      await approve.click();
      await page.getByText('Ihre Antwort: angenommen').waitFor();
      expect(await page.getByRole('button', { name: 'Neuen Preis annehmen' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Ablehnen und zurückerhalten' }).count()).toBe(0);
      await page.reload();
      await page.getByText('Ihre Antwort: angenommen').waitFor();
      expect(await page.locator('.decision button').count()).toBe(0);
      await screenshot(page, 'decision-2-decided');
      const device = await t.c.db.query<{ status: string; decision: string }>(
        `SELECT d.status, d.decision FROM trade_in_devices d JOIN commerce_order_items i ON i.tradein_device_id = d.id WHERE i.id = $1`,
        [itemId],
      );
      expect(device[0]).toEqual({ status: 'Accepted', decision: 'approved' });
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
