import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { harness, type Harness } from '../tradeins/helpers.js';
import type { TestApp } from '../helpers/test-app.js';

export interface LogisticsHarness extends Harness {
  facilityId: number;
  call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  /** Registers a trade-in with `n` devices and returns their TradeInDeviceIds. */
  devices(n?: number): Promise<number[]>;
  /** A package of the devices (answers its id). */
  pack(deviceIds: number[], extra?: Record<string, unknown>): Promise<number>;
  ship(packageIds: number[], extra?: Record<string, unknown>): Promise<number>;
  label(shipmentId: number, extra?: Record<string, unknown>): Promise<LightMyRequestResponse>;
}

export const STORE_ADDRESS = {
  CountryCode: 'SE',
  City: 'Stockholm',
  PostCode: '111 22',
  Street1: 'Drottninggatan 1',
  Street2: 'Butik 3',
  PhoneNumber: '+46 8 123 45 67',
};

/** A tenant with a store (the API key's), a facility with an address, and fake quoting. */
export async function logisticsHarness(options: { settings?: Record<string, unknown>; t?: TestApp } = {}): Promise<LogisticsHarness> {
  // One retail key packs devices of several stores here (a central logistics integration), so the
  // tenant lets keys act beyond their own location (settings.tradeins.apiKeyLocationScope).
  const h = await harness({ ...options, settings: { tradeins: { apiKeyLocationScope: 'tenant' }, ...options.settings } });
  const facility = await h.t.c.modules.org.locations.create(h.tt.ctx, {
    name: 'Facility Göteborg',
    kind: 'facility',
    address: { street1: 'Lindholmsallén 10', city: 'Göteborg', postCode: '417 55', countryCode: 'SE', phone: '+46 31 000 00 00' },
  });
  const call: LogisticsHarness['call'] = (method, url, payload) =>
    h.t.app.inject({ method, url, headers: h.headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const ok = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  return {
    ...h,
    facilityId: facility.id,
    call,
    async devices(n = 1) {
      const devices = Array.from({ length: n }, () => {
        const q = h.quote();
        return { PriceQuoteId: q.id, DeviceIdentifier: q.identifier };
      });
      const t = ok(await h.register({ TradeInDevices: devices }));
      return t.TradeInDevices.map((d: { TradeInDeviceId: number }) => d.TradeInDeviceId);
    },
    async pack(deviceIds, extra = {}) {
      return ok(await call('POST', '/api/v2/retail/packages', { Name: 'Box', TradeInDeviceIds: deviceIds, ...extra }));
    },
    async ship(packageIds, extra = {}) {
      return ok(await call('POST', '/api/v2/retail/shipments', { Name: 'Pickup', PackagesIds: packageIds, ...extra }));
    },
    label(shipmentId, extra = {}) {
      return call('POST', `/api/v2/retail/shipments/${shipmentId}/label`, { LocationId: 0, LocationAddress: STORE_ADDRESS, ...extra });
    },
  };
}

/** The error code of a response, after checking its status. */
export function code(res: LightMyRequestResponse, status?: number): string {
  if (status !== undefined) expect(res.statusCode, res.body).toBe(status);
  return res.json().code;
}
