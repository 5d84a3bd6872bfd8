import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock/index.js';
import { AppError } from '../../src/platform/errors/index.js';
import { harness, imei, type Harness } from './helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h.t.close();
});

const device = (q: { id: string; identifier: string }) => ({ PriceQuoteId: q.id, DeviceIdentifier: q.identifier });

async function expectCode(body: Record<string, unknown>, status: number, code: string, path?: string) {
  const res = await h.register(body, path);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.json().code).toBe(code);
  return res.json();
}

describe('POST /api/v2/retail/tradeins', () => {
  it('registers with the seed §5 response shape and defaults agent and location from the key', async () => {
    const q = h.quote();
    const res = await h.register({
      TradeInDevices: [device(q)],
      CustomDataFields: [{ DataFieldId: 9, DataFieldValue: 'Salesperson Name' }],
      IsCorporate: true,
      OrganizationName: 'Name of the Company',
      ClientFirstName: 'First',
      ClientLastName: 'Last',
      AgentId: null,
      AgentRef: 'agent-ref',
      LocationId: null,
      LocationRef: 'loc-ref',
      TradeInRef: 'POS-1001',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      Status: 'Registered',
      CustomDataFields: [{ DataFieldId: 9, DataFieldValue: 'Salesperson Name' }],
      TradeInRef: 'POS-1001',
      LocationId: h.tt.location.id,
    });
    expect(typeof body.Id).toBe('number');
    expect(new Date(body.CreatedDate).toISOString()).toBe(body.CreatedDate);
    expect(body.TradeInDevices).toHaveLength(1);
    expect(body.TradeInDevices[0]).toMatchObject({
      DeviceIdentifier: q.identifier,
      PriceQuoteId: q.id,
      ProductName: h.variant.productName,
      Grade: 'Working',
      Price: 234,
      CurrencyIsoCode: 'EUR',
      CurrencySymbol: '€',
      ExchangeRate: 1,
      Status: 'Registered',
      Co2Saving: 55,
    });
    expect(h.pricing.quotes.get(q.id)!.usedByDeviceId).toBe(body.TradeInDevices[0].TradeInDeviceId);
    expect(h.datafields.uses.at(-1)).toEqual({ tradeInId: body.Id, values: [{ DataFieldId: 9, DataFieldValue: 'Salesperson Name' }] });

    const get = await h.t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/${body.Id}`, headers: h.headers });
    expect(get.statusCode).toBe(200);
    expect(get.json()).toEqual(body);
    const rows = await h.t.c.db.query<{ agent_user_id: number; topic: string }>(
      `SELECT t.agent_user_id, o.topic FROM trade_ins t JOIN outbox_messages o ON o.dedupe_key = 'tradein-registered:' || t.id WHERE t.id = $1`,
      [body.Id],
    );
    expect(rows).toEqual([{ agent_user_id: h.tt.admin.id, topic: 'tradeins.registered' }]);
  });

  it('validates the device list: B090006, N090007, B090065, N090012, B090023', async () => {
    await expectCode({ TradeInDevices: [] }, 400, 'B090006');
    await expectCode({}, 400, 'B090006');
    await expectCode({ TradeInDevices: [{ DeviceIdentifier: imei() }] }, 404, 'N090007');
    const q = h.quote();
    await expectCode({ TradeInDevices: [device(q), { PriceQuoteId: h.quote().id, DeviceIdentifier: null }] }, 400, 'B090065');
    const body = await expectCode({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: '  ' }] }, 404, 'N090012');
    expect(body.message).toBe('Item identifier required.');
    const dup = await expectCode({ TradeInDevices: [device(q), { PriceQuoteId: h.quote().id, DeviceIdentifier: q.identifier }] }, 400, 'B090023');
    expect(dup.message).toBe(`Identifier should be unique, but Identifier '${q.identifier}' was met 2 times in request.`);
    expect(h.pricing.quotes.get(q.id)!.usedAt).toBeNull();
  });

  it('checks the quote: N090003 unknown, B090024 expired, B090030 used, B090080 other identifier', async () => {
    await expectCode({ TradeInDevices: [{ PriceQuoteId: '0d7f8a4e-4d55-4a1e-9f65-7a1c1d2b3c4d', DeviceIdentifier: imei() }] }, 404, 'N090003');
    await expectCode({ TradeInDevices: [{ PriceQuoteId: 'not-a-uuid', DeviceIdentifier: imei() }] }, 404, 'N090003');
    const expired = h.quote({ expiresAt: new Date(h.t.clock.now().getTime() - 1) });
    await expectCode({ TradeInDevices: [device(expired)] }, 422, 'B090024');
    const q = h.quote();
    expect((await h.register({ TradeInDevices: [device(q)] })).statusCode).toBe(200);
    const used = await expectCode({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: imei() }] }, 409, 'B090030');
    expect(used.message).toBe(`The PriceQuoteId '${q.id}' has already been used for another trade-in. Please make a new PriceQuote.`);
    const bound = h.quote({ itemIdentifier: '356789012345678' });
    await expectCode({ TradeInDevices: [{ PriceQuoteId: bound.id, DeviceIdentifier: imei() }] }, 400, 'B090080');
  });

  it('requires an acceptable due diligence: B090009–B090013, FMIP activated needs SystemExtra 1', async () => {
    await expectCode({ TradeInDevices: [device(h.quote({ noReport: true }))] }, 422, 'B090009');
    const failed = await expectCode({ TradeInDevices: [device(h.quote({ fraud: 'Failed' }))] }, 422, 'B090010');
    expect(failed.message).toMatch(/^Due diligence status Failed is not allowed for '\d+' device\.$/);
    await expectCode({ TradeInDevices: [device(h.quote({ fmip: 'Lost' }))] }, 422, 'B090011');
    await expectCode({ TradeInDevices: [device(h.quote({ fraud: 'Caution' }))] }, 422, 'B090012');
    await expectCode({ TradeInDevices: [device(h.quote({ fraud: 'Error' }))] }, 422, 'B090013');
    await expectCode({ TradeInDevices: [device(h.quote({ fmip: 'Error' }))] }, 422, 'B090013');
    await expectCode({ TradeInDevices: [device(h.quote({ fmip: 'Activated' }))] }, 422, 'B090081');
    expect((await h.register({ TradeInDevices: [device(h.quote({ fmip: 'Activated', systemExtras: [1] }))] })).statusCode).toBe(200);
    // A report made for another model than the quote's does not count.
    const other = h.quote();
    h.diligence.reports.get(other.identifier)!.variantId = h.variant.id + 1;
    await expectCode({ TradeInDevices: [device(other)] }, 422, 'B090009');
  });

  it('lets a tenant accept Caution and Error results', async () => {
    const h2 = await harness({ t: h.t, settings: { tradeins: { blockDiligenceCaution: false, blockDiligenceError: false } } });
    expect((await h2.register({ TradeInDevices: [device(h2.quote({ fraud: 'Caution' }))] })).statusCode).toBe(200);
    expect((await h2.register({ TradeInDevices: [device(h2.quote({ fraud: 'Error' }))] })).statusCode).toBe(200);
    await expect(h2.register({ TradeInDevices: [device(h2.quote({ fraud: 'Failed' }))] }).then((r) => r.json().code)).resolves.toBe('B090010');
    h.t.c.modules.tradeins.connect({ pricing: h.pricing, campaigns: h.campaigns, diligence: h.diligence, datafields: h.datafields } as never);
  });

  it('refuses identifiers in unfinished trade-ins (B090004), in stock (B090005) or completed (B090046)', async () => {
    const q = h.quote();
    const first = (await h.register({ TradeInDevices: [device(q)] })).json();
    const again = h.quote({ identifier: q.identifier });
    const msg = await expectCode({ TradeInDevices: [device(again)] }, 409, 'B090004');
    expect(msg.message).toBe(`Unfinished Trade-in item with '${q.identifier}' identifier already exist.`);
    const deviceId = first.TradeInDevices[0].TradeInDeviceId;
    const { tradeins } = h.t.c.modules;
    expect(await tradeins.transitionDevice(h.tt.ctx, deviceId, 'Received')).toBe(true);
    expect(await tradeins.isIdentifierInStock(h.tt.ctx, q.identifier)).toBe(true);
    await expectCode({ TradeInDevices: [device(h.quote({ identifier: q.identifier }))] }, 409, 'B090005');
    await tradeins.recordFinalValuation(h.tt.ctx, deviceId, { priceMinor: 20000, grade: 'Working', reason: null, photoIds: [] });
    await tradeins.applyCustomerDecision(h.tt.ctx, deviceId, 'approved');
    expect(await tradeins.transitionDevice(h.tt.ctx, deviceId, 'Completed')).toBe(true);
    expect(await tradeins.isIdentifierInStock(h.tt.ctx, q.identifier)).toBe(false);
    await expectCode({ TradeInDevices: [device(h.quote({ identifier: q.identifier }))] }, 409, 'B090046');
  });

  it('checks device limits of tenant and campaign and the amount cap (B090021, B090042)', async () => {
    const h2 = await harness({ t: h.t, settings: { tradeins: { maxDevicesPerTradeIn: 2, maxAmountPerTradeIn: 400 } } });
    const three = [h2.quote(), h2.quote(), h2.quote()].map(device);
    expect((await h2.register({ TradeInDevices: three })).json().code).toBe('B090021');
    expect((await h2.register({ TradeInDevices: [h2.quote(), h2.quote()].map(device) })).json().code).toBe('B090042');
    expect((await h2.register({ TradeInDevices: [device(h2.quote())] })).statusCode).toBe(200);
    h.t.c.modules.tradeins.connect({ pricing: h.pricing, campaigns: h.campaigns, diligence: h.diligence, datafields: h.datafields } as never);

    const now = h.t.clock.now();
    h.campaigns.campaigns.set(501, {
      id: 501,
      name: 'One device',
      activeFrom: new Date(now.getTime() - 86400_000),
      activeTo: new Date(now.getTime() + 86400_000),
      maxDevicesPerTradeIn: 1,
      maxAmountPerTradeInMinor: 30000,
    });
    await expectCode({ TradeInDevices: [h.quote({ campaignId: 501 }), h.quote({ campaignId: 501 })].map(device) }, 400, 'B090021');
    await expectCode({ TradeInDevices: [device(h.quote({ campaignId: 501, basePriceMinor: 30001 }))] }, 400, 'B090042');
    expect((await h.register({ TradeInDevices: [device(h.quote({ campaignId: 501 }))] })).json().CampaignId).toBe(501);
  });

  it('enforces one campaign and its windows (B090032, B090033, B090034, B090064)', async () => {
    const now = h.t.clock.now().getTime();
    const day = 86400_000;
    h.campaigns.campaigns.set(601, { id: 601, name: 'A', activeFrom: new Date(now - day), activeTo: new Date(now + day), maxDevicesPerTradeIn: null });
    h.campaigns.campaigns.set(602, { id: 602, name: 'Later', activeFrom: new Date(now + day), activeTo: new Date(now + 2 * day), maxDevicesPerTradeIn: null });
    h.campaigns.campaigns.set(603, { id: 603, name: 'Over', activeFrom: new Date(now - 2 * day), activeTo: new Date(now - day), maxDevicesPerTradeIn: null });
    await expectCode({ TradeInDevices: [h.quote({ campaignId: 601 }), h.quote({ campaignId: 602 })].map(device) }, 400, 'B090032');
    await expectCode({ TradeInDevices: [h.quote({ campaignId: 601 }), h.quote()].map(device) }, 400, 'B090032');
    await expectCode({ TradeInDevices: [device(h.quote({ campaignId: 602 }))] }, 422, 'B090033');
    await expectCode({ TradeInDevices: [device(h.quote({ campaignId: 603 }))] }, 422, 'B090034');
    const early = h.quote({ campaignId: 601, createdAt: new Date(now - 2 * day) });
    const res = await expectCode({ TradeInDevices: [device(early)] }, 422, 'B090064');
    expect(res.message).toBe(
      `Trade-in can not be registered with specified price quote ${early.id}, because price quote created out of scope of Campaign 601.`,
    );
  });

  it('applies TradeInRef rules (B090063, B090060, B090059, B090062) and unknown agent/location (B090007, B090008)', async () => {
    await expectCode({ TradeInDevices: [device(h.quote())], TradeInRef: 'ab' }, 400, 'B090063');
    await expectCode({ TradeInDevices: [device(h.quote())], TradeInRef: 'x'.repeat(101) }, 400, 'B090060');
    await expectCode({ TradeInDevices: [device(h.quote())], TradeInRef: 'has space' }, 400, 'B090059');
    expect((await h.register({ TradeInDevices: [device(h.quote())], TradeInRef: 'UNIQUE-REF-1' })).statusCode).toBe(200);
    await expectCode({ TradeInDevices: [device(h.quote())], TradeInRef: 'unique-ref-1' }, 409, 'B090062');
    const agent = await expectCode({ TradeInDevices: [device(h.quote())], AgentId: '7b0c1b9e-0000-4000-8000-000000000000' }, 400, 'B090007');
    expect(agent.message).toBe("User with '7b0c1b9e-0000-4000-8000-000000000000' id does not exist.");
    await expectCode({ TradeInDevices: [device(h.quote())], AgentId: 'nobody' }, 400, 'B090007');
    await expectCode({ TradeInDevices: [device(h.quote())], LocationId: 999999 }, 400, 'B090008');
    const ok = await h.register({ TradeInDevices: [device(h.quote())], AgentId: h.tt.admin.uid, LocationId: h.tt.location.id });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('passes data fields to the datafields module and surfaces its codes unchanged', async () => {
    h.datafields.failWith = new AppError('B090031', 'validation', { id: 26 });
    try {
      const q = h.quote();
      const res = await h.register({ TradeInDevices: [device(q)], CustomDataFields: [{ DataFieldId: 26, DataFieldValue: '' }], IsCorporate: true });
      expect(res.json().code).toBe('B090031');
      expect(h.datafields.calls.at(-1)).toMatchObject({
        mode: 'register',
        isCorporate: true,
        campaignId: null,
        values: [{ DataFieldId: 26, DataFieldValue: '' }],
      });
      expect(h.pricing.quotes.get(q.id)!.usedAt).toBeNull();
    } finally {
      h.datafields.failWith = null;
    }
  });

  it('answers in the request language', async () => {
    const res = await h.t.app.inject({
      method: 'POST',
      url: '/api/v2/retail/tradeins',
      headers: { ...h.headers, 'accept-language': 'de' },
      payload: { TradeInDevices: [] },
    });
    expect(res.json().message).toBe('TradeInDevices darf nicht leer sein.');
  });

  it('keeps tenants apart', async () => {
    const q = h.quote();
    const mine = (await h.register({ TradeInDevices: [device(q)] })).json();
    const other = await harness({ t: h.t });
    const res = await h.t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/${mine.Id}`, headers: other.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('N090001');
    // The other tenant may register the same identifier: identifiers are unique per tenant.
    expect((await other.register({ TradeInDevices: [device(other.quote({ identifier: q.identifier }))] })).statusCode).toBe(200);
    h.t.c.modules.tradeins.connect({ pricing: h.pricing, campaigns: h.campaigns, diligence: h.diligence, datafields: h.datafields } as never);
  });

  it('uses ManualClock time', () => {
    expect(h.t.clock).toBeInstanceOf(ManualClock);
  });
});
