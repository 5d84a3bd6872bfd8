import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { harness, type Harness } from './helpers.js';

let h: Harness;
let clock: ManualClock;
beforeAll(async () => {
  h = await harness({ settings: { tradeins: { tempTradeInTtlHours: 24 } } });
  clock = h.t.clock as ManualClock;
});
afterAll(() => h.t.close());

const inject = (method: 'GET' | 'POST' | 'DELETE', url: string) => h.t.app.inject({ method, url, headers: h.headers });

async function temp(extra: Record<string, unknown> = {}) {
  const q = h.quote({ expiresAt: new Date(clock.now().getTime() + 72 * 3600_000) });
  const res = await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }], ...extra }, '/api/v2/retail/tradeins/temp');
  expect(res.statusCode, res.body).toBe(200);
  return { body: res.json(), q };
}

describe('temporary trade-ins (seed §6)', () => {
  it('registers, reads back and confirms into a registered trade-in with the same devices', async () => {
    const { body, q } = await temp({ CustomDataFields: [{ DataFieldId: 5, DataFieldValue: 'x' }], TradeInRef: 'TMP-1' });
    expect(body).toMatchObject({ Status: 'Temporary', ExpirationDate: new Date(clock.now().getTime() + 24 * 3600_000).toISOString(), TradeInId: null });
    expect(body.TradeInDevices[0]).toMatchObject({ Status: 'Temporary', PriceQuoteId: q.id, Price: 234 });
    expect(h.pricing.quotes.get(q.id)!.usedByDeviceId).toBe(body.TradeInDevices[0].TradeInDeviceId);
    const usesBefore = h.datafields.uses.length;
    expect((await inject('GET', `/api/v2/retail/tradeins/temp/${body.Id}`)).json()).toEqual(body);
    // A temporary trade-in is not a trade-in, and the other way round.
    expect((await inject('GET', `/api/v2/retail/tradeins/${body.Id}`)).json().code).toBe('N090001');
    // Its identifier is taken while it is open.
    const dup = h.quote({ identifier: q.identifier });
    expect((await h.register({ TradeInDevices: [{ PriceQuoteId: dup.id, DeviceIdentifier: q.identifier }] })).json().code).toBe('B090004');

    clock.advance(3600_000);
    const confirmed = await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const t = confirmed.json();
    expect(t).toMatchObject({ Status: 'Registered', TradeInRef: 'TMP-1', CustomDataFields: [{ DataFieldId: 5, DataFieldValue: 'x' }] });
    expect(t.Id).not.toBe(body.Id);
    expect(t.TradeInDevices).toEqual([{ ...body.TradeInDevices[0], Status: 'Registered' }]);
    expect(h.datafields.uses.slice(usesBefore)).toEqual([{ tradeInId: t.Id, values: [{ DataFieldId: 5, DataFieldValue: 'x' }] }]);
    expect((await inject('GET', `/api/v2/retail/tradeins/temp/${body.Id}`)).json()).toMatchObject({ Status: 'Confirmed', TradeInId: t.Id, TradeInDevices: [] });
    expect((await inject('GET', `/api/v2/retail/tradeins/${t.Id}`)).json().Status).toBe('Registered');

    const twice = await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/confirm`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'B090041', message: `Temporary trade-in with id '${body.Id}' was already confirmed.` });
    expect((await inject('DELETE', `/api/v2/retail/tradeins/temp/${body.Id}`)).json().code).toBe('B090041');
    expect((await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/public-url`)).json().code).toBe('B220004');
  });

  it('confirm after expiry gives B090036 and frees the identifier', async () => {
    const { body, q } = await temp();
    clock.advance(24 * 3600_000);
    try {
      const res = await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/confirm`);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'B090036', message: `Temporary trade-in with id '${body.Id}' is expired. Please register it again.` });
      expect((await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/public-url`)).json().code).toBe('B220002');
      const again = h.quote({ identifier: q.identifier });
      const reg = await h.register({ TradeInDevices: [{ PriceQuoteId: again.id, DeviceIdentifier: q.identifier }] });
      expect(reg.statusCode, reg.body).toBe(200);
    } finally {
      clock.advance(-24 * 3600_000);
    }
  });

  it('cancel: B090040 afterwards for confirm, cancel and link (B220003); N090013/N220001 for unknown ids', async () => {
    const { body } = await temp();
    const del = await inject('DELETE', `/api/v2/retail/tradeins/temp/${body.Id}`);
    expect(del.statusCode, del.body).toBe(200);
    expect(del.json()).toMatchObject({ Status: 'Cancelled', TradeInDevices: [{ Status: 'Cancelled' }] });
    expect((await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/confirm`)).json().code).toBe('B090040');
    expect((await inject('DELETE', `/api/v2/retail/tradeins/temp/${body.Id}`)).json().code).toBe('B090040');
    expect((await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/public-url`)).json().code).toBe('B220003');
    const missing = await inject('GET', '/api/v2/retail/tradeins/temp/999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: 'N090013', message: "Temporary trade-in was not found by id '999999'." });
    expect((await inject('POST', '/api/v2/retail/tradeins/temp/999999/confirm')).json().code).toBe('N090013');
    expect((await inject('POST', '/api/v2/retail/tradeins/temp/999999/public-url')).json().code).toBe('N220001');
  });

  it('confirm re-validates: a due diligence that turned Failed refuses (B090010), the temp stays open', async () => {
    const { body, q } = await temp();
    h.diligence.reports.get(q.identifier)!.fraud = 'Failed';
    expect((await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/confirm`)).json().code).toBe('B090010');
    expect((await inject('GET', `/api/v2/retail/tradeins/temp/${body.Id}`)).json().Status).toBe('Temporary');
    h.diligence.reports.get(q.identifier)!.fraud = 'Passed';
    expect((await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/confirm`)).statusCode).toBe(200);
  });

  it('confirm re-validates the campaign window (B090034)', async () => {
    const now = clock.now().getTime();
    h.campaigns.campaigns.set(901, {
      id: 901,
      name: 'Short',
      activeFrom: new Date(now - 3600_000),
      activeTo: new Date(now + 3600_000),
      maxDevicesPerTradeIn: null,
    });
    const q = h.quote({ campaignId: 901, expiresAt: new Date(now + 72 * 3600_000) });
    const body = (await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }] }, '/api/v2/retail/tradeins/temp')).json();
    clock.advance(2 * 3600_000);
    try {
      expect((await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/confirm`)).json().code).toBe('B090034');
    } finally {
      clock.advance(-2 * 3600_000);
    }
  });

  it('gives a public link to an open temporary trade-in', async () => {
    const { body } = await temp();
    const res = await inject('POST', `/api/v2/retail/tradeins/temp/${body.Id}/public-url`);
    expect(res.statusCode, res.body).toBe(200);
    const view = await h.t.app.inject({ method: 'GET', url: new URL(res.json().Url).pathname });
    expect(view.json()).toMatchObject({ Id: body.Id, Status: 'Temporary' });
  });

  it('the temporary register applies the same rules (B090006, B090009)', async () => {
    expect((await h.register({ TradeInDevices: [] }, '/api/v2/retail/tradeins/temp')).json().code).toBe('B090006');
    const q = h.quote({ noReport: true });
    expect((await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }] }, '/api/v2/retail/tradeins/temp')).json().code).toBe(
      'B090009',
    );
  });
});
