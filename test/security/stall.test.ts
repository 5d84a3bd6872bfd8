import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../tradeins/helpers.js';
import { deepJson } from './walk.js';

/**
 * Issue #18, security suite: event-loop stall checks. While PDFs with two of the largest
 * signatures render, a catastrophic-backtracking data-field regex validates 500-character values
 * and deep JSON bodies (2 MB, a million levels) arrive without credentials, `/healthz` keeps
 * answering. Before the fixes each of these blocked every request for 0.6–9 s.
 */
let h: Harness;
let pdfPath: string;
let fieldId: number;

function multipart(bytes: Buffer) {
  const boundary = '----stall' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sig.png"\r\nContent-Type: image/png\r\n\r\n`);
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

beforeAll(async () => {
  h = await harness();
  const q = h.quote();
  const reg = await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }] });
  expect(reg.statusCode, reg.body).toBe(200);
  const id = reg.json().Id as number;
  // The largest signature accepted (4000 × 2000, under 1 MB as PNG): the PDF library decodes all
  // 8 million pixels of each in JavaScript. A blocky pattern keeps the file small.
  const tile = Buffer.alloc(400 * 200 * 3);
  for (let i = 0; i < tile.length; i++) tile[i] = (i * 7919) % 251;
  const sig = await sharp(tile, { raw: { width: 400, height: 200, channels: 3 } })
    .resize(4000, 2000, { kernel: 'nearest' })
    .png({ compressionLevel: 9 })
    .toBuffer();
  for (const role of ['client', 'agent']) {
    const up = multipart(sig);
    const res = await h.t.app.inject({
      method: 'POST',
      url: `/api/v2/retail/tradeins/${id}/signature/${role}`,
      headers: { ...h.headers, ...up.headers },
      payload: up.payload,
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const link = await h.t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/${id}/pdf`, headers: h.headers });
  expect(link.statusCode, link.body).toBe(200);
  pdfPath = new URL(link.json().DownloadUrl).pathname;
  // Warm the render pool (thread start, module load) so the measurement is about rendering.
  expect((await h.t.app.inject({ method: 'GET', url: pdfPath })).statusCode).toBe(200);

  const field = await h.t.app.inject({
    method: 'POST',
    url: `/api/${h.tt.tenant.slug}/admin/data-fields`,
    headers: { 'x-apikey': h.tt.adminKey },
    payload: { name: 'Reference', regex: '([A-Za-z]+ ?)+' },
  });
  expect(field.statusCode, field.body).toBe(201);
  fieldId = field.json().id;
}, 300_000);
afterAll(() => h.t.close());

/** Milliseconds each `/healthz` took while `busy()` is true, one sample every 10 ms. */
async function healthLatencies(busy: () => boolean): Promise<number[]> {
  const samples: number[] = [];
  while (busy()) {
    const started = performance.now();
    const res = await h.t.app.inject({ method: 'GET', url: '/healthz' });
    samples.push(performance.now() - started);
    expect(res.statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 10));
  }
  return samples;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

describe('the event loop is not stalled by hostile work (issue 18)', () => {
  it('/healthz answers within 50 ms while PDFs render, a regex validates and deep JSON arrives', async () => {
    // The machine's own noise: /healthz latency while a thread of this process spins (a busy
    // render thread takes one of the cores, and other processes share them too).
    let spinning = true;
    const spinner = new Worker('const end = Date.now() + 1500; while (Date.now() < end);', { eval: true });
    void once(spinner, 'exit').then(() => (spinning = false));
    const idle = await healthLatencies(() => spinning);

    let busy = true;
    const value = `${'a'.repeat(499)}1`;
    const deep = deepJson(1_000_000);
    // Each kind of hostile work as a steady stream (one request at a time, two PDFs at a time),
    // so /healthz waits behind what blocks, not behind a queue of requests fired at once.
    const repeat = async (fn: () => Promise<LightMyRequestResponse>) => {
      const out: LightMyRequestResponse[] = [];
      while (busy) {
        out.push(await fn());
        // A macrotask between requests: a refusal without I/O resolves in microtasks only and
        // would starve the timers (the sampler's and the one that ends the work).
        await new Promise((r) => setImmediate(r));
      }
      return out;
    };
    const pdfs = (async () => {
      const out: LightMyRequestResponse[] = [];
      for (let round = 0; round < 2; round++) out.push(...(await Promise.all([1, 2].map(() => h.t.app.inject({ method: 'GET', url: pdfPath })))));
      busy = false;
      return out;
    })();
    const regexes = repeat(() =>
      h.t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/datafields/validate?dataFieldId=${fieldId}&value=${value}`, headers: h.headers }),
    );
    const bodies = repeat(() =>
      h.t.app.inject({ method: 'POST', url: `/api/${h.tt.tenant.slug}/auth/login`, headers: { 'content-type': 'application/json' }, payload: deep }),
    );
    const loaded = await healthLatencies(() => busy);
    const [pdfResults, regexResults, bodyResults] = await Promise.all([pdfs, regexes, bodies]);
    // The hostile work was really done: two PDFs per round, regex answers (Invalid, not hung), deep bodies refused.
    expect(pdfResults.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(regexResults.length).toBeGreaterThan(2);
    for (const r of regexResults) expect(r.json()).toMatchObject({ Result: 'Invalid' });
    expect(bodyResults.length).toBeGreaterThan(2);
    for (const r of bodyResults) expect(r.json().code).toBe('B000002');
    expect(loaded.length, 'samples while loaded').toBeGreaterThanOrEqual(5);

    // The bounds. Blocking work shows as most samples being late: while a PDF rendered on the
    // event loop, or a stream of backtracking regexes or million-deep bodies was parsed on it,
    // nearly every /healthz waited 0.6–9 s. So the typical answer (median) and 19 of 20 answers
    // must come within the 50 ms target, relative to nothing. A strict 50 ms on *every* sample
    // would fail for reasons unrelated to this guard: this machine runs other test processes on
    // two cores, garbage collection after megabytes of PDF and JSON takes tens of milliseconds,
    // and the embedded database (PGlite: PostgreSQL in WebAssembly on this very thread) reads the
    // two signatures of a PDF (up to 1 MB each) on the event loop — 0.4–1 s when both PDF requests
    // start together here (PostgreSQL does that work in its own process). So the slowest
    // single answer gets a generous 1.5 s, which still catches a render or a stream of hostile
    // requests on the loop, but not the database's own share.
    const report = `idle max ${Math.round(Math.max(...idle))} ms; loaded median ${Math.round(quantile(loaded, 0.5))} ms, p95 ${Math.round(quantile(loaded, 0.95))} ms, max ${Math.round(Math.max(...loaded))} ms over ${loaded.length} samples`;
    expect(quantile(loaded, 0.5), report).toBeLessThan(50);
    expect(quantile(loaded, 0.95), report).toBeLessThan(50);
    expect(Math.max(...loaded), report).toBeLessThan(1500);
    console.info(`event-loop stall check: ${report}`);
  }, 300_000);
});
