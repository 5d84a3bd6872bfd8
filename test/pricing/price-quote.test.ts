import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { BEST, quoteBody, setPrice, variantOf } from './helpers.js';

let t: TestApp;
let tt: TestTenant;
let phone: number;

beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  phone = await variantOf(t, 'mobiles');
  await setPrice(t, tt, phone, 40000);
});
afterAll(() => t.close());

const post = (body: unknown, opts: { key?: string; lang?: string; query?: string } = {}) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v2/retail/price-quote${opts.query ?? ''}`,
    headers: { 'x-apikey': opts.key ?? tt.apiKey, ...(opts.lang ? { 'accept-language': opts.lang } : {}) },
    payload: body as object,
  });

describe('POST /api/v2/retail/price-quote', () => {
  it('replays the seed request: best answers give the full price, breakdown adds up', async () => {
    // The seed's request answers its four questions only; the optional cosmetic bonus question
    // then counts as "No", exactly as if it had been answered so.
    const ok = await post(quoteBody(phone, { 0: [0], 1: [0], 2: [0], 3: [0] }));
    expect((await post(quoteBody(phone))).json().OfferedPrice).toBe(ok.json().OfferedPrice);
    expect(ok.statusCode, ok.body).toBe(200);
    const q = ok.json();
    expect(q.PriceQuoteId).toMatch(/^[0-9a-f-]{36}$/);
    expect(q.Grade).toBe('Working');
    expect(q.OfferedPrice).toBe(400);
    expect(q.OfferedPriceInclVat).toBe(400);
    expect(q.VATCoefficient).toBeNull();
    expect(q.CurrencyIsoCode).toBe('EUR');
    expect(q.CurrencySymbol).toBe('€');
    expect(q.ExchangeRate).toBe(1);
    expect(q.TradeInChannel).toBe(0);
    expect(q.TradeInType).toBe(0);
    expect(q.PotentialCampaign).toEqual({ DeviceBonusInclVat: 0, DealBonusInclVat: 0, CampaignId: 0 });
    expect(new Date(q.ExpiresAt).getTime()).toBe(new Date('2026-06-01T10:00:00Z').getTime() + 72 * 3600_000);
    const sum = q.Breakdown.reduce((a: number, l: { Amount: number }) => a + Math.round(l.Amount * 100), 0);
    expect(sum).toBe(Math.round(q.OfferedPrice * 100));
  });

  it('a perfect cosmetic condition raises the price; each worse answer lowers it', async () => {
    const best = (await post(quoteBody(phone, { ...BEST, 4: [1] }))).json();
    expect(best.OfferedPrice).toBe(440);
    expect(best.Grade).toBe('Excellent');
    const scores = { 0: 5, 1: 30, 2: 70, 3: 80 } as Record<number, number>;
    for (const qid of [0, 1, 2, 3]) {
      const worse = (await post(quoteBody(phone, { ...BEST, [qid]: [1] }))).json();
      expect(worse.OfferedPrice).toBe((400 * scores[qid]) / 100);
      const sum = worse.Breakdown.reduce((a: number, l: { Amount: number }) => a + Math.round(l.Amount * 100), 0);
      expect(sum).toBe(Math.round(worse.OfferedPrice * 100));
    }
  });

  it('answers keys may be strings and single numbers', async () => {
    const res = await post(quoteBody(phone, { '0': 0, '1': [0], '2': [0], '3': [0], '4': [0] }));
    expect(res.statusCode, res.body).toBe(200);
  });

  it('translates the grade by Accept-Language', async () => {
    const res = await post(quoteBody(phone), { lang: 'sv-SE,sv;q=0.9' });
    expect(res.json().Grade).toBe('Fungerande');
    const de = await post(quoteBody(phone, {}), { lang: 'de' });
    expect(de.json().message).toBe('Bitte geben Sie die Antworten des Bewertungsformulars an');
  });

  it('shows another currency with its exchange rate', async () => {
    const res = await post(quoteBody(phone), { query: '?currency=SEK' });
    const q = res.json();
    expect(q.CurrencyIsoCode).toBe('SEK');
    expect(q.ExchangeRate).toBeCloseTo(11.2);
    expect(q.OfferedPrice).toBe(4480);
    const bad = await post(quoteBody(phone), { query: '?currency=XYZ' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('B070102');
  });

  it('Find-My activated (SystemExtra 1) deducts', async () => {
    const res = await post({ ...quoteBody(phone), GradingForm: { Answers: BEST, Extras: [], SystemExtras: [1] } });
    const q = res.json();
    expect(q.OfferedPrice).toBe(280);
    expect(q.Breakdown.some((l: { Code: string }) => l.Code === 'fmip')).toBe(true);
  });

  it.each([
    ['N070002', { GradingForm: { Answers: { ...BEST, 99: [0] } } }, 404],
    ['N070003', { GradingForm: { Answers: { ...BEST, 0: [7] } } }, 404],
    ['N070004', { GradingForm: { Answers: BEST, Extras: [5] } }, 404],
    ['B070005', { AgentId: '00000000-0000-4000-8000-000000000000' }, 400],
    ['N070005', { CampaignId: 987654 }, 404],
    ['B070006', { ItemIdentifier: '1234' }, 400],
    ['B070007', { GradingForm: { Answers: {} } }, 400],
    ['B070008', { ModelId: 999999999 }, 422],
    ['B070010', { GradingForm: 'not a form' }, 400],
    ['B070010', { GradingForm: { Answers: { ...BEST, 0: [0, 1] } } }, 400],
    ['B070010', { GradingForm: { Answers: { abc: [0] } } }, 400],
  ])('%s', async (code, patch, status) => {
    const res = await post({ ...quoteBody(phone), ...patch });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().code).toBe(code);
  });

  it('a model without a base price is refused with B070101', async () => {
    const other = await createTenant(t);
    const res = await post(quoteBody(phone), { key: other.apiKey });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('B070101');
  });

  it('an agent (user uid) is recorded', async () => {
    const res = await post(quoteBody(phone, BEST, { AgentId: tt.admin.uid, LocationId: tt.location.id, ItemIdentifier: '356938035643809' }));
    expect(res.statusCode, res.body).toBe(200);
    const stored = await t.c.modules.pricing.getQuote(tt.ctx, res.json().PriceQuoteId);
    expect(stored?.agentUserId).toBe(tt.admin.id);
    expect(stored?.locationId).toBe(tt.location.id);
    expect(stored?.itemIdentifier).toBe('356938035643809');
  });
});

describe('GET /api/v2/retail/price-quote/{id} and claiming', () => {
  it('returns the stored quote, usable until used or expired', async () => {
    const created = (await post(quoteBody(phone))).json();
    const get = await t.app.inject({
      method: 'GET',
      url: `/api/v2/retail/price-quote/${created.PriceQuoteId}`,
      headers: { 'x-apikey': tt.apiKey, 'accept-language': 'de' },
    });
    expect(get.statusCode, get.body).toBe(200);
    const g = get.json();
    expect(g.OfferedPrice).toBe(created.OfferedPrice);
    expect(g.Breakdown).toEqual(created.Breakdown);
    expect(g.Grade).toBe('Funktionsfähig');
    expect(g.IsUsable).toBe(true);
    expect(g.ModelId).toBe(phone);

    const { pricing } = t.c.modules;
    const [a, b] = await Promise.all([pricing.claimQuote(tt.ctx, created.PriceQuoteId, 1), pricing.claimQuote(tt.ctx, created.PriceQuoteId, 2)]);
    expect([a, b].sort()).toEqual(['already_used', 'claimed']);
    const after = (await t.app.inject({ method: 'GET', url: `/api/v2/retail/price-quote/${created.PriceQuoteId}`, headers: { 'x-apikey': tt.apiKey } })).json();
    expect(after.IsUsable).toBe(false);
    expect(await pricing.claimQuote(tt.ctx, '00000000-0000-4000-8000-000000000000', 3)).toBe('not_found');
    expect(await pricing.claimQuote(tt.ctx, 'nope', 3)).toBe('not_found');
  });

  it('expires after the tenant-configured time (time travel)', async () => {
    const clock = t.clock as ManualClock;
    const created = (await post(quoteBody(phone))).json();
    clock.advance(72 * 3600_000 + 1000);
    try {
      const g = (await t.app.inject({ method: 'GET', url: `/api/v2/retail/price-quote/${created.PriceQuoteId}`, headers: { 'x-apikey': tt.apiKey } })).json();
      expect(g.IsUsable).toBe(false);
      expect(await t.c.modules.pricing.claimQuote({ ...tt.ctx, clock }, created.PriceQuoteId, 5)).toBe('expired');
    } finally {
      clock.advance(-(72 * 3600_000 + 1000));
    }
  });

  it('unknown or foreign quote → N090003', async () => {
    const created = (await post(quoteBody(phone))).json();
    const other = await createTenant(t);
    for (const [id, key] of [
      [created.PriceQuoteId, other.apiKey],
      ['00000000-0000-4000-8000-000000000000', tt.apiKey],
      ['garbage', tt.apiKey],
    ]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v2/retail/price-quote/${id}`, headers: { 'x-apikey': key } });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('N090003');
    }
  });
});
