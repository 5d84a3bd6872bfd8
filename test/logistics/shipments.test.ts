import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code, logisticsHarness, STORE_ADDRESS, type LogisticsHarness } from './helpers.js';

let h: LogisticsHarness;
beforeAll(async () => {
  h = await logisticsHarness();
});
afterAll(() => h.t.close());

const post = (body: Record<string, unknown>) => h.call('POST', '/api/v2/retail/shipments', { Name: 'Pickup', ...body });

async function returnPackage(): Promise<number> {
  const [d] = await h.devices(1);
  for (const s of ['Received', 'ReturnRequested'] as const) await h.t.c.modules.tradeins.transitionDevice(h.tt.ctx, d, s);
  return h.pack([d]);
}

describe('CreateShipment / UpdateShipment / AddPackages / CancelShipment rules (seed 003 §12)', () => {
  it('B080002 name, B080003 packages, B080007 duplicates, N080004 agent, N080003 location, N080002 package', async () => {
    const pkg = await h.pack(await h.devices(1));
    expect(code(await post({ Name: '', PackagesIds: [pkg] }), 400)).toBe('B080002');
    expect(code(await post({ PackagesIds: [] }), 400)).toBe('B080003');
    expect(code(await post({ PackagesIds: [pkg, pkg] }), 400)).toBe('B080007');
    expect(code(await post({ PackagesIds: [pkg], AgentId: 'ghost' }), 404)).toBe('N080004');
    expect(code(await post({ PackagesIds: [pkg], LocationId: 99999999 }), 404)).toBe('N080003');
    expect(code(await post({ PackagesIds: [99999999] }), 404)).toBe('N080002');
    const id = await h.ship([pkg], { LocationId: h.tt.location.id });
    expect((await h.call('GET', `/api/v2/retail/packages/${pkg}`)).json()).toMatchObject({ Status: 'Packed', ShipmentId: id });
  });

  it('B080001 in another shipment, B080008 wrong step, B080013 empty, B080010 flows, B080009 destinations, B610011 locations', async () => {
    const [a, b] = await h.devices(2);
    const p1 = await h.pack([a]);
    await h.ship([p1]);
    expect(code(await post({ PackagesIds: [p1] }), 409)).toBe('B080001');
    const cancelled = await h.pack([b]);
    await h.call('DELETE', `/api/v2/retail/packages/${cancelled}`);
    expect(code(await post({ PackagesIds: [cancelled] }), 409)).toBe('B080008');
    const empty = await h.pack([b]);
    await h.call('DELETE', `/api/v2/retail/packages/${empty}/items/${b}`);
    expect(code(await post({ PackagesIds: [empty] }), 409)).toBe('B080013');
    const [c] = await h.devices(1);
    const tradein = await h.pack([c]);
    const ret = await returnPackage();
    expect(code(await post({ PackagesIds: [tradein, ret] }), 409)).toBe('B080010');

    const { org, logistics } = h.t.c.modules;
    const other = await org.locations.create(h.tt.ctx, { name: 'Store West', kind: 'store', address: {} });
    const west = await org.locations.create(h.tt.ctx, {
      name: 'Warehouse West',
      kind: 'warehouse',
      address: { street1: 'Hamngatan 2', city: 'Borås', postCode: '503 30', countryCode: 'SE' },
    });
    await logistics.addRoute(h.tt.ctx, { fromLocationId: other.id, facilityLocationId: west.id });
    const q = h.quote();
    const reg = await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }], LocationId: other.id });
    const westDevice = reg.json().TradeInDevices[0].TradeInDeviceId;
    const westPkg = await h.pack([westDevice], { LocationId: other.id });
    expect(code(await post({ PackagesIds: [tradein, westPkg] }), 409)).toBe('B080009');
    const [e] = await h.devices(1);
    const otherStorePkg = await h.pack([e], { LocationId: other.id });
    expect(code(await post({ PackagesIds: [tradein, otherStorePkg] }), 409)).toBe('B610011');
  });

  it('UpdateShipment (B080006, N080001, B080004), AddPackages (B080011, B080012, B080014), CancelShipment (B080005), list', async () => {
    const [a, b, c] = await h.devices(3);
    const id = await h.ship([await h.pack([a])]);
    expect(code(await h.call('GET', '/api/v2/retail/shipments/0'), 400)).toBe('B080006');
    expect(code(await h.call('GET', '/api/v2/retail/shipments/99999999'), 404)).toBe('N080001');
    expect(code(await h.call('PUT', '/api/v2/retail/shipments/99999999', { Name: 'x' }), 404)).toBe('N080001');
    expect(code(await h.call('PUT', `/api/v2/retail/shipments/${id}`, { Name: ' ' }), 400)).toBe('B080004');
    const renamed = await h.call('PUT', `/api/v2/retail/shipments/${id}`, { Name: 'Friday pickup', AgentRef: 'A-1' });
    expect(renamed.json()).toMatchObject({ Name: 'Friday pickup', AgentRef: 'A-1' });

    expect(code(await h.call('POST', `/api/v2/retail/shipments/${id}/packages`, { PackagesIds: [await returnPackage()] }), 409)).toBe('B080011');
    const facility2 = await h.t.c.modules.org.locations.create(h.tt.ctx, {
      name: 'Facility 2',
      kind: 'facility',
      address: { street1: 'x 1', city: 'Malmö', postCode: '211 20', countryCode: 'SE' },
    });
    const store2 = await h.t.c.modules.org.locations.create(h.tt.ctx, { name: 'Store 2', kind: 'store', address: {} });
    await h.t.c.modules.logistics.addRoute(h.tt.ctx, { fromLocationId: store2.id, facilityLocationId: facility2.id });
    const q = h.quote();
    const dev = (await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }], LocationId: store2.id })).json().TradeInDevices[0]
      .TradeInDeviceId;
    expect(code(await h.call('POST', `/api/v2/retail/shipments/${id}/packages`, { PackagesIds: [await h.pack([dev])] }), 409)).toBe('B080012');
    const added = await h.call('POST', `/api/v2/retail/shipments/${id}/packages`, { PackagesIds: [await h.pack([b])] });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().PackagesIds).toHaveLength(2);

    expect((await h.label(id)).statusCode).toBe(200);
    expect(code(await h.call('POST', `/api/v2/retail/shipments/${id}/packages`, { PackagesIds: [await h.pack([c])] }), 409)).toBe('B080014');
    expect(code(await h.call('DELETE', `/api/v2/retail/shipments/${id}`), 409)).toBe('B080005');

    const list = await h.call('GET', '/api/v2/retail/shipments?Status=LabelCreated');
    expect(list.json().Items.map((s: { Id: number }) => s.Id)).toContain(id);
  });

  it('CancelShipment frees its packages (Open again, devices still Packed) so they can ship again', async () => {
    const [a] = await h.devices(1);
    const pkg = await h.pack([a]);
    const id = await h.ship([pkg]);
    const res = await h.call('DELETE', `/api/v2/retail/shipments/${id}`);
    expect(res.json()).toMatchObject({ Status: 'Cancelled', PackagesIds: [] });
    expect((await h.call('GET', `/api/v2/retail/packages/${pkg}`)).json()).toMatchObject({ Status: 'Open', ShipmentId: null });
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, a))?.status).toBe('Packed');
    expect(code(await h.call('DELETE', `/api/v2/retail/shipments/${id}`), 409)).toBe('B080005');
    const again = await h.ship([pkg]);
    expect(again).toBeGreaterThan(id);
    const history = (await h.call('GET', `/api/v2/retail/shipments/${id}/status-history`)).json();
    expect(history.map((e: { Status: string }) => e.Status)).toEqual(['Ready', 'Cancelled']);
  });

  it('CreateShipmentByTradeIn: N270001, B270002 without a default box, then one package and one Ready shipment', async () => {
    expect(code(await h.call('POST', '/api/v2/retail/tradeins/99999999/shipment'), 404)).toBe('N270001');
    const q = h.quote();
    const q2 = h.quote();
    const t = (
      await h.register({
        TradeInDevices: [
          { PriceQuoteId: q.id, DeviceIdentifier: q.identifier },
          { PriceQuoteId: q2.id, DeviceIdentifier: q2.identifier },
        ],
      })
    ).json();
    expect(code(await h.call('POST', `/api/v2/retail/tradeins/${t.Id}/shipment`), 422)).toBe('B270002');
    await h.t.c.modules.logistics.addDimension(h.tt.ctx, { name: 'Small box', lengthMm: 250, widthMm: 180, heightMm: 80, tareWeightG: 120, isDefault: true });
    const res = await h.call('POST', `/api/v2/retail/tradeins/${t.Id}/shipment`);
    expect(res.statusCode, res.body).toBe(200);
    const shipment = (await h.call('GET', `/api/v2/retail/shipments/${res.json()}`)).json();
    expect(shipment).toMatchObject({ Status: 'Ready', PackagesIds: [expect.any(Number)] });
    const pkg = (await h.call('GET', `/api/v2/retail/packages/${shipment.PackagesIds[0]}`)).json();
    expect(pkg.TradeInDeviceIds).toEqual(t.TradeInDevices.map((d: { TradeInDeviceId: number }) => d.TradeInDeviceId));
    expect(pkg.PackageDimensionId).not.toBeNull();
    expect(pkg.Identifier).toBe(`PKG-${pkg.Id}`);
    const label = await h.label(shipment.Id, { LocationAddress: STORE_ADDRESS });
    expect(label.statusCode, label.body).toBe(200);
  });
});
