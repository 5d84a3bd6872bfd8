import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code, logisticsHarness, type LogisticsHarness } from './helpers.js';
import { createLogisticsModule, type DevicesPort } from '../../src/modules/logistics/index.js';
import { findShippableDevices, tradeInDeviceIds } from '../../src/modules/tradeins/index.js';
import { FsStorage } from '../../src/platform/storage/index.js';

let h: LogisticsHarness;
beforeAll(async () => {
  h = await logisticsHarness();
});
afterAll(() => h.t.close());

const post = (body: Record<string, unknown>) => h.call('POST', '/api/v2/retail/packages', { Name: 'Box', ...body });

/** Moves a device along the lifecycle (as the facility or the store would). */
async function moveTo(id: number, ...steps: Parameters<LogisticsHarness['t']['c']['modules']['tradeins']['transitionDevice']>[2][]) {
  for (const s of steps) expect(await h.t.c.modules.tradeins.transitionDevice(h.tt.ctx, id, s)).toBe(true);
}

describe('CreatePackage rules (seed 003 §12)', () => {
  it('B060007 name, B060009 devices, B060017 duplicates, B060025 dimension, B060016 agent, B060005 location, B060008 device', async () => {
    const [d] = await h.devices(1);
    expect(code(await post({ Name: '  ', TradeInDeviceIds: [d] }), 400)).toBe('B060007');
    expect(code(await post({ TradeInDeviceIds: [] }), 400)).toBe('B060009');
    expect(code(await post({ TradeInDeviceIds: null }), 400)).toBe('B060009');
    expect(code(await post({ TradeInDeviceIds: [d, d] }), 400)).toBe('B060017');
    expect(code(await post({ TradeInDeviceIds: [d], PackageDimensionId: 99999999 }), 400)).toBe('B060025');
    expect(code(await post({ TradeInDeviceIds: [d], AgentId: 'no-such-user' }), 400)).toBe('B060016');
    expect(code(await post({ TradeInDeviceIds: [d], LocationId: 99999999 }), 400)).toBe('B060005');
    expect(code(await post({ TradeInDeviceIds: [99999999] }), 422)).toBe('B060008');
    // Nothing was created by the refused requests: the device is still Registered and packable.
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, d))?.status).toBe('Registered');
    expect(await h.pack([d])).toBeGreaterThan(0);
  });

  it('B060015 cancelled/withheld, B060018 wrong step, B060019 not registered, C060001 already packed, B060006 identifier', async () => {
    const [cancelled, withheld, received, fraud, packed, free] = await h.devices(6);
    await h.t.c.modules.tradeins.cancelDevice(h.tt.ctx, cancelled, 'test');
    await moveTo(withheld, 'Withheld');
    await moveTo(received, 'Received');
    await moveTo(fraud, 'Fraud');
    expect(code(await post({ TradeInDeviceIds: [cancelled] }), 409)).toBe('B060015');
    expect(code(await post({ TradeInDeviceIds: [withheld] }), 409)).toBe('B060015');
    expect(code(await post({ TradeInDeviceIds: [received] }), 409)).toBe('B060018');
    expect(code(await post({ TradeInDeviceIds: [fraud] }), 409)).toBe('B060019');
    await h.pack([packed], { Identifier: 'UNIQUE-ID-1' });
    const again = await post({ TradeInDeviceIds: [packed] });
    expect(code(again, 409)).toBe('C060001');
    expect(code(await post({ TradeInDeviceIds: [free], Identifier: 'unique-id-1' }), 409)).toBe('B060006');
  });

  it('B060021 mixed flow types, B060020 mixed destinations (routing rule), B060023/B060024 on AddItems', async () => {
    const [tradein, toReturn] = await h.devices(2);
    await moveTo(toReturn, 'Received', 'ReturnRequested');
    expect(code(await post({ TradeInDeviceIds: [tradein, toReturn] }), 409)).toBe('B060021');

    // A second store whose devices a routing rule sends to another facility.
    const { org, tradeins } = h.t.c.modules;
    const north = await org.locations.create(h.tt.ctx, { name: 'Store North', kind: 'store', address: { city: 'Luleå', countryCode: 'SE' } });
    const north2 = await org.locations.create(h.tt.ctx, {
      name: 'Facility North',
      kind: 'facility',
      address: { street1: 'Storgatan 1', city: 'Luleå', postCode: '972 31', countryCode: 'SE' },
    });
    await h.t.c.modules.logistics.addRoute(h.tt.ctx, { fromLocationId: north.id, facilityLocationId: north2.id, priority: 1 });
    const q = h.quote();
    const reg = await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }], LocationId: north.id });
    const northDevice = reg.json().TradeInDevices[0].TradeInDeviceId as number;
    expect(code(await post({ TradeInDeviceIds: [tradein, northDevice] }), 409)).toBe('B060020');

    const pkg = await h.pack([tradein]);
    expect(code(await h.call('POST', `/api/v2/retail/packages/${pkg}/items`, { TradeInDeviceIds: [toReturn] }), 409)).toBe('B060023');
    expect(code(await h.call('POST', `/api/v2/retail/packages/${pkg}/items`, { TradeInDeviceIds: [northDevice] }), 409)).toBe('B060024');
    // The north device goes to its own facility.
    const northPkg = await h.pack([northDevice]);
    expect((await h.call('GET', `/api/v2/retail/packages/${northPkg}`)).json().DestinationLocationId).toBe(north2.id);
    // A return package (facility → customer) is possible for ReturnRequested devices; the device stays ReturnRequested.
    const ret = await h.pack([toReturn]);
    expect((await h.call('GET', `/api/v2/retail/packages/${ret}`)).json()).toMatchObject({ FlowType: 'return', DestinationLocationId: null });
    expect((await tradeins.getDevice(h.tt.ctx, toReturn))?.status).toBe('ReturnRequested');
  });

  it('AddItems: B060013 no id, N060009 unknown, B060011 already in it, B060012 unknown device; remove; details; N060001', async () => {
    const [a, b] = await h.devices(2);
    const pkg = await h.pack([a]);
    expect(code(await h.call('POST', '/api/v2/retail/packages/0/items', { TradeInDeviceIds: [b] }), 400)).toBe('B060013');
    expect(code(await h.call('POST', '/api/v2/retail/packages/99999999/items', { TradeInDeviceIds: [b] }), 404)).toBe('N060009');
    expect(code(await h.call('POST', `/api/v2/retail/packages/${pkg}/items`, { TradeInDeviceIds: [a] }), 409)).toBe('B060011');
    expect(code(await h.call('POST', `/api/v2/retail/packages/${pkg}/items`, { TradeInDeviceIds: [99999999] }), 422)).toBe('B060012');
    const added = await h.call('POST', `/api/v2/retail/packages/${pkg}/items`, { TradeInDeviceIds: [b] });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().TradeInDeviceIds).toEqual([a, b]);
    const removed = await h.call('DELETE', `/api/v2/retail/packages/${pkg}/items/${b}`);
    expect(removed.json().TradeInDeviceIds).toEqual([a]);
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, b))?.status).toBe('Registered');
    expect(code(await h.call('GET', '/api/v2/retail/packages/99999999'), 404)).toBe('N060001');
    expect(code(await h.call('DELETE', '/api/v2/retail/packages/99999999'), 404)).toBe('N060001');
    const list = await h.call('GET', '/api/v2/retail/packages?Status=Open&PageSize=500');
    expect(list.json().Items.map((p: { Id: number }) => p.Id)).toContain(pkg);
  });

  it('CancelPackage frees the devices; B060010 twice; B060014 adding to it; B060001 while in a shipment', async () => {
    const [a, b, c] = await h.devices(3);
    const pkg = await h.pack([a]);
    const cancelled = await h.call('DELETE', `/api/v2/retail/packages/${pkg}`);
    expect(cancelled.json().Status).toBe('Cancelled');
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, a))?.status).toBe('Registered');
    expect(code(await h.call('DELETE', `/api/v2/retail/packages/${pkg}`), 409)).toBe('B060010');
    expect(code(await h.call('POST', `/api/v2/retail/packages/${pkg}/items`, { TradeInDeviceIds: [b] }), 409)).toBe('B060014');
    const shipped = await h.pack([b]);
    await h.ship([shipped]);
    expect(code(await h.call('DELETE', `/api/v2/retail/packages/${shipped}`), 409)).toBe('B060001');
    expect(code(await h.call('POST', `/api/v2/retail/packages/${shipped}/items`, { TradeInDeviceIds: [c] }), 409)).toBe('B060001');
    // A device freed by the cancel can be packed again.
    expect(await h.pack([a])).toBeGreaterThan(pkg);
  });

  it('S060001 when a device changes status between the checks and the move (nothing is stored)', async () => {
    const [d] = await h.devices(1);
    const devices: DevicesPort = { findShippableDevices, tradeInDeviceIds, transitionDevices: async () => [] };
    const m = createLogisticsModule({ devices, org: h.t.c.modules.org, storage: new FsStorage(h.t.dataDir), secret: 's', publicUrl: 'http://x' });
    await expect(m.createPackage(h.tt.ctx, { name: 'Box', tradeInDeviceIds: [d] })).rejects.toMatchObject({ code: 'S060001' });
    expect(await h.pack([d])).toBeGreaterThan(0);
  });
  // Last: a second harness on the same app connects its own fake pricing to the trade-ins module.
  it('B060026 while the tenant hold period after registration runs', async () => {
    const held = await logisticsHarness({ t: h.t, settings: { logistics: { holdHoursAfterRegistration: 24 } } });
    const [d] = await held.devices(1);
    expect(code(await held.call('POST', '/api/v2/retail/packages', { Name: 'Box', TradeInDeviceIds: [d] }), 409)).toBe('B060026');
  });
});
