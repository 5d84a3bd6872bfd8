import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let tt: TestTenant;
let pk: string;
const SHOP = 'https://shop.example';
beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  const variants = await t.c.modules.catalog.allVariants(tt.ctx);
  const iphones = variants.filter((v) => /iPhone 13 Pro/.test(v.productName));
  await t.c.modules.pricing.upsertBasePrices(
    tt.ctx,
    iphones.map((v) => ({ variantId: v.id, amountMinor: 40000 })),
  );
  pk = (await t.c.modules.org.apiKeys.issue(tt.ctx, { scope: 'publishable', origins: [`${SHOP}/`, 'http://127.0.0.1:8081'] })).key;
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'OPTIONS' | 'DELETE', url: string, headers: Record<string, string> = {}, payload?: object) =>
  t.app.inject({ method, url, headers: { 'x-apikey': pk, origin: SHOP, ...headers }, ...(payload ? { payload } : {}) });

describe('publishable keys (the price-check widget)', () => {
  it('are made only with valid origins, and look like publishable keys', async () => {
    expect(pk).toMatch(/^pk_/);
    await expect(t.c.modules.org.apiKeys.issue(tt.ctx, { scope: 'publishable' })).rejects.toMatchObject({ code: 'B010022' });
    for (const origin of ['http://shop.example', 'https://shop.example/path', 'javascript:alert(1)', 'shop.example'])
      await expect(t.c.modules.org.apiKeys.issue(tt.ctx, { scope: 'publishable', origins: [origin] }), origin).rejects.toMatchObject({ code: 'B010023' });
  });

  it('search, grading form and quote from an allowed origin, with CORS headers for it', async () => {
    const models = await call('GET', '/api/v2/retail/models?term=iphone%2013%20pro');
    expect(models.statusCode, models.body).toBe(200);
    expect(models.headers['access-control-allow-origin']).toBe(SHOP);
    const model = models.json().Data[0];
    const form = await call('GET', `/api/v2/retail/models/${model.Id}/grading-form`);
    expect(form.statusCode).toBe(200);
    const f = form.json();
    const answers = Object.fromEntries(f.Questions.map((q: { Id: number; Answers: { Id: number }[] }) => [q.Id, [q.Answers[0].Id]]));
    const quote = await call('POST', '/api/v2/retail/price-quote', {}, { ModelId: model.Id, GradingForm: { Answers: answers, Extras: [], SystemExtras: [] } });
    expect(quote.statusCode, quote.body).toBe(200);
    expect(quote.json().OfferedPrice).toBeGreaterThan(0);
    expect(quote.headers['access-control-allow-origin']).toBe(SHOP);
    // Errors reach the widget too (CORS headers on the error answer).
    const short = await call('GET', '/api/v2/retail/models?term=ab');
    expect(short.statusCode).toBe(400);
    expect(short.headers['access-control-allow-origin']).toBe(SHOP);
  });

  it('refuse other origins, missing origins and every other operation', async () => {
    const other = await call('GET', '/api/v2/retail/models?term=iphone', { origin: 'https://evil.example' });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('F010003');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/v2/retail/models?term=iphone', headers: { 'x-apikey': pk } })).statusCode).toBe(403);
    for (const [method, url] of [
      ['GET', '/api/v2/retail/tradeins'],
      ['GET', '/api/v2/retail/itemgroups'],
      ['DELETE', '/api/v2/retail/tradeins/1'],
    ] as const) {
      const res = await call(method, url);
      expect(res.statusCode, url).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/users`, headers: { 'x-apikey': pk } })).statusCode).toBe(403);
  });

  it('answer CORS preflights only for listed origins and the widget operations', async () => {
    const ok = await t.app.inject({ method: 'OPTIONS', url: '/api/v2/retail/price-quote', headers: { origin: SHOP, 'access-control-request-method': 'POST' } });
    expect(ok.statusCode).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(SHOP);
    expect(ok.headers['access-control-allow-headers']).toContain('x-apikey');
    const evil = await t.app.inject({ method: 'OPTIONS', url: '/api/v2/retail/price-quote', headers: { origin: 'https://evil.example' } });
    expect(evil.statusCode).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const other = await t.app.inject({ method: 'OPTIONS', url: '/api/v2/retail/tradeins', headers: { origin: SHOP } });
    expect(other.statusCode).toBe(403);
  });

  it('are rate-limited per key and address', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    let limited = 0;
    for (let i = 0; i < 130; i++) if ((await call('GET', `/api/v2/retail/models/999999/grading-form`, headers)).statusCode === 429) limited++;
    expect(limited).toBeGreaterThan(0);
  });

  it('the widget script is served to any origin, small, and compiled from widget/price-check.ts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/widget/price-check.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.body).toContain('tradein-price-check');
    expect(gzipSync(res.body).length).toBeLessThan(50 * 1024);
    const again = await t.app.inject({ method: 'GET', url: '/widget/price-check.js', headers: { 'if-none-match': res.headers.etag as string } });
    expect(again.statusCode).toBe(304);
  });
});
