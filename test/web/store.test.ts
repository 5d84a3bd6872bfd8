import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { seedDemo, seedDemoAgent, type DemoAgentCredentials } from '../../src/main/seed-demo.js';
import { systemClock } from '../../src/platform/clock/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { readPdf } from '../tradeins/pdf-helpers.js';
import { barcodeVideo, expectAccessible, listen, openBrowser, screenshot, waitOrDump } from './browser.js';

// Browser tests run once, in the PGlite project: the browser sees the same HTTP on either database.
const run = process.env.TEST_DB === 'pglite';

let t: TestApp;
let base: string;
let agent: DemoAgentCredentials;
let tac: string;
let video: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-pos-'));

beforeAll(async () => {
  if (!run) return;
  t = await createTestApp({ clock: systemClock });
  await seedDemo(t.c, t.config.defaultTenant);
  agent = (await seedDemoAgent(t.c, t.config.defaultTenant))!;
  // An Apple model whose TAC is its own, so the scanned IMEI identifies it and passes the checks.
  const rows = await t.c.db.query<{ tac: string }>(
    `SELECT t.tac FROM tac_codes t JOIN items i ON i.id = t.item_id JOIN manufacturers m ON m.id = i.manufacturer_id
      WHERE m.key = 'apple' AND i.tenant_id IS NULL AND i.is_active AND i.identifier_kind = 'imei'
        AND t.tac IN (SELECT tac FROM tac_codes GROUP BY tac HAVING count(*) = 1)
      ORDER BY t.tac LIMIT 1`,
  );
  tac = rows[0].tac.trim();
  video = path.join(tmp, 'imei.y4m');
  await barcodeVideo(imeiFromTac(tac, '300001'), video);
  base = await listen(t);
});
afterAll(async () => {
  if (run) await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

async function sign(page: Page, label: string, dx: number) {
  const box = (await page.getByTestId(label).boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + 20 + i * dx, box.y + box.height / 2 + (i % 2 ? -25 : 25), { steps: 3 });
  await page.mouse.up();
}

/** Grade with the first answers, wait for the price, go on to the customer step. */
async function gradeAndContinue(page: Page) {
  const questions = page.locator('fieldset.question:has(.answers)');
  await questions.first().waitFor();
  const n = await questions.count();
  for (let i = 0; i < n; i++) await questions.nth(i).locator('.answers input').first().check();
  await page.getByTestId('price').waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
}

async function fillCustomer(page: Page) {
  await page.getByRole('button', { name: 'Run checks' }).click();
  await page.locator('.checks li').first().waitFor();
  await page.locator('input[name="first"]').fill('Walk');
  await page.locator('input[name="last"]').fill('In');
  await page.locator('input[name="df-ClientEmail"]').fill('walk.in@example.com');
  await page.locator('input[name="df-First name"]').fill('Walk');
  await page.locator('input[name="df-Last name"]').fill('In');
}

async function pickModelIfAsked(page: Page) {
  const grading = page.locator('fieldset.question:has(.answers)').first();
  const choose = page.locator('fieldset:has(legend:text-is("Choose the model")) button').first();
  await Promise.race([grading.waitFor(), choose.waitFor()]);
  if (await choose.isVisible()) await choose.click();
}

describe.skipIf(!run)('point of sale in Chromium (PGlite project only: the browser sees the same HTTP on either database)', () => {
  it('scans the IMEI with the camera, grades, registers, both sign with the mouse, the PDF downloads; wedge scan, temporary confirm and cancel', async () => {
    const b = await openBrowser({
      viewport: { width: 1024, height: 1366 },
      extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    try {
      const { page } = b;
      await b.context.grantPermissions(['camera'], { origin: base });
      await page.goto(`${base}/store`);
      await page.locator('input[name="email"]').fill(agent.email);
      await page.locator('input[name="password"]').fill(agent.password);
      await screenshot(page, 'store-0-sign-in');
      await expectAccessible(page, 'store sign-in');
      await page.locator('form button[type="submit"]').click();

      // Camera: the fake capture device plays the barcode; the IMEI field fills with it.
      const imei = imeiFromTac(tac, '300001');
      await page.getByRole('button', { name: 'Scan IMEI with camera' }).click();
      await expect.poll(() => page.locator('input[name="imei"]').inputValue(), { timeout: 45_000, interval: 500 }).toBe(imei);
      await pickModelIfAsked(page);
      await screenshot(page, 'store-1-grading');
      await expectAccessible(page, 'store grading');
      await gradeAndContinue(page);

      await fillCustomer(page);
      await screenshot(page, 'store-2-customer');
      await expectAccessible(page, 'store customer');
      await page.getByRole('button', { name: 'Register', exact: true }).click();

      await page.getByTestId('Customer signature').waitFor();
      await sign(page, 'Customer signature', 18);
      await sign(page, 'Agent signature', 14);
      await screenshot(page, 'store-3-signatures');
      await expectAccessible(page, 'store signatures');
      await page.getByRole('button', { name: 'Save signatures' }).click();
      const done = page.getByRole('heading', { name: /Trade-in \d+ is registered/ });
      await waitOrDump(page, done);
      const tradeInId = Number(/(\d+)/.exec(await done.innerText())![1]);
      const saved = await t.c.db.query<{ role: string }>('SELECT role FROM trade_in_signatures WHERE trade_in_id = $1 ORDER BY role', [tradeInId]);
      expect(saved.map((r) => r.role)).toEqual(['agent', 'client']);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
      const pdf = await readPdf(new Uint8Array(fs.readFileSync(await download.path())));
      expect(pdf.text).toContain(imei);
      expect(pdf.images).toBeGreaterThanOrEqual(3); // barcode + both signatures
      await screenshot(page, 'store-4-done');

      // Keyboard wedge: a fast burst of digits and Enter, anywhere on the screen.
      await page.getByRole('button', { name: 'New trade-in' }).first().click();
      await page.getByRole('heading', { name: 'Identify the device' }).waitFor();
      const imei2 = imeiFromTac(tac, '300002');
      await page.locator('h2').first().click();
      // A person typing digits slowly on the page is not a scan.
      await page.keyboard.type('12345678901234', { delay: 120 });
      await page.keyboard.press('Enter');
      expect(await page.locator('input[name="imei"]').inputValue()).toBe('');
      // The scanner's burst: key events back to back (dispatched in the page so the machine's load cannot slow them).
      await page.evaluate((code) => {
        const w = globalThis as unknown as {
          document: { activeElement: { dispatchEvent(e: unknown): void } };
          KeyboardEvent: new (type: string, init: object) => unknown;
        };
        for (const key of [...code, 'Enter']) w.document.activeElement.dispatchEvent(new w.KeyboardEvent('keydown', { key, bubbles: true }));
      }, imei2);
      await expect.poll(() => page.locator('input[name="imei"]').inputValue()).toBe(imei2);
      await pickModelIfAsked(page);
      await gradeAndContinue(page);
      await fillCustomer(page);
      await page.getByRole('button', { name: 'Register as temporary' }).click();
      await page.getByRole('button', { name: 'Save signatures' }).waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('heading', { name: /Trade-in \d+ is registered/ }).waitFor();

      // Today's trade-ins: confirm the temporary one, cancel the first after confirming the question.
      await page.getByRole('button', { name: "Today's trade-ins" }).click();
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      await expect.poll(() => page.getByRole('button', { name: 'Confirm', exact: true }).count()).toBe(0);
      const row = page.locator('tr', { has: page.locator(`td:text-is("${tradeInId}")`) });
      await row.getByRole('button', { name: 'Cancel trade-in' }).click();
      await page.getByRole('alertdialog').waitFor();
      await screenshot(page, 'store-5-today-cancel');
      await expectAccessible(page, 'today');
      await page.getByRole('button', { name: 'Yes, cancel it' }).click();
      await expect.poll(() => row.locator('td').nth(4).innerText()).toContain('Cancelled');
      const statuses = await t.c.db.query<{ kind: string; status: string }>('SELECT kind, status FROM trade_ins ORDER BY id');
      expect(statuses).toEqual([
        { kind: 'final', status: 'Cancelled' },
        { kind: 'temporary', status: 'Confirmed' },
        { kind: 'final', status: 'Registered' },
      ]);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
