import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code, logisticsHarness, type LogisticsHarness } from './helpers.js';

/** A loopback fake of nShift Delivery's shipment API (POST /shipments?inlinePdf=true, DELETE /shipments/{id}). */
class FakeNshift {
  server = http.createServer((req, res) => this.handle(req, res));
  requests: { method: string; url: string; auth: string | undefined; body: unknown }[] = [];
  failNext: number | null = null;
  labelPdf!: Buffer;
  private next = 5666306;
  baseUrl = '';

  async start() {
    const doc = await PDFDocument.create();
    doc.addPage([283, 425]).drawText('NSHIFT LABEL 69563053713SE');
    this.labelPdf = Buffer.from(await doc.save());
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/rs-extapi/v1`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      this.requests.push({ method: req.method!, url: req.url!, auth: req.headers.authorization, body: raw ? JSON.parse(raw) : null });
      const send = (status: number, body?: unknown) => {
        res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
        res.end(body === undefined ? undefined : JSON.stringify(body));
      };
      if (req.headers.authorization !== 'Bearer KEYID0000000001-SECRET000000000000000001') return send(401, { code: 'UNAUTHORIZED', message: 'Invalid token' });
      if (this.failNext) {
        const status = this.failNext;
        this.failNext = null;
        return send(status, [{ message: 'Not valid postal code', messageCode: 'ZipCode', field: 'Address_Zipcode', type: 'error' }]);
      }
      if (req.method === 'POST' && req.url === '/rs-extapi/v1/shipments?inlinePdf=true') {
        const id = String(this.next++);
        return send(201, [
          {
            href: `${this.baseUrl}/shipments/${id}`,
            id,
            shipmentNo: `SN${id}`,
            status: 'PRINTED',
            parcelCount: 1,
            parcels: [{ parcelNo: '69563053713SE', reference: null }],
            pdfs: [{ id: '10234441', pdf: this.labelPdf.toString('base64'), description: 'Label', href: `${this.baseUrl}/shipments/${id}/pdfs/10234441` }],
          },
        ]);
      }
      const del = req.url?.match(/^\/rs-extapi\/v1\/shipments\/(\d+)$/);
      if (req.method === 'DELETE' && del) return send(204);
      return send(404);
    });
  }
}

let h: LogisticsHarness;
const fake = new FakeNshift();
beforeAll(async () => {
  await fake.start();
  h = await logisticsHarness();
});
afterAll(async () => {
  await h.t.close();
  await new Promise((resolve) => fake.server.close(resolve));
});

async function setSettings(logistics: Record<string, unknown>) {
  const tenant = await h.t.c.modules.org.tenants.findActiveById(h.tt.tenant.id);
  await h.t.c.modules.org.tenants.updateSettings(h.t.c.db, tenant!, { logistics });
  h.tt.ctx.tenant = (await h.t.c.modules.org.tenants.findActiveById(h.tt.tenant.id))!;
}
const nshift = (extra: Record<string, unknown> = {}) => ({
  carrier: 'nshift',
  nshift: {
    enabled: true,
    baseUrl: fake.baseUrl,
    apiKeyId: 'KEYID0000000001',
    apiKeySecret: 'SECRET000000000000000001',
    serviceId: 'P19',
    timeoutMs: 5000,
    ...extra,
  },
});

describe('nShift carrier (loopback fake of its shipment API)', () => {
  it('books the shipment, stores its inline PDF, keeps its shipment number; cancel sends DELETE', async () => {
    await setSettings(nshift());
    const deviceIds = await h.devices(2);
    const pkg = await h.pack(deviceIds, { Identifier: 'NS-1' });
    const id = await h.ship([pkg]);
    const res = await h.label(id);
    expect(res.statusCode, res.body).toBe(200);
    const booked = fake.requests.at(-1)!;
    expect(booked.method).toBe('POST');
    expect(booked.body).toMatchObject({
      pdfConfig: { target1Media: 'thermo-190' },
      shipment: {
        sender: { name: 'Test Store', address1: 'Drottninggatan 1', zipcode: '111 22', city: 'Stockholm', country: 'SE' },
        receiver: { name: 'Facility Göteborg', address1: 'Lindholmsallén 10', zipcode: '417 55', city: 'Göteborg', country: 'SE' },
        service: { id: 'P19' },
        orderNo: String(id),
        parcels: [{ copies: 1, weight: 0.5, reference: 'NS-1' }],
      },
    });
    const pdf = await h.t.app.inject({ method: 'GET', url: res.json().DownloadUrl.replace('http://tradein.test', '') });
    expect(pdf.statusCode).toBe(200);
    expect(Buffer.compare(pdf.rawPayload, fake.labelPdf)).toBe(0);
    const shipment = (await h.call('GET', `/api/v2/retail/shipments/${id}`)).json();
    expect(shipment).toMatchObject({ Carrier: 'nshift', TrackingNumber: expect.stringMatching(/^SN\d+$/), Status: 'LabelCreated' });
    const cancel = await h.call('DELETE', `/api/v2/retail/shipments/${id}/label`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(fake.requests.at(-1)).toMatchObject({ method: 'DELETE', url: `/rs-extapi/v1/shipments/${shipment.TrackingNumber.slice(2)}` });
  });

  it('B230009 one package per shipment; I610005 when nShift refuses (nothing changes)', async () => {
    await setSettings(nshift());
    const a = await h.pack(await h.devices(1));
    const b = await h.pack(await h.devices(1));
    const two = await h.ship([a, b]);
    expect(code(await h.label(two), 409)).toBe('B230009');
    const one = await h.ship([await h.pack(await h.devices(1))]);
    fake.failNext = 422;
    const refused = await h.label(one);
    expect(code(refused, 503)).toBe('I610005');
    expect(refused.json().message).toContain('Not valid postal code');
    expect((await h.call('GET', `/api/v2/retail/shipments/${one}`)).json().Status).toBe('Ready');
    await setSettings(nshift({ apiKeySecret: 'WRONG' }));
    expect(code(await h.label(one), 503)).toBe('I610005');
  });

  it('B240007 cancelling an nShift label after nShift was disabled; B230010 an internal package without dimensions', async () => {
    await setSettings(nshift());
    const id = await h.ship([await h.pack(await h.devices(1))]);
    expect((await h.label(id)).statusCode).toBe(200);
    await setSettings({ carrier: 'self-print', nshift: { enabled: false } });
    expect(code(await h.call('DELETE', `/api/v2/retail/shipments/${id}/label`), 422)).toBe('B240007');
    await setSettings(nshift());
    await expect(
      h.t.c.modules.logistics.createMailInLabel(h.tt.ctx, {
        reference: 'UP-1',
        fromAddress: { name: 'Cem Customer', street1: 'Kungsgatan 1', city: 'Uppsala', postCode: '753 21', countryCode: 'SE' },
      }),
    ).rejects.toMatchObject({ code: 'B230010' });
    await setSettings({ carrier: 'self-print' });
  });
});
