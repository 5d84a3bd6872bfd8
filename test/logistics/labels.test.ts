import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { CliRuntime } from '../../src/cli/runtime.js';
import { login } from '../helpers/factories.js';
import { code, logisticsHarness, STORE_ADDRESS, type LogisticsHarness } from './helpers.js';
import { decodeBarcodes, readLabel } from './label-helpers.js';

let h: LogisticsHarness;
beforeAll(async () => {
  h = await logisticsHarness();
});
afterAll(() => h.t.close());

const relative = (url: string) => url.replace('http://tradein.test', '');
const statuses = async (id: number) => (await h.call('GET', `/api/v2/retail/shipments/${id}/status-history`)).json().map((e: { Status: string }) => e.Status);
const deviceStatus = async (id: number) => (await h.t.c.modules.tradeins.getDevice(h.tt.ctx, id))?.status;

async function setSettings(logistics: Record<string, unknown>) {
  const tenant = await h.t.c.modules.org.tenants.findActiveById(h.tt.tenant.id);
  await h.t.c.modules.org.tenants.updateSettings(h.t.c.db, tenant!, { logistics });
  h.tt.ctx.tenant = (await h.t.c.modules.org.tenants.findActiveById(h.tt.tenant.id))!;
}

async function readyShipment(devices = 1): Promise<{ id: number; packageId: number; deviceIds: number[] }> {
  const deviceIds = await h.devices(devices);
  const packageId = await h.pack(deviceIds);
  return { id: await h.ship([packageId]), packageId, deviceIds };
}

describe('CreateShipmentLabel rules (seed 003 §12)', () => {
  it('N230001, N230012, B230003, B230013–B230016, B230004, B230008', async () => {
    const s = await readyShipment();
    expect(code(await h.label(99999999), 404)).toBe('N230001');
    expect(code(await h.label(s.id, { LocationId: 99999999 }), 404)).toBe('N230012');
    const other = await h.t.c.modules.org.locations.create(h.tt.ctx, { name: 'Other store', kind: 'store', address: {} });
    expect(code(await h.label(s.id, { LocationId: other.id }), 409)).toBe('B230003');
    const without = (field: string) => ({ LocationAddress: { ...STORE_ADDRESS, [field]: null } });
    expect(code(await h.label(s.id, without('CountryCode')), 400)).toBe('B230013');
    expect(code(await h.label(s.id, without('City')), 400)).toBe('B230014');
    expect(code(await h.label(s.id, without('PostCode')), 400)).toBe('B230015');
    expect(code(await h.label(s.id, without('Street1')), 400)).toBe('B230016');
    expect(code(await h.label(s.id, { LocationAddress: null }), 400)).toBe('B230013');
    expect((await h.label(s.id)).statusCode).toBe(200);
    expect(code(await h.label(s.id), 409)).toBe('B230008');
    const c = await readyShipment();
    await h.call('DELETE', `/api/v2/retail/shipments/${c.id}`);
    expect(code(await h.label(c.id), 409)).toBe('B230004');
  });

  it('B230011 when the tenant chose nShift without enabling it; nothing changes', async () => {
    const s = await readyShipment();
    await setSettings({ carrier: 'nshift' });
    try {
      expect(code(await h.label(s.id), 422)).toBe('B230011');
    } finally {
      await setSettings({ carrier: 'self-print' });
    }
    expect((await h.call('GET', `/api/v2/retail/shipments/${s.id}`)).json().Status).toBe('Ready');
  });

  it('prints one page per package in 4 × 6 in when the tenant says so', async () => {
    await setSettings({ labelFormat: '4x6' });
    try {
      const a = await h.pack(await h.devices(1), { Identifier: 'BOX-A' });
      const b = await h.pack(await h.devices(2), { Identifier: 'BOX-B' });
      const id = await h.ship([a, b]);
      const res = await h.label(id);
      expect(res.statusCode, res.body).toBe(200);
      const pdf = await h.t.app.inject({ method: 'GET', url: relative(res.json().DownloadUrl) });
      const pages = await readLabel(pdf.rawPayload);
      expect(pages.map((p) => [Math.round(p.width), Math.round(p.height)])).toEqual([
        [288, 432],
        [288, 432],
      ]);
      expect(pages[0].text).toContain('Piece: 1/2');
      expect(pages[1].text).toContain('Piece: 2/2');
      expect(pages[1].text).toContain('Devices: 2');
      const codes = await Promise.all(
        pages.map(async (p) => (await Promise.all(p.images.map(decodeBarcodes))).flat().find((d) => d.format === 'Code128')?.text),
      );
      expect(codes).toEqual(['BOX-A', 'BOX-B']);
    } finally {
      await setSettings({ labelFormat: 'A6' });
    }
  });

  it('localizes captions and prints non-Latin text with the embedded font', async () => {
    const deviceIds = await h.devices(1);
    const pkg = await h.pack(deviceIds, { Identifier: 'TR-1' });
    const id = await h.ship([pkg]);
    const res = await h.t.app.inject({
      method: 'POST',
      url: `/api/v2/retail/shipments/${id}/label`,
      headers: { ...h.headers, 'accept-language': 'tr' },
      payload: { LocationAddress: { ...STORE_ADDRESS, Street1: 'İstiklal Caddesi 5', City: 'İstanbul', CountryCode: 'TR' } },
    });
    expect(res.statusCode, res.body).toBe(200);
    const pages = await readLabel((await h.t.app.inject({ method: 'GET', url: relative(res.json().DownloadUrl) })).rawPayload);
    expect(pages[0].text).toContain('İstiklal Caddesi 5');
    expect(pages[0].text).toContain('Gönderi');
  });
});

describe('cancel label, re-label, download (seed 003 §12)', () => {
  it('N240001, B240006 without a label; cancel → Ready and devices Packed; the old link dies; re-label works', async () => {
    const s = await readyShipment(2);
    expect(code(await h.call('DELETE', '/api/v2/retail/shipments/99999999/label'), 404)).toBe('N240001');
    expect(code(await h.call('DELETE', `/api/v2/retail/shipments/${s.id}/label`), 409)).toBe('B240006');
    expect(code(await h.call('GET', `/api/v2/retail/shipments/${s.id}/label`), 404)).toBe('N250006');
    const first = (await h.label(s.id)).json().DownloadUrl;
    expect(await deviceStatus(s.deviceIds[0])).toBe('Shipped');
    const cancelled = await h.call('DELETE', `/api/v2/retail/shipments/${s.id}/label`);
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ Status: 'Ready', HasLabel: false, Carrier: null });
    expect(await deviceStatus(s.deviceIds[0])).toBe('Packed');
    expect((await h.call('GET', `/api/v2/retail/packages/${s.packageId}`)).json().Status).toBe('Packed');
    expect(code(await h.t.app.inject({ method: 'GET', url: relative(first) }), 404)).toBe('N250006');
    const second = await h.label(s.id);
    expect(second.statusCode, second.body).toBe(200);
    expect((await h.t.app.inject({ method: 'GET', url: relative(second.json().DownloadUrl) })).statusCode).toBe(200);
    expect(await statuses(s.id)).toEqual(['Ready', 'LabelCreated', 'LabelCancelled', 'LabelCreated']);
    expect(await deviceStatus(s.deviceIds[1])).toBe('Shipped');
    const history = await h.t.c.modules.tradeins.deviceHistory(h.tt.ctx, s.deviceIds[1]);
    expect(history.map((e) => e.toStatus)).toEqual(['Registered', 'Packed', 'Shipped', 'Packed', 'Shipped']);
  });

  it('DownloadShipmentLabel: the PDF; N250001, B250003, B250004; B240003 on a cancelled one', async () => {
    const s = await readyShipment();
    await h.label(s.id);
    const pdf = await h.call('GET', `/api/v2/retail/shipments/${s.id}/label`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(code(await h.call('GET', '/api/v2/retail/shipments/99999999/label'), 404)).toBe('N250001');
    const other = await h.t.c.modules.org.locations.create(h.tt.ctx, { name: 'Elsewhere', kind: 'store', address: {} });
    expect(code(await h.call('GET', `/api/v2/retail/shipments/${s.id}/label?LocationId=${other.id}`), 409)).toBe('B250003');
    await h.call('DELETE', `/api/v2/retail/shipments/${s.id}/label`);
    await h.call('DELETE', `/api/v2/retail/shipments/${s.id}`);
    expect(code(await h.call('GET', `/api/v2/retail/shipments/${s.id}/label`), 409)).toBe('B250004');
    expect(code(await h.call('DELETE', `/api/v2/retail/shipments/${s.id}/label`), 409)).toBe('B240003');
    expect(code(await h.call('GET', '/api/v2/retail/shipments/99999999/status-history'), 404)).toBe('N260001');
  });
});

describe('tracking: admin, CLI and signed carrier events', () => {
  it('admin InTransit (then B240004 on label cancel), CLI Delivered: packages delivered, devices ready for receiving, shipment.delivered published', async () => {
    const s = await readyShipment(2);
    await h.label(s.id);
    const session = await login(h.t, h.tt.tenant.slug, h.tt.admin.email, h.tt.adminPassword);
    const url = `/api/${h.tt.tenant.slug}/admin/shipments/${s.id}/events`;
    const handed = await h.t.app.inject({ method: 'POST', url, headers: session.headers, payload: { status: 'InTransit', note: 'picked up by courier' } });
    expect(handed.statusCode, handed.body).toBe(200);
    expect(handed.json()).toEqual({ id: s.id, status: 'InTransit' });
    expect(code(await h.call('DELETE', `/api/v2/retail/shipments/${s.id}/label`), 409)).toBe('B240004');

    const lines: string[] = [];
    const rt: CliRuntime = {
      config: () => h.t.config,
      withContainer: (fn) => fn(h.t.c),
      withTenant: async (slug, fn) => fn(await h.t.c.tenantCtx(slug), h.t.c),
      out: (l) => lines.push(l),
    };
    await buildProgram(rt).parseAsync(['node', 'tradein', 'shipment', 'event', String(s.id), 'Delivered', '--tenant', h.tt.tenant.slug]);
    expect(lines.pop()).toBe(`shipment ${s.id}: Delivered`);
    await expect(
      buildProgram(rt).parseAsync(['node', 'tradein', 'shipment', 'event', String(s.id), 'InTransit', '--tenant', h.tt.tenant.slug]),
    ).rejects.toMatchObject({ code: 'B610004' });

    const history = (await h.call('GET', `/api/v2/retail/shipments/${s.id}/status-history`)).json();
    expect(history.map((e: { Status: string; Source: string }) => [e.Status, e.Source])).toEqual([
      ['Ready', 'logistics'],
      ['LabelCreated', 'logistics'],
      ['InTransit', 'admin'],
      ['Delivered', 'cli'],
    ]);
    expect(history[2].Note).toBe('picked up by courier');
    expect((await h.call('GET', `/api/v2/retail/packages/${s.packageId}`)).json()).toMatchObject({
      Status: 'Delivered',
      ShipmentId: s.id,
      TradeInDeviceIds: s.deviceIds,
    });
    expect((await h.call('GET', `/api/v2/retail/shipments/${s.id}`)).json()).toMatchObject({ Status: 'Delivered', PackagesIds: [s.packageId] });
    for (const d of s.deviceIds) expect(await deviceStatus(d)).toBe('Shipped');
    const events = await h.t.c.db.query<{ payload: { type: string; data: { deviceIds?: number[]; shipmentId: number } } }>(
      `SELECT payload FROM outbox_messages WHERE tenant_id = $1 AND payload->>'type' LIKE 'shipment.%' AND (payload->'data'->>'shipmentId')::int = $2 ORDER BY id`,
      [h.tt.tenant.id, s.id],
    );
    expect(events.map((e) => e.payload.type)).toEqual(['shipment.created', 'shipment.label_created', 'shipment.in_transit', 'shipment.delivered']);
    expect(events[3].payload.data.deviceIds).toEqual(s.deviceIds);

    // The facility scans the package: its devices, with identifiers and statuses.
    const pkg = (await h.call('GET', `/api/v2/retail/packages/${s.packageId}`)).json();
    const found = await h.t.c.modules.logistics.findPackageByIdentifier(h.tt.ctx, pkg.Identifier.toLowerCase());
    expect(found).toMatchObject({ id: s.packageId, status: 'Delivered', shipmentId: s.id });
    expect(found!.devices.map((d) => [d.tradeInDeviceId, d.status])).toEqual(s.deviceIds.map((id) => [id, 'Shipped']));
    expect(await h.t.c.modules.logistics.findPackageByIdentifier(h.tt.ctx, 'NO-SUCH-PACKAGE')).toBeNull();
  });

  it('signed carrier events: U610002 bad signature, U610003 stale, recorded once (replay-safe)', async () => {
    const secret = 'carrier-secret-0123456789';
    await setSettings({ carrierWebhookSecret: secret });
    const s = await readyShipment();
    await h.label(s.id);
    const send = (body: object, opts: { ts?: number; sig?: string } = {}) => {
      const raw = JSON.stringify(body);
      const ts = String(opts.ts ?? Math.floor(h.t.clock.now().getTime() / 1000));
      const sig = opts.sig ?? `sha256=${crypto.createHmac('sha256', secret).update(`${ts}.${raw}`).digest('hex')}`;
      return h.t.app.inject({
        method: 'POST',
        url: `/api/v2/carriers/${h.tt.tenant.slug}/events`,
        headers: { 'content-type': 'application/json', 'x-tradein-timestamp': ts, 'x-tradein-signature': sig },
        payload: raw,
      });
    };
    const body = { EventId: 'evt-1', ShipmentId: s.id, Status: 'InTransit', OccurredAt: '2026-06-01T09:30:00Z', Note: 'scanned at terminal' };
    expect(code(await send(body, { sig: 'sha256=00' }), 401)).toBe('U610002');
    expect(code(await send(body, { ts: Math.floor(h.t.clock.now().getTime() / 1000) - 3600 }), 401)).toBe('U610003');
    const ok = await send(body);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ Recorded: true, ShipmentId: s.id, Status: 'InTransit' });
    const replay = await send(body);
    expect(replay.json()).toEqual({ Recorded: false, ShipmentId: s.id, Status: 'InTransit' });
    const history = (await h.call('GET', `/api/v2/retail/shipments/${s.id}/status-history`)).json();
    expect(history.filter((e: { Source: string }) => e.Source === 'carrier')).toEqual([
      { Status: 'InTransit', Date: '2026-06-01T09:30:00.000Z', Source: 'carrier', Note: 'scanned at terminal' },
    ]);
    const delivered = await send({ EventId: 'evt-2', ShipmentId: s.id, Status: 'Delivered' });
    expect(delivered.json().Status).toBe('Delivered');
  });
});
