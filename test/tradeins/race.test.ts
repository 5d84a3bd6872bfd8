import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, imei, type Harness } from './helpers.js';
import { BEST, quoteBody, setPrice, variantOf } from '../pricing/helpers.js';

let h: Harness;
let model: number;
beforeAll(async () => {
  h = await harness();
  // Real pricing (atomic claimQuote) and campaigns; diligence and data fields stay fakes here.
  h.t.c.modules.tradeins.connect({ pricing: h.t.c.modules.pricing, campaigns: h.t.c.modules.campaigns });
  model = await variantOf(h.t, 'mobiles');
  await setPrice(h.t, h.tt, model, 40000);
});
afterAll(() => h.t.close());

async function realQuote(identifier: string | null = null): Promise<string> {
  const res = await h.t.app.inject({
    method: 'POST',
    url: '/api/v2/retail/price-quote',
    headers: h.headers,
    payload: quoteBody(model, BEST, { ItemIdentifier: identifier }),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().PriceQuoteId;
}

function passDiligence(identifier: string) {
  h.diligence.reports.set(identifier, {
    reportId: crypto.randomUUID(),
    itemIdentifier: identifier,
    variantId: model,
    fraud: 'Passed',
    fmip: 'NotApplicable',
    createdAt: h.t.clock.now(),
  });
}

describe('two registrations racing for one quote', () => {
  it('a reused quote gives B090030 sequentially, with one trade-in registered', async () => {
    const a = imei();
    const b = imei();
    passDiligence(a);
    passDiligence(b);
    const quoteId = await realQuote();
    const first = await h.register({ TradeInDevices: [{ PriceQuoteId: quoteId, DeviceIdentifier: a }] });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().TradeInDevices[0]).toMatchObject({ Price: 400, PriceQuoteId: quoteId, Grade: 'Working' });
    const second = await h.register({ TradeInDevices: [{ PriceQuoteId: quoteId, DeviceIdentifier: b }] });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('B090030');
    const quote = await h.t.c.modules.pricing.getQuote(h.tt.ctx, quoteId);
    expect(quote?.usedByDeviceId).toBe(first.json().TradeInDevices[0].TradeInDeviceId);
  });

  it('exactly one wins 100 times out of 100; the loser gets B090030 and leaves nothing behind', async () => {
    const before = await h.t.c.db.query<{ n: string }>('SELECT count(*) AS n FROM trade_ins WHERE tenant_id = $1', [h.tt.tenant.id]);
    for (let i = 0; i < 100; i++) {
      const a = imei();
      const b = imei();
      passDiligence(a);
      passDiligence(b);
      const quoteId = await realQuote();
      const results = await Promise.all([a, b].map((identifier) => h.register({ TradeInDevices: [{ PriceQuoteId: quoteId, DeviceIdentifier: identifier }] })));
      const codes = results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().code)).sort();
      expect(codes, results.map((r) => r.body).join('\n')).toEqual(['B090030', 'ok']);
    }
    const after = await h.t.c.db.query<{ n: string }>('SELECT count(*) AS n FROM trade_ins WHERE tenant_id = $1', [h.tt.tenant.id]);
    expect(Number(after[0].n) - Number(before[0].n)).toBe(100);
    const orphans = await h.t.c.db.query(
      `SELECT t.id FROM trade_ins t WHERE t.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM trade_in_devices d WHERE d.trade_in_id = t.id)`,
      [h.tt.tenant.id],
    );
    expect(orphans).toEqual([]);
  });

  it('two quotes for one identifier racing: one registers, the other gets B090004 (unique live identifier)', async () => {
    for (let i = 0; i < 20; i++) {
      const identifier = imei();
      passDiligence(identifier);
      const [q1, q2] = [await realQuote(), await realQuote()];
      const results = await Promise.all([q1, q2].map((quoteId) => h.register({ TradeInDevices: [{ PriceQuoteId: quoteId, DeviceIdentifier: identifier }] })));
      const codes = results.map((r) => (r.statusCode === 200 ? 'ok' : r.json().code)).sort();
      expect(codes, results.map((r) => r.body).join('\n')).toEqual(['B090004', 'ok']);
      // The loser's quote was not used up: its transaction rolled back.
      const loser = results.findIndex((r) => r.statusCode !== 200);
      expect((await h.t.c.modules.pricing.getQuote(h.tt.ctx, [q1, q2][loser]))?.usedAt).toBeNull();
    }
  });
});
