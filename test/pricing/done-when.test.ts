import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

/** Issue 4 "Done when": search → grading form → quote, on a tenant seeded like the demo. */
let t: TestApp;
let tt: TestTenant;

beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  await t.c.modules.pricing.seedDemoPrices(tt.ctx);
  await t.c.modules.campaigns.seedDemo(tt.ctx);
});
afterAll(() => t.close());

const h = () => ({ 'x-apikey': tt.apiKey });

describe('done when', () => {
  it('models search → grading form → price quote; worse answer lowers it; errors; breakdown adds up', async () => {
    const search = await t.app.inject({ method: 'GET', url: '/api/v2/retail/models?term=iphone%2013&api-version=2.0', headers: h() });
    expect(search.statusCode, search.body).toBe(200);
    const model = search.json().Data.find((m: { Price: number | null }) => m.Price !== null && m.Price > 0);
    expect(model, 'a searched model with a working price').toBeTruthy();

    const form = (await t.app.inject({ method: 'GET', url: `/api/v2/retail/models/${model.Id}/grading-form`, headers: h() })).json();
    // "All best answers": per question the answer with the highest score.
    const best: Record<number, number[]> = {};
    for (const q of form.Questions)
      best[q.Id] = [q.Answers.reduce((a: { Id: number; Score: number }, b: { Id: number; Score: number }) => (b.Score > a.Score ? b : a)).Id];
    const body = (answers: Record<number, number[]>, extra: Record<string, unknown> = {}) => ({
      GradingForm: { Answers: answers, Extras: [], SystemExtras: [0], GradingDifferenceImages: {} },
      ModelId: model.Id,
      ItemIdentifier: null,
      LocationId: null,
      AgentId: null,
      TradeInChannel: 0,
      TradeInType: 0,
      CampaignId: 0,
      ...extra,
    });
    const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/v2/retail/price-quote', headers: h(), payload });

    const top = (await post(body(best))).json();
    expect(top.OfferedPrice).toBeGreaterThan(0);
    expect(top.ExpiresAt).toBeTruthy();
    const cents = (x: number) => Math.round(x * 100);
    expect(top.Breakdown.reduce((a: number, l: { Amount: number }) => a + cents(l.Amount), 0)).toBe(cents(top.OfferedPrice));
    // The best price is above the search's working price (perfect cosmetic condition raises it).
    expect(top.OfferedPrice).toBeGreaterThan(model.Price);

    const q0 = form.Questions[0];
    const worse = q0.Answers.find((a: { Score: number }) => a.Score < 100).Id;
    const lower = (await post(body({ ...best, [q0.Id]: [worse] }))).json();
    expect(lower.OfferedPrice).toBeLessThan(top.OfferedPrice);

    expect((await post(body({ ...best, 999: [0] }))).json().code).toBe('N070002');
    expect((await post(body({ ...best, [q0.Id]: [999] }))).json().code).toBe('N070003');
    expect((await post(body({}))).json().code).toBe('B070007');

    const campaigns = (await t.app.inject({ method: 'GET', url: '/api/v2/retail/campaigns/list', headers: h() })).json().Data;
    const expired = campaigns.find((c: { Status: string }) => c.Status === 'Expired');
    const active = campaigns.find((c: { Status: string }) => c.Status === 'Active');
    expect((await post(body(best, { CampaignId: expired.Id }))).json().code).toBe('B070012');
    const withCampaign = (await post(body(best, { CampaignId: active.Id }))).json();
    expect(withCampaign.PotentialCampaign.CampaignId).toBe(active.Id);
    expect(withCampaign.OfferedPrice).toBeGreaterThan(top.OfferedPrice);
  });
});
