import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { code, logisticsHarness, type LogisticsHarness } from './helpers.js';
import { readLabel } from './label-helpers.js';

let h: LogisticsHarness;
beforeAll(async () => {
  h = await logisticsHarness();
});
afterAll(() => h.t.close());

const CUSTOMER = { name: 'Cem Customer', street1: 'Kungsgatan 1', city: 'Uppsala', postCode: '753 21', countryCode: 'SE', phone: '+46 70 000 00 00' };

describe('ports for the facility and the Upgrade portal', () => {
  it('createReturnShipment: ReturnRequested devices to the customer with a label; delivered → Returned; B610008, B610009', async () => {
    const { logistics, tradeins } = h.t.c.modules;
    const [d, registered] = await h.devices(2);
    for (const s of ['Received', 'ReturnRequested'] as const) await tradeins.transitionDevice(h.tt.ctx, d, s);
    await expect(logistics.createReturnShipment(h.tt.ctx, { deviceIds: [registered], toAddress: CUSTOMER })).rejects.toMatchObject({ code: 'B610008' });
    await expect(logistics.createReturnShipment(h.tt.ctx, { deviceIds: [d], toAddress: { ...CUSTOMER, postCode: '' } })).rejects.toMatchObject({
      code: 'B610009',
    });
    const { shipmentId, labelUrl } = await logistics.createReturnShipment(h.tt.ctx, { deviceIds: [d], toAddress: CUSTOMER });
    const pages = await readLabel((await h.t.app.inject({ method: 'GET', url: labelUrl.replace('http://tradein.test', '') })).rawPayload);
    expect(pages[0].text).toContain('Facility Göteborg');
    expect(pages[0].text).toContain('Cem Customer');
    const shipment = (await h.call('GET', `/api/v2/retail/shipments/${shipmentId}`)).json();
    expect(shipment).toMatchObject({ FlowType: 'return', Status: 'LabelCreated' });
    // System packages are not changed through the retail API.
    expect(code(await h.call('POST', `/api/v2/retail/packages/${shipment.PackagesIds[0]}/items`, { TradeInDeviceIds: [registered] }), 409)).toBe('B060022');
    await logistics.recordShipmentEvent(h.tt.ctx, shipmentId, 'Delivered', { source: 'facility', note: null });
    expect((await tradeins.getDevice(h.tt.ctx, d))?.status).toBe('Returned');
  });

  it('createMailInLabel: a prepaid label from the customer to the facility; B060022 on its package', async () => {
    const { logistics } = h.t.c.modules;
    const [d] = await h.devices(1);
    const { shipmentId, labelUrl } = await logistics.createMailInLabel(h.tt.ctx, { deviceIds: [d], reference: 'SUB-42', fromAddress: CUSTOMER });
    const pages = await readLabel((await h.t.app.inject({ method: 'GET', url: labelUrl.replace('http://tradein.test', '') })).rawPayload);
    expect(pages[0].text).toContain('Cem Customer');
    expect(pages[0].text).toContain('Lindholmsallén 10');
    const shipment = (await h.call('GET', `/api/v2/retail/shipments/${shipmentId}`)).json();
    expect(shipment).toMatchObject({ FlowType: 'mailin', DestinationLocationId: h.facilityId });
    const pkg = (await h.call('GET', `/api/v2/retail/packages/${shipment.PackagesIds[0]}`)).json();
    expect(pkg.Identifier).toBe(`MAIL-${pkg.Id}`);
    const found = await logistics.findPackageByIdentifier(h.tt.ctx, pkg.Identifier);
    expect(found?.devices.map((x) => x.tradeInDeviceId)).toEqual([d]);
    // A mail-in package is internal: cancel its label (it is in a shipment) then try to add items.
    await h.call('DELETE', `/api/v2/retail/shipments/${shipmentId}/label`);
    await h.call('DELETE', `/api/v2/retail/shipments/${shipmentId}`);
    const [e] = await h.devices(1);
    expect(code(await h.call('POST', `/api/v2/retail/packages/${pkg.Id}/items`, { TradeInDeviceIds: [e] }), 409)).toBe('B060022');
  });
});
