import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { logisticsHarness, type LogisticsHarness } from './helpers.js';

let h: LogisticsHarness;
beforeAll(async () => {
  h = await logisticsHarness();
});
afterAll(() => h.t.close());

const outcome = (r: LightMyRequestResponse) => (r.statusCode === 200 ? 'ok' : r.json().code);

describe('races: the database keeps one winner', () => {
  it('two packages for one device: one is created, the other gets C060001; the device is in one live package', async () => {
    for (let i = 0; i < 10; i++) {
      const [d] = await h.devices(1);
      const results = await Promise.all([0, 1].map(() => h.call('POST', '/api/v2/retail/packages', { Name: 'Box', TradeInDeviceIds: [d] })));
      expect(results.map(outcome).sort(), results.map((r) => r.body).join('\n')).toEqual(['C060001', 'ok']);
      const live = await h.t.c.db.query('SELECT package_id FROM package_items WHERE tenant_id = $1 AND device_id = $2 AND live', [h.tt.tenant.id, d]);
      expect(live).toHaveLength(1);
    }
  });

  it('two shipments for one package: one is created, the other gets B080001', async () => {
    for (let i = 0; i < 10; i++) {
      const pkg = await h.pack(await h.devices(1));
      const results = await Promise.all([0, 1].map(() => h.call('POST', '/api/v2/retail/shipments', { Name: 'Pickup', PackagesIds: [pkg] })));
      expect(results.map(outcome).sort(), results.map((r) => r.body).join('\n')).toEqual(['B080001', 'ok']);
      const live = await h.t.c.db.query('SELECT shipment_id FROM shipment_packages WHERE tenant_id = $1 AND package_id = $2 AND live', [h.tt.tenant.id, pkg]);
      expect(live).toHaveLength(1);
    }
  });

  it('two labels for one shipment: one is printed, the other gets B230008 and leaves no label behind', async () => {
    for (let i = 0; i < 5; i++) {
      const id = await h.ship([await h.pack(await h.devices(1))]);
      const results = await Promise.all([0, 1].map(() => h.label(id)));
      expect(results.map(outcome).sort(), results.map((r) => r.body).join('\n')).toEqual(['B230008', 'ok']);
      expect(
        (await h.call('GET', `/api/v2/retail/shipments/${id}/status-history`)).json().filter((e: { Status: string }) => e.Status === 'LabelCreated'),
      ).toHaveLength(1);
    }
  });
});
