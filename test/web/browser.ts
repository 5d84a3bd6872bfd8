import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import bwipjs from 'bwip-js';
import sharp from 'sharp';
import { expect } from 'vitest';
import type { TestApp } from '../helpers/test-app.js';

/** Debian's Chromium (`apt-get install chromium`); no browser download. */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const SCREENSHOTS = path.resolve('test-results/screenshots');

const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far, on any page. */
  errors: string[];
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 and answers the base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

export async function openBrowser(options: { locale?: string; extraArgs?: string[]; viewport?: { width: number; height: number } } = {}): Promise<Browser> {
  if (!hasChromium) throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (the browser tests need it)`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: [...BASE_ARGS, ...(options.extraArgs ?? [])],
    locale: options.locale ?? 'en-GB',
    viewport: options.viewport ?? { width: 412, height: 915 },
    acceptDownloads: true,
  });
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${p.url()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    errors,
    async close() {
      await context.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core run in the page (through the DevTools protocol, so the page's CSP stays strict). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, o: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const res = await axe.run((globalThis as unknown as { document: unknown }).document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 1)}`).toEqual([]);
}

/**
 * A Y4M video (what Chromium's fake camera plays) of a Code 128 barcode of `code`, drawn with
 * bwip-js and converted to YUV 4:2:0 frames with sharp.
 */
export async function barcodeVideo(code: string, file: string): Promise<void> {
  const W = 640;
  const H = 480;
  const png = await bwipjs.toBuffer({
    bcid: 'code128',
    text: code,
    scale: 3,
    height: 18,
    includetext: true,
    backgroundcolor: 'FFFFFF',
    paddingwidth: 12,
    paddingheight: 12,
  });
  const luma = await sharp({ create: { width: W, height: H, channels: 3, background: '#ffffff' } })
    .composite([
      {
        input: await sharp(png)
          .resize({ width: W - 80, fit: 'inside' })
          .toBuffer(),
        gravity: 'center',
      },
    ])
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const y = luma.info.channels === 1 ? luma.data : Buffer.from(luma.data.filter((_, i) => i % luma.info.channels === 0));
  const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const frames = Array.from({ length: 5 }, () => frame);
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F5:1 Ip A1:1 C420jpeg\n`), ...frames]));
}

/** Waits for `locator`; on timeout the error carries what the page's main area says. */
export async function waitOrDump(page: Page, locator: ReturnType<Page['locator']>, timeout = 20_000): Promise<void> {
  await locator.waitFor({ timeout }).catch(async (err: Error) => {
    throw new Error(
      `${err.message}\n--- page says:\n${await page
        .locator('main')
        .innerText()
        .catch(() => '(no main)')}`,
    );
  });
}
