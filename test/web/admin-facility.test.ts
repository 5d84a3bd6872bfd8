import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../../src/platform/clock/index.js';
import { facilityHarness, type FacilityHarness } from '../facility/helpers.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectAccessible, listen, openBrowser, screenshot, waitOrDump, type Browser } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let t: TestApp;
let h: FacilityHarness;
let base: string;
let device: { deviceId: number; imei: string };
let packageCode: string;
const tech = { email: 'tech@bench.test', password: 'Technician-pass-2026' };
const agent = { email: 'agent@store.test', password: 'Agent-store-pass-2026' };
let packMe: { deviceId: number };
/** A rejected device waiting for its return label. */
let returnMe: { deviceId: number };

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  h = await facilityHarness({ t });
  const { org } = t.c.modules;
  // The browser reaches the app as 127.0.0.1: that host serves this tenant.
  await org.tenants.addHost(t.c.db, h.tt.tenant, '127.0.0.1');
  await org.locations.create(h.tt.ctx, {
    name: 'Facility',
    kind: 'facility',
    address: { street1: 'Dock 1', city: 'Göteborg', postCode: '41755', countryCode: 'SE' },
  });
  await org.users.create(h.tt.ctx, { ...tech, role: 'technician', firstName: 'Tess', lastName: 'Bench', locationIds: [] });
  // A registered trade-in, packed by the store, shipped with a printed label.
  device = await h.register();
  const pkg = await h.call('POST', '/api/v2/retail/packages', { Name: 'Box 1', TradeInDeviceIds: [device.deviceId] });
  expect(pkg.statusCode, pkg.body).toBe(200);
  packageCode = (await h.call('GET', `/api/v2/retail/packages/${pkg.json()}`)).json().Identifier;
  const ship = await h.call('POST', '/api/v2/retail/shipments', { Name: 'Evening', PackagesIds: [pkg.json()] });
  expect(ship.statusCode, ship.body).toBe(200);
  const label = await h.call('POST', `/api/v2/retail/shipments/${ship.json()}/label`, {
    LocationAddress: { CountryCode: 'SE', City: 'Stockholm', PostCode: '11151', Street1: 'Gatan 1' },
  });
  expect(label.statusCode, label.body).toBe(200);
  // A store agent with a full sender address on their store, one device waiting to be packed, and another store.
  await h.t.c.db.query(`UPDATE locations SET address = $2 WHERE id = $1`, [
    h.tt.location.id,
    JSON.stringify({ street1: 'Kungsgatan 1', postCode: '11143', city: 'Stockholm', countryCode: 'SE' }),
  ]);
  await org.locations.create(h.tt.ctx, { name: 'Other Store', kind: 'store', address: { city: 'Malmö', countryCode: 'SE' } });
  await org.users.create(h.tt.ctx, { ...agent, role: 'agent', firstName: 'Sam', lastName: 'Store', locationIds: [h.tt.location.id] });
  packMe = await h.register();
  returnMe = await h.shipped();
  for (const to of ['Received', 'ReturnRequested'] as const) {
    expect(await t.c.modules.tradeins.transitionDevice(h.tt.ctx, returnMe.deviceId, to, { source: 'facility' })).toBe(true);
  }
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
});

async function check(b: Browser, page: Page, name: string) {
  await expectAccessible(page, name);
  await screenshot(page, `admin-facility-${name}`);
  // The customer's server-rendered page has no favicon: the browser's own /favicon.ico 404 there is not ours.
  expect(b.errors.filter((e) => !(e.includes('/api/v2/public/devices/') && e.includes('404')))).toEqual([]);
}

describe.skipIf(!run)('facility bench in Chromium: receive, inspect with a webcam photo, preview, send, the customer approves', () => {
  it('walks one device from the package scan to the customer’s approval', async () => {
    const b = await openBrowser({
      viewport: { width: 1280, height: 900 },
      extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    });
    try {
      await b.context.grantPermissions(['camera'], { origin: base });
      const page = b.page;
      await page.goto(`${base}/admin`);
      await page.getByLabel('E-mail').fill(tech.email);
      await page.getByLabel('Password').fill(tech.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // A technician lands on the facility: no dashboard, no settings.
      await waitOrDump(page, page.getByRole('heading', { name: 'Queues' }));
      const nav = page.getByRole('navigation', { name: 'main' });
      await expect(nav.getByRole('link', { name: 'Programme setup' }).count()).resolves.toBe(0);
      await expect(nav.getByRole('link', { name: 'Dashboard' }).count()).resolves.toBe(0);
      await check(b, page, 'queues');

      // Receive: the package shows what it should hold, then the device scan marks it received.
      await page.getByRole('navigation', { name: 'Facility bench' }).getByRole('link', { name: 'Receive' }).click();
      await page.getByLabel('Package barcode').first().fill(packageCode);
      await page.getByRole('button', { name: 'Open package' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Missing (1)' }));
      await expect(page.getByRole('heading', { name: 'Expected (1)' }).count()).resolves.toBe(1);
      await page.getByLabel('IMEI or serial number').fill(device.imei);
      await page.getByRole('button', { name: 'Mark received' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Received (1)' }));
      await expect(page.getByRole('heading', { name: 'Missing (0)' }).count()).resolves.toBe(1);
      // The box came dented: recorded with a photo, listed among the discrepancies.
      await page.getByText('Damaged package').click();
      const dent = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 120, g: 90, b: 60 } } })
        .png()
        .toBuffer();
      await page.getByLabel('Photos of the damage').setInputFiles({ name: 'dent.png', mimeType: 'image/png', buffer: dent });
      await page.getByLabel('Note', { exact: true }).fill('Corner crushed');
      await page.getByRole('button', { name: 'Record damage' }).click();
      await waitOrDump(page, page.getByText('Damage recorded.'));
      await waitOrDump(page, page.getByRole('cell', { name: 'damaged_package' }));
      await check(b, page, 'receive');

      // Inspection: one answer worse than the customer's, proven by a webcam photo.
      await page
        .locator('.fac-tally')
        .getByRole('link', { name: /Inspect/ })
        .first()
        .click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Grading form' }));
      const q = h.questions[0];
      const firstQuestion = page.locator('fieldset.question').first();
      await firstQuestion
        .locator('input')
        .nth(q.Answers.length - 1)
        .check();
      const label = (await firstQuestion.locator('legend').innerText()).trim();
      await page.getByLabel('The photo proves').selectOption({ label });
      await page.getByRole('button', { name: 'Start webcam' }).click();
      await page.waitForFunction(() => {
        const doc = (globalThis as unknown as { document: { querySelector(s: string): { videoWidth: number } | null } }).document;
        return (doc.querySelector('.fac-webcam video')?.videoWidth ?? 0) > 0;
      });
      await page.getByRole('button', { name: 'Take photo' }).click();
      await waitOrDump(page, page.locator('.fac-photos li'));
      await check(b, page, 'inspection');
      await page.getByRole('button', { name: 'Save inspection and preview' }).click();

      // The customer's page, previewed before it is sent: the changed answer with its photo.
      await waitOrDump(page, page.getByRole('heading', { name: 'The customer will see this' }));
      const frame = page.frameLocator('iframe.fac-preview');
      await frame.getByRole('heading', { name: 'Your trade-in' }).waitFor();
      await expect(frame.getByText(label, { exact: true }).count()).resolves.toBeGreaterThan(0);
      await expect(frame.locator('img').count()).resolves.toBe(1);
      await expect(frame.getByRole('button', { name: 'Approve the price' }).isDisabled()).resolves.toBe(true);
      await check(b, page, 'preview');

      await page.getByRole('button', { name: 'Send to the customer' }).click();
      await waitOrDump(page, page.getByText(/^Sent: final price/));
      await page.getByRole('button', { name: 'Get the customer’s link' }).click();
      const link = page.getByRole('link', { name: 'Open the customer’s page' });
      await link.waitFor();
      await check(b, page, 'sent');

      // The customer's own page: same report, and the approval goes through.
      const customer = await b.context.newPage();
      // The link is absolute under PUBLIC_URL; the test server has its own address.
      await customer.goto(base + new URL((await link.getAttribute('href'))!).pathname);
      await customer.getByRole('heading', { name: 'Your trade-in' }).waitFor();
      await expect(customer.getByText(label, { exact: true }).count()).resolves.toBeGreaterThan(0);
      await expectAccessible(customer, 'customer page');
      await customer.getByRole('button', { name: 'Approve the price' }).click();
      await customer.getByText('Your decision: approved').waitFor();
      await screenshot(customer, 'admin-facility-customer-approved');
      expect((await h.call('GET', h.adminUrl(`/devices/${device.deviceId}`))).json().status).toBe('Accepted');

      // Back on the bench: the device left the customer's queue; paying out is a facility lead's (no such queue for a technician).
      await page.goto(`${base}/admin/facility`);
      await page.getByRole('button', { name: 'Awaiting the customer' }).click();
      await waitOrDump(page, page.getByText('Nothing here.'));
      await expect(page.getByRole('button', { name: 'Payouts to make' }).count()).resolves.toBe(0);
      const queue = await h.call('GET', h.adminUrl('/devices?status=Accepted'));
      expect(queue.json().results.map((x: { device_id: number }) => x.device_id)).toContain(device.deviceId);
      await check(b, page, 'queues-after');
    } finally {
      await b.close();
    }
  });

  it('a rejected device goes back: the return address form starts with the customer’s name, refuses what the carrier would, then prints the label', async () => {
    const b = await openBrowser({ viewport: { width: 412, height: 915 } });
    try {
      const page = b.page;
      // Labels are signed links under PUBLIC_URL; the test server answers them.
      await b.context.route('http://tradein.test/**', (route) => route.continue({ url: route.request().url().replace('http://tradein.test', base) }));
      await page.goto(`${base}/admin/facility`);
      await page.getByLabel('E-mail').fill(h.tt.admin.email);
      await page.getByLabel('Password').fill(h.tt.adminPassword);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Queues' }));
      await page.getByRole('button', { name: 'Returns to send' }).click();
      await page.getByRole('button', { name: `Create return label #${returnMe.deviceId}` }).click();
      const form = page.getByRole('form', { name: `Return address for #${returnMe.deviceId}` });
      await waitOrDump(page, form);
      // What the server knows: the customer's name from the trade-in.
      await expect.poll(() => form.getByLabel('Name').inputValue()).toBe('Ayşe Yılmaz');

      // Nothing filled in: every required field says so, in the reader's language, and nothing is sent.
      await form.getByLabel('Name').fill('');
      await form.getByRole('button', { name: 'Create and print label' }).click();
      await waitOrDump(page, form.getByText('Check the marked fields.'));
      await expect(form.getByText('Required.', { exact: true }).count()).resolves.toBe(5);
      await check(b, page, 'return-refused');
      await page.setViewportSize({ width: 1280, height: 900 });
      await screenshot(page, 'admin-facility-return-refused-desktop');
      await page.setViewportSize({ width: 412, height: 915 });
      await page.getByLabel('Language').selectOption('de');
      const formDe = page.getByRole('form', { name: `Rücksendeadresse für #${returnMe.deviceId}` });
      await waitOrDump(page, formDe.getByText('Bitte prüfen Sie die markierten Felder.'));
      await expect(formDe.getByText('Pflichtfeld.', { exact: true }).count()).resolves.toBe(5);
      await screenshot(page, 'admin-facility-return-refused-de');
      await page.getByLabel('Sprache').selectOption('en');
      expect((await h.call('GET', h.adminUrl(`/devices/${returnMe.deviceId}`))).json().return).toBeNull();

      // A country the carrier cannot take is refused too; a full address yields the label.
      await form.getByLabel('Name').fill('Ayşe Yılmaz');
      await form.getByLabel('Street and number').fill('Gatan 1');
      await form.getByLabel('Postcode').fill('11151');
      await form.getByLabel('City').fill('Stockholm');
      await form.getByLabel('Country code').fill('Sweden');
      await form.getByRole('button', { name: 'Create and print label' }).click();
      await waitOrDump(page, form.getByText('Enter a two-letter country code (ISO 3166), e.g. SE.'));
      await form.getByLabel('Country code').fill('se');
      const popup = b.context.waitForEvent('page');
      await form.getByRole('button', { name: 'Create and print label' }).click();
      const label = await popup;
      await label.close();
      const ready = page.getByRole('link', { name: `Return label for #${returnMe.deviceId} ready: open it to print` });
      await waitOrDump(page, ready);
      const pdf = await b.context.request.get((await ready.getAttribute('href'))!.replace('http://tradein.test', base));
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      const view = (await h.call('GET', h.adminUrl(`/devices/${returnMe.deviceId}`))).json();
      expect(view.return).toMatchObject({ manual: false, shipment_id: expect.any(Number) });
      await check(b, page, 'return-label');
      await page.setViewportSize({ width: 1280, height: 900 });
      await screenshot(page, 'admin-facility-return-label-desktop');
    } finally {
      await b.close();
    }
  });

  it('an agent packs their store’s devices at the end of the day, ships them and prints the label; other stores and the bench stay out of sight', async () => {
    const b = await openBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const page = b.page;
      // Labels are signed links under PUBLIC_URL; the test server answers them.
      await b.context.route('http://tradein.test/**', (route) => route.continue({ url: route.request().url().replace('http://tradein.test', base) }));
      await page.goto(`${base}/admin`);
      await page.getByLabel('E-mail').fill(agent.email);
      await page.getByLabel('Password').fill(agent.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Logistics', level: 1 }));
      const nav = page.getByRole('navigation', { name: 'main' });
      for (const hidden of ['Facility', 'Programme setup', 'Dashboard']) await expect(nav.getByRole('link', { name: hidden }).count()).resolves.toBe(0);
      // Their own store only.
      await expect(page.getByLabel('Location').locator('option').allInnerTexts()).resolves.toEqual(['Test Store']);
      await page.getByRole('checkbox', { name: new RegExp(`#${packMe.deviceId} `) }).check();
      await check(b, page, 'desk');
      await page.getByRole('button', { name: 'Pack selected devices' }).click();
      await waitOrDump(page, page.getByText(/^Package PKG-\d+ created\.$/));
      await page.getByRole('checkbox', { name: /PKG-/ }).first().check();
      await page.getByRole('button', { name: 'Ship selected packages' }).click();
      await waitOrDump(page, page.getByRole('button', { name: 'Print label' }));
      const popup = b.context.waitForEvent('page');
      await page.getByRole('button', { name: 'Print label' }).click();
      await (await popup).close();
      await waitOrDump(page, page.getByRole('button', { name: 'Cancel label' }).first());
      const pdf = (await page.getByRole('link', { name: 'Open the label (PDF)' }).getAttribute('href'))!;
      const res = await b.context.request.get(pdf.replace('http://tradein.test', base));
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('application/pdf');
      await page.getByRole('button', { name: 'Status history' }).first().click();
      await waitOrDump(page, page.locator('.timeline li', { hasText: 'LabelCreated' }));
      await check(b, page, 'desk-shipped');
      expect((await h.call('GET', h.adminUrl(`/devices/${packMe.deviceId}`))).json().status).toBe('Shipped');
    } finally {
      await b.close();
    }
  });
});
