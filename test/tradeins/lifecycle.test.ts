import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { harness, imei, type Harness } from './helpers.js';
import { readPdf } from './pdf-helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(() => h.t.close());

const inject = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = {}) =>
  h.t.app.inject({ method, url, headers: { ...h.headers, ...headers }, ...(payload ? { payload } : {}) });

async function registered(extra: Record<string, unknown> = {}, n = 1) {
  const devices = Array.from({ length: n }, () => {
    const q = h.quote();
    return { PriceQuoteId: q.id, DeviceIdentifier: q.identifier };
  });
  const res = await h.register({ TradeInDevices: devices, ...extra });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function multipart(bytes: Buffer, contentType = 'image/png', filename = 'sig.png') {
  const boundary = '----tradein' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const png = (w: number, h2: number) =>
  sharp({ create: { width: w, height: h2, channels: 4, background: { r: 20, g: 20, b: 120, alpha: 1 } } })
    .png()
    .toBuffer();

describe('after registration', () => {
  it('GET unknown → N090001; DELETE cancels while Registered, frees the identifier, then B090001', async () => {
    expect((await inject('GET', '/api/v2/retail/tradeins/999999')).json().code).toBe('N090001');
    expect((await inject('DELETE', '/api/v2/retail/tradeins/999999')).json().code).toBe('N090001');
    const t = await registered();
    const del = await inject('DELETE', `/api/v2/retail/tradeins/${t.Id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json().Status).toBe('Cancelled');
    expect(del.json().TradeInDevices[0].Status).toBe('Cancelled');
    const again = await inject('DELETE', `/api/v2/retail/tradeins/${t.Id}`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('B090001');
    const identifier = t.TradeInDevices[0].DeviceIdentifier;
    const q = h.quote({ identifier });
    expect((await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: identifier }] })).statusCode).toBe(200);
  });

  it('refuses cancelling once a device has moved on (B090001)', async () => {
    const t = await registered();
    await h.t.c.modules.tradeins.transitionDevice(h.tt.ctx, t.TradeInDevices[0].TradeInDeviceId, 'Shipped');
    expect((await inject('DELETE', `/api/v2/retail/tradeins/${t.Id}`)).json().code).toBe('B090001');
  });

  it("guards every move by the transition table and keeps the device's status history", async () => {
    const t = await registered();
    const id = t.TradeInDevices[0].TradeInDeviceId;
    const { tradeins } = h.t.c.modules;
    expect(await tradeins.transitionDevice(h.tt.ctx, id, 'Packed', { source: 'logistics', data: { packageId: 1 } })).toBe(true);
    expect(await tradeins.transitionDevice(h.tt.ctx, id, 'Completed')).toBe(false);
    expect(await tradeins.transitionDevice(h.tt.ctx, id, 'Shipped', { from: ['Registered'] })).toBe(false);
    expect(await tradeins.transitionDevices(h.tt.ctx, [id], 'Shipped', { from: ['Packed'], note: 'handed over' })).toEqual([id]);
    const history = await tradeins.deviceHistory(h.tt.ctx, id);
    expect(history.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'Registered'],
      ['Registered', 'Packed'],
      ['Packed', 'Shipped'],
    ]);
    expect(history[1]).toMatchObject({ source: 'logistics', data: { packageId: 1 } });
    expect(history[2].note).toBe('handed over');
    await expect(tradeins.deviceHistory(h.tt.ctx, 99999999)).rejects.toMatchObject({ code: 'N090090' });
  });

  it('updates names, refs and data fields (B090048 nothing, B090062 taken ref, B090001 cancelled)', async () => {
    const t = await registered({ CustomDataFields: [{ DataFieldId: 1, DataFieldValue: 'a' }], TradeInRef: 'UPD-1' });
    expect((await inject('PUT', `/api/v2/retail/tradeins/${t.Id}`, {})).json().code).toBe('B090048');
    const res = await inject('PATCH', `/api/v2/retail/tradeins/${t.Id}`, {
      ClientFirstName: 'Ögrün',
      CustomDataFields: [{ DataFieldId: 2, DataFieldValue: 'b' }],
      TradeInRef: 'UPD-2',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      ClientFirstName: 'Ögrün',
      TradeInRef: 'UPD-2',
      CustomDataFields: [
        { DataFieldId: 1, DataFieldValue: 'a' },
        { DataFieldId: 2, DataFieldValue: 'b' },
      ],
    });
    expect(h.datafields.calls.at(-1)).toMatchObject({ mode: 'update', excludeTradeInId: t.Id });
    await registered({ TradeInRef: 'UPD-3' });
    expect((await inject('PUT', `/api/v2/retail/tradeins/${t.Id}`, { TradeInRef: 'upd-3' })).json().code).toBe('B090062');
    expect((await inject('PUT', `/api/v2/retail/tradeins/${t.Id}`, { TradeInRef: 'a b' })).json().code).toBe('B090059');
    await inject('DELETE', `/api/v2/retail/tradeins/${t.Id}`);
    // Cancelling gives unique / limited data-field values back.
    expect(h.datafields.uses.at(-1)).toEqual({
      tradeInId: t.Id,
      values: [
        { DataFieldId: 1, DataFieldValue: '' },
        { DataFieldId: 2, DataFieldValue: '' },
      ],
    });
    expect((await inject('PUT', `/api/v2/retail/tradeins/${t.Id}`, { ClientLastName: 'X' })).json().code).toBe('B090001');
  });

  it('lists every device with status, filtered and paged', async () => {
    const h2 = await harness({ t: h.t });
    const a = (await h2.register({ TradeInDevices: [h2.quote(), h2.quote()].map((q) => ({ PriceQuoteId: q.id, DeviceIdentifier: q.identifier })) })).json();
    const b = (await h2.register({ TradeInDevices: [h2.quote()].map((q) => ({ PriceQuoteId: q.id, DeviceIdentifier: q.identifier })) })).json();
    await h.t.app.inject({ method: 'DELETE', url: `/api/v2/retail/tradeins/${b.Id}`, headers: h2.headers });
    const list = (q: string) => h.t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/device${q}`, headers: h2.headers }).then((r) => r.json());
    const all = await list('');
    expect(all.Total).toBe(3);
    expect(all.Data.map((d: { Status: string }) => d.Status).sort()).toEqual(['Cancelled', 'Registered', 'Registered']);
    expect(all.Data[0]).toMatchObject({ TradeInId: b.Id, ProductName: h.variant.productName, Price: 234, IsTemporary: false, FinalPrice: null });
    expect((await list('?Status=Registered')).Total).toBe(2);
    expect((await list(`?TradeInId=${a.Id}`)).Total).toBe(2);
    expect((await list(`?DeviceIdentifier=${a.TradeInDevices[1].DeviceIdentifier}`)).Data[0].TradeInDeviceId).toBe(a.TradeInDevices[1].TradeInDeviceId);
    const page = await list('?Page=2&PageSize=2');
    expect(page).toMatchObject({ Total: 3, Page: 2, PageSize: 2 });
    expect(page.Data).toHaveLength(1);
    expect((await list('?DateFrom=2030-01-01T00:00:00Z')).Total).toBe(0);
    const bad = await h.t.app.inject({ method: 'GET', url: '/api/v2/retail/tradeins/device?Status=Nope', headers: h2.headers });
    expect(bad.statusCode).toBe(400);
    h.t.c.modules.tradeins.connect({ pricing: h.pricing, campaigns: h.campaigns, diligence: h.diligence, datafields: h.datafields } as never);
  });

  it('serves a signed, expiring PDF link with device, price, number, non-Latin text and signatures', async () => {
    const t = await registered({ ClientFirstName: 'Şükrü Иван', ClientLastName: 'Παπαδόπουλος', TradeInRef: 'PDF-1' }, 2);
    const res = await inject('GET', `/api/v2/retail/tradeins/${t.Id}/pdf?api-version=2.0`);
    expect(res.statusCode, res.body).toBe(200);
    const url = new URL(res.json().DownloadUrl);
    expect(url.origin).toBe('http://tradein.test');
    const dl = await h.t.app.inject({ method: 'GET', url: url.pathname });
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const before = await readPdf(dl.rawPayload);
    expect(before.text).toContain(h.variant.productName);
    expect(before.text).toContain(t.TradeInDevices[0].DeviceIdentifier);
    expect(before.text).toContain('€234.00');
    expect(before.text).toContain(`${t.Id}`);
    expect(before.text).toContain('Şükrü Иван Παπαδόπουλος');
    expect(before.text).toContain('Test Programme');
    expect(before.text).toContain('Estimated CO2 saving: 55 kg');
    expect(before.images).toBe(1); // the barcode

    // Signatures: type, size and dimensions are checked.
    const sigUrl = (role: string) => `/api/v2/retail/tradeins/${t.Id}/signature/${role}`;
    const jpeg = await sharp({ create: { width: 200, height: 80, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer();
    let up = multipart(jpeg, 'image/jpeg', 'sig.jpg');
    expect((await h.t.app.inject({ method: 'POST', url: sigUrl('client'), headers: { ...h.headers, ...up.headers }, payload: up.payload })).json().code).toBe(
      'B090090',
    );
    up = multipart(jpeg, 'image/png');
    expect((await h.t.app.inject({ method: 'POST', url: sigUrl('client'), headers: { ...h.headers, ...up.headers }, payload: up.payload })).json().code).toBe(
      'B090090',
    );
    up = multipart(await png(10, 10));
    expect((await h.t.app.inject({ method: 'POST', url: sigUrl('client'), headers: { ...h.headers, ...up.headers }, payload: up.payload })).json().code).toBe(
      'B090092',
    );
    const noise = await sharp(Buffer.from(Array.from({ length: 1400 * 900 * 3 }, () => Math.floor(Math.random() * 256))), {
      raw: { width: 1400, height: 900, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer();
    up = multipart(noise);
    const big = await h.t.app.inject({ method: 'POST', url: sigUrl('client'), headers: { ...h.headers, ...up.headers }, payload: up.payload });
    expect(big.statusCode).toBe(400);
    expect(big.json().code).toBe('B090091');
    const json = await h.t.app.inject({ method: 'POST', url: sigUrl('client'), headers: h.headers, payload: { a: 1 } });
    expect(json.json().code).toBe('B090090');
    for (const role of ['client', 'agent']) {
      up = multipart(await png(300, 100));
      const ok = await h.t.app.inject({ method: 'POST', url: sigUrl(role), headers: { ...h.headers, ...up.headers }, payload: up.payload });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toEqual({ TradeInId: t.Id, Role: role, Width: 300, Height: 100 });
    }
    const after = await readPdf((await h.t.app.inject({ method: 'GET', url: url.pathname })).rawPayload);
    expect(after.images).toBe(3);

    // Tampered or expired links are refused.
    expect((await h.t.app.inject({ method: 'GET', url: url.pathname.slice(0, -2) + 'xx' })).json().code).toBe('N090091');
    (h.t.clock as ManualClock).advance(61 * 60_000);
    try {
      const expired = await h.t.app.inject({ method: 'GET', url: url.pathname });
      expect(expired.statusCode).toBe(404);
      expect(expired.json().code).toBe('N090091');
    } finally {
      (h.t.clock as ManualClock).advance(-61 * 60_000);
    }
  });

  it('renders the PDF in the request language', async () => {
    const t = await registered();
    const res = await inject('GET', `/api/v2/retail/tradeins/${t.Id}/pdf`, undefined, { 'accept-language': 'tr' });
    const dl = await h.t.app.inject({ method: 'GET', url: new URL(res.json().DownloadUrl).pathname });
    expect((await readPdf(dl.rawPayload)).text).toContain('Takas onayı');
  });

  it('gives a signed public read-only link, refused for cancelled trade-ins (B210002, N210001)', async () => {
    expect((await inject('POST', '/api/v2/retail/tradeins/999999/public-url')).json().code).toBe('N210001');
    const t = await registered();
    const res = await inject('POST', `/api/v2/retail/tradeins/${t.Id}/public-url`);
    expect(res.statusCode, res.body).toBe(200);
    const path = new URL(res.json().Url).pathname;
    const view = await h.t.app.inject({ method: 'GET', url: path });
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ Id: t.Id, Status: 'Registered' });
    await inject('DELETE', `/api/v2/retail/tradeins/${t.Id}`);
    const refused = await inject('POST', `/api/v2/retail/tradeins/${t.Id}/public-url`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'B210002', message: `Trade-in '${t.Id}' was canceled` });
    expect((await h.t.app.inject({ method: 'GET', url: path })).json().code).toBe('B210002');
    const other = await harness({ t: h.t });
    expect((await h.t.app.inject({ method: 'POST', url: `/api/v2/retail/tradeins/${t.Id}/public-url`, headers: other.headers })).json().code).toBe('N210001');
    h.t.c.modules.tradeins.connect({ pricing: h.pricing, campaigns: h.campaigns, diligence: h.diligence, datafields: h.datafields } as never);
  });
});

describe('OpenAPI', () => {
  it('documents the trade-in routes', async () => {
    const spec = (await h.t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of [
      '/api/v2/retail/tradeins',
      '/api/v2/retail/tradeins/device',
      '/api/v2/retail/tradeins/{id}',
      '/api/v2/retail/tradeins/{id}/pdf',
      '/api/v2/retail/tradeins/{id}/signature/client',
      '/api/v2/retail/tradeins/temp/{id}/confirm',
      '/api/v2/public/tradeins/pdf/{token}',
    ]) {
      expect(spec.paths[path], path).toBeDefined();
    }
    expect(Object.keys(spec.paths['/api/v2/retail/tradeins/{id}']).sort()).toEqual(['delete', 'get', 'patch', 'put']);
  });
});

describe('lifecycle functions', () => {
  it('records a final valuation with an outbox event, decides once, cancels devices only while Registered', async () => {
    const { tradeins } = h.t.c.modules;
    const t = await registered({}, 2);
    const [d1, d2] = t.TradeInDevices.map((d: { TradeInDeviceId: number }) => d.TradeInDeviceId);
    expect(await tradeins.getDevice(h.tt.ctx, d1)).toMatchObject({
      id: d1,
      tradeInId: t.Id,
      status: 'Registered',
      offeredPriceMinor: 23400,
      currency: 'EUR',
      decision: null,
    });
    expect(await tradeins.applyCustomerDecision(h.tt.ctx, d1, 'approved')).toBe(false);
    const v = await tradeins.recordFinalValuation(h.tt.ctx, d1, { priceMinor: 18000, grade: 'Damaged', reason: 'cracked back', photoIds: ['p1'] });
    expect(v.changed).toBe(true);
    expect(v.device).toMatchObject({ status: 'Valuated', finalPriceMinor: 18000, finalGrade: 'Damaged' });
    const msgs = await h.t.c.db.query<{ payload: Record<string, unknown>; dedupe_key: string }>(
      `SELECT payload, dedupe_key FROM outbox_messages WHERE topic = 'tradeins.final_valuation_recorded' AND payload->>'deviceId' = $1`,
      [String(d1)],
    );
    expect(msgs).toEqual([
      {
        dedupe_key: `final-valuation:${d1}:1`,
        payload: {
          deviceId: d1,
          tradeInId: t.Id,
          offeredPriceMinor: 23400,
          finalPriceMinor: 18000,
          currency: 'EUR',
          grade: 'Damaged',
          reason: 'cracked back',
          changed: true,
        },
      },
    ]);
    const [first, second] = await Promise.all([
      tradeins.applyCustomerDecision(h.tt.ctx, d1, 'rejected'),
      tradeins.applyCustomerDecision(h.tt.ctx, d1, 'approved'),
    ]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    await expect(tradeins.cancelDevice(h.tt.ctx, d1, 'x')).rejects.toMatchObject({ code: 'B090001' });
    await expect(tradeins.recordFinalValuation(h.tt.ctx, 999999, { priceMinor: 1, grade: 'x', reason: null, photoIds: [] })).rejects.toMatchObject({
      code: 'N090090',
    });
    const cancelled = await tradeins.cancelDevice(h.tt.ctx, d2, 'customer changed mind');
    expect(cancelled.status).toBe('Cancelled');
    expect((await tradeins.get(h.tt.ctx, t.Id)).status).toBe('Registered');
  });

  it('cancelling the last device cancels the trade-in', async () => {
    const t = await registered();
    await h.t.c.modules.tradeins.cancelDevice(h.tt.ctx, t.TradeInDevices[0].TradeInDeviceId, 'order cancelled');
    expect((await inject('GET', `/api/v2/retail/tradeins/${t.Id}`)).json().Status).toBe('Cancelled');
  });

  it('an unchanged valuation is reported as unchanged', async () => {
    const t = await registered();
    const id = t.TradeInDevices[0].TradeInDeviceId;
    const r = await h.t.c.modules.tradeins.recordFinalValuation(h.tt.ctx, id, { priceMinor: 23400, grade: 'Working', reason: null, photoIds: [] });
    expect(r.changed).toBe(false);
    // A revaluation (Valuated → Valuated) by grade key is still unchanged, and gets its own event.
    const again = await h.t.c.modules.tradeins.recordFinalValuation(h.tt.ctx, id, { priceMinor: 23400, grade: 'working', reason: null, photoIds: [] });
    expect(again).toMatchObject({ changed: false, device: { valuationCount: 2 } });
    const keys = await h.t.c.db.query<{ dedupe_key: string }>(`SELECT dedupe_key FROM outbox_messages WHERE dedupe_key LIKE $1 ORDER BY id`, [
      `final-valuation:${id}:%`,
    ]);
    expect(keys.map((k) => k.dedupe_key)).toEqual([`final-valuation:${id}:1`, `final-valuation:${id}:2`]);
    expect(imei()).toMatch(/^\d{15}$/);
  });
});
