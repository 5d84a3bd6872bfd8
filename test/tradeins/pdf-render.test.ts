import { once } from 'node:events';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { harness, type Harness } from './helpers.js';
import { readPdf } from './pdf-helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.t.close());

const inject = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string> = {}) =>
  h.t.app.inject({ method, url, headers: { ...h.headers, ...headers } });

async function registered(): Promise<{ Id: number }> {
  const q = h.quote();
  const res = await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function multipart(bytes: Buffer) {
  const boundary = '----tradein' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sig.png"\r\nContent-Type: image/png\r\n\r\n`);
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** The largest signature accepted (4000 × 2000): pdf-lib decodes every pixel of it in JavaScript. */
async function largeSignature(seed: number): Promise<Buffer> {
  const w = 4000;
  const ht = 2000;
  const raw = Buffer.alloc(w * ht * 3);
  for (let y = 0; y < ht; y++)
    for (let x = 0; x < w; x++) {
      const v = (((x >> 3) * seed) ^ ((y >> 3) * 7)) & 0xff;
      const i = (y * w + x) * 3;
      raw[i] = v;
      raw[i + 1] = 255 - v;
      raw[i + 2] = ((x >> 3) + (y >> 3)) & 0xff;
    }
  return sharp(raw, { raw: { width: w, height: ht, channels: 3 } })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

async function pdfPath(id: number): Promise<string> {
  const res = await inject('GET', `/api/v2/retail/tradeins/${id}/pdf`);
  expect(res.statusCode, res.body).toBe(200);
  return new URL(res.json().DownloadUrl).pathname;
}

describe('PDF rendering off the event loop (issue 18, finding 3)', () => {
  it('while PDFs with two large signatures render, the event loop is never blocked and /healthz answers', async () => {
    const t = await registered();
    const sig = await largeSignature(3);
    expect(sig.length).toBeLessThan(1024 * 1024);
    for (const role of ['client', 'agent']) {
      const up = multipart(sig);
      const res = await h.t.app.inject({
        method: 'POST',
        url: `/api/v2/retail/tradeins/${t.Id}/signature/${role}`,
        headers: { ...h.headers, ...up.headers },
        payload: up.payload,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    const path = await pdfPath(t.Id);
    // Warm the pool (thread start, module load) so the measurement is about rendering.
    expect((await h.t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);

    // The machine's own noise: the longest stall of this event loop while a thread of this
    // process spins for a while (other processes share these cores, and a busy render thread takes one).
    const idle = monitorEventLoopDelay({ resolution: 5 });
    idle.enable();
    let spinning = true;
    const spinner = new Worker('const end = Date.now() + 1500; while (Date.now() < end);', { eval: true });
    void once(spinner, 'exit').then(() => (spinning = false));
    while (spinning) {
      await h.t.app.inject({ method: 'GET', url: '/healthz' });
      await new Promise((r) => setTimeout(r, 10));
    }
    idle.disable();

    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    let healthChecks = 0;
    let rendering = true;
    const downloads = Promise.all([1, 2].map(() => h.t.app.inject({ method: 'GET', url: path }))).finally(() => {
      rendering = false;
    });
    while (rendering) {
      const health = await h.t.app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
      healthChecks++;
      await new Promise((r) => setTimeout(r, 10));
    }
    const pdfs = await downloads;
    delay.disable();
    for (const pdf of pdfs) {
      expect(pdf.statusCode).toBe(200);
      expect((await readPdf(pdf.rawPayload)).images).toBe(3);
    }
    // /healthz was served many times while two renders ran (on the main thread it could not be).
    expect(healthChecks).toBeGreaterThan(3);
    // The longest the event loop stood still beyond that noise: rendering on it blocks it for
    // seconds (2.8–4.1 s for one such PDF before the render pool, 6 s for two here). The target
    // is 50 ms; the bound leaves room for garbage collection and a shared, loaded CI machine.
    expect((delay.max - idle.max) / 1e6).toBeLessThan(100);
  }, 300_000);

  it('a PDF link is short-lived (15 minutes by default, a tenant setting) and gone once the trade-in is cancelled', async () => {
    const clock = h.t.clock as ManualClock;
    const t = await registered();
    const res = await inject('GET', `/api/v2/retail/tradeins/${t.Id}/pdf`);
    expect(new Date(res.json().ExpirationDate).getTime() - clock.now().getTime()).toBe(15 * 60_000);
    const path = new URL(res.json().DownloadUrl).pathname;
    expect((await h.t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    clock.advance(16 * 60_000);
    try {
      expect((await h.t.app.inject({ method: 'GET', url: path })).json().code).toBe('N090091');
    } finally {
      clock.advance(-16 * 60_000);
    }

    // Replay after cancel: the signature is still valid, the document is gone.
    expect((await h.t.app.inject({ method: 'GET', url: path })).statusCode).toBe(200);
    expect((await inject('DELETE', `/api/v2/retail/tradeins/${t.Id}`)).statusCode).toBe(200);
    const replay = await h.t.app.inject({ method: 'GET', url: path });
    expect(replay.statusCode).toBe(404);
    expect(replay.json().code).toBe('N090091');
    const again = await inject('GET', `/api/v2/retail/tradeins/${t.Id}/pdf`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('B210002');
  });

  it('the link lifetime follows the tenant setting', async () => {
    const other = await harness({ t: h.t, settings: { tradeins: { pdfLinkTtlMinutes: 5 } } });
    const q = other.quote();
    const reg = await other.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }] });
    const res = await h.t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/${reg.json().Id}/pdf`, headers: other.headers });
    expect(new Date(res.json().ExpirationDate).getTime() - h.t.clock.now().getTime()).toBe(5 * 60_000);
    h.t.c.modules.tradeins.connect({ pricing: h.pricing, campaigns: h.campaigns, diligence: h.diligence, datafields: h.datafields } as never);
  });
});
