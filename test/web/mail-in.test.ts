import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { login, registerCustomer, type Session } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { expectAccessible, listen, openBrowser, screenshot, waitOrDump } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

let t: TestApp;
let base: string;
let slug: string;
let admin: Session;
let jpeg: Buffer;

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  slug = t.config.defaultTenant;
  const { credentials } = await seedDemo(t.c, slug);
  admin = await login(t, slug, credentials!.adminEmail, credentials!.adminPassword);
  jpeg = await sharp({ create: { width: 320, height: 640, channels: 3, background: '#3a6ea5' } })
    .jpeg()
    .toBuffer();
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
});

/** The staff's offer for a submitted submission (what the Upgrade desk does). */
async function offer(submissionId: string): Promise<void> {
  const res = await t.app.inject({ method: 'POST', url: `/api/${slug}/offers`, headers: admin.headers, payload: { submission_id: submissionId, amount: 123 } });
  expect(res.statusCode, res.body).toBe(201);
}

/** Picks "iphone 13 pro", condition Good and the serial number on the new mail-in screen. */
async function describeDevice(page: Page, serial: string) {
  await page.getByRole('combobox', { name: 'Search your device' }).fill('iphone 13 pro');
  await page.locator('ul[role=listbox] [role=option]').first().waitFor();
  await page.getByRole('combobox', { name: 'Search your device' }).press('Enter');
  await page.getByRole('radio', { name: /Good/ }).check();
  await page.getByLabel('IMEI or serial number').fill(serial);
  await page.getByLabel('Anything we should know (optional)').fill('Small scratch on the back');
}

/** A photo for every required angle, through the file inputs (the phone's camera on a phone). */
async function takePhotos(page: Page) {
  const inputs = page.locator('input[type=file]');
  await inputs.first().waitFor();
  const n = await inputs.count();
  expect(n).toBe(3); // front, back, screen_on (the tenant's default)
  for (let i = 0; i < n; i++) {
    expect(await inputs.nth(i).getAttribute('capture')).toBe('environment');
    await inputs.nth(i).setInputFiles({ name: `photo-${i}.jpg`, mimeType: 'image/jpeg', buffer: jpeg });
    await expect.poll(() => page.locator('.angle img').count(), { timeout: 20_000 }).toBe(i + 1);
  }
}

const submissionIdOf = (page: Page) => /\/mail-in\/(sub_[0-9a-f]+)/.exec(page.url())?.[1] ?? '';

describe.skipIf(!run)('mail-in (Upgrade portal) in Chromium (PGlite project only)', () => {
  it('signs up, describes the device, takes the photos, submits, accepts the offer and downloads the label; a second one survives a dropped connection and is declined', async () => {
    const b = await openBrowser();
    try {
      const { page, context } = b;
      await page.goto(`${base}/mail-in`);
      await page.getByRole('button', { name: 'I am new here' }).click();
      await page.locator('input[autocomplete="given-name"]').fill('Mail');
      await page.locator('input[autocomplete="family-name"]').fill('Sender');
      await page.locator('input[name="email"]').fill(`mail-in-${Date.now()}@example.com`);
      await page.locator('input[name="password"]').fill('customer-pass-1');
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('heading', { name: 'Send your device by post' }).waitFor();
      await page.getByText('No mail-ins yet.').waitFor();
      await screenshot(page, 'mail-in-1-list');
      await expectAccessible(page, 'mail-in list');

      await page.getByRole('link', { name: 'Start a mail-in' }).click();
      await describeDevice(page, '356789012345678');
      await screenshot(page, 'mail-in-2-device');
      await expectAccessible(page, 'mail-in device');
      await page.getByRole('button', { name: 'Continue to photos' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Photos' }));
      const first = submissionIdOf(page);
      expect(first).toMatch(/^sub_/);
      expect(await page.getByTestId('mail-status').innerText()).toBe('Draft');
      const send = page.getByRole('button', { name: 'Send for an offer' });
      expect(await send.isDisabled()).toBe(true);
      await takePhotos(page);
      await screenshot(page, 'mail-in-3-photos');
      await expectAccessible(page, 'mail-in photos');
      await expect.poll(() => send.isDisabled()).toBe(false);
      await send.click();
      await expect.poll(() => page.getByTestId('mail-status').innerText()).toBe('Waiting for an offer');

      // The desk makes an offer; the customer sees it and accepts.
      await offer(first);
      await page.reload();
      await waitOrDump(page, page.getByRole('heading', { name: 'Our offer' }));
      expect(await page.getByTestId('offer').innerText()).toContain('123');
      await screenshot(page, 'mail-in-4-offer');
      await expectAccessible(page, 'mail-in offer');
      await page.getByRole('button', { name: 'Accept the offer' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Shipping label' }));
      expect(await page.getByTestId('mail-status').innerText()).toMatch(/Accepted/);
      expect(await page.locator('.packing-steps li').count()).toBe(4);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download label' }).click()]);
      const { readFileSync } = await import('node:fs');
      expect(
        readFileSync((await download.path())!)
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
      await screenshot(page, 'mail-in-5-label');
      await expectAccessible(page, 'mail-in label');

      // A second device: the connection drops while sending; the banner shows, the entries stay, it recovers.
      await page.getByRole('link', { name: 'Send by post' }).click();
      await page.getByRole('link', { name: 'Start a mail-in' }).click();
      await describeDevice(page, '356789012345679');
      await context.setOffline(true);
      await page.getByRole('button', { name: 'Continue to photos' }).click();
      const banner = page.locator('.offline');
      await banner.waitFor();
      expect(await banner.innerText()).toContain('No connection');
      expect(await page.getByLabel('IMEI or serial number').inputValue()).toBe('356789012345679');
      expect(await page.getByLabel('Anything we should know (optional)').inputValue()).toBe('Small scratch on the back');
      expect(await page.getByRole('radio', { name: /Good/ }).isChecked()).toBe(true);
      await screenshot(page, 'mail-in-6-offline');
      await expectAccessible(page, 'offline');
      await context.setOffline(false);
      await banner.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Continue to photos' }).click();
      await waitOrDump(page, page.getByRole('heading', { name: 'Photos' }));
      const second = submissionIdOf(page);
      expect(second).not.toBe(first);
      await takePhotos(page);
      await page.getByRole('button', { name: 'Send for an offer' }).click();
      await expect.poll(() => page.getByTestId('mail-status').innerText()).toBe('Waiting for an offer');
      await offer(second);
      await page.reload();
      await page.getByRole('button', { name: 'Decline' }).click();
      await page.getByLabel('Why not? (optional)').fill('Too low');
      await page.getByRole('button', { name: 'Decline the offer' }).click();
      await expect.poll(() => page.getByTestId('mail-status').innerText()).toBe('Declined');
      expect(await page.getByRole('button', { name: 'Accept the offer' }).count()).toBe(0);

      // Both in "my mail-ins".
      await page.getByRole('link', { name: 'Send by post' }).click();
      await expect.poll(() => page.locator('.cards .card').count()).toBe(2);
      const rows = await t.c.db.query<{ status: string; decline_reason: string | null }>('SELECT status, decline_reason FROM submissions ORDER BY id');
      expect(rows.map((r) => r.decline_reason)).toEqual([null, 'Too low']);
      // The dropped connection is the only console error (the failed request).
      expect(b.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e))).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('the photo angles route answers the owner (required and still missing) and no one else', async () => {
    const owner = await registerCustomer(t, slug, `angles-a-${Date.now()}@example.com`);
    const other = await registerCustomer(t, slug, `angles-b-${Date.now()}@example.com`);
    const model = (await t.app.inject({ method: 'GET', url: `/api/${slug}/catalog/models?term=iphone%2013%20pro` })).json().results[0];
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/${slug}/submissions`,
      headers: owner.headers,
      payload: { product_id: model.id, condition: 'good' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const mine = await t.app.inject({ method: 'GET', url: `/api/${slug}/web/submissions/${id}/angles`, headers: owner.headers });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({ required: ['front', 'back', 'screen_on'], missing: ['front', 'back', 'screen_on'] });
    const theirs = await t.app.inject({ method: 'GET', url: `/api/${slug}/web/submissions/${id}/angles`, headers: other.headers });
    expect(theirs.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/${slug}/web/submissions/${id}/angles` })).statusCode).toBe(401);
  });
});
