import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { QuoteWriter } from '../../src/modules/pricing/pricing.repository.js';
import { quoteBody, setPrice, variantOf } from './helpers.js';

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

describe('quote group commit', () => {
  it('concurrent quotes are all stored and readable', async () => {
    const res = await Promise.all(
      Array.from({ length: 30 }, () =>
        t.app.inject({ method: 'POST', url: '/api/v2/retail/price-quote', headers: { 'x-apikey': tt.apiKey }, payload: quoteBody(phone) }),
      ),
    );
    const ids = res.map((r) => r.json().PriceQuoteId as string);
    expect(new Set(ids).size).toBe(30);
    for (const id of ids) expect((await t.c.modules.pricing.getQuote(tt.ctx, id))?.offeredPriceMinor).toBe(40000);
  });

  it('one bad row in a batch fails only its own write', async () => {
    const good = (
      await t.app.inject({ method: 'POST', url: '/api/v2/retail/price-quote', headers: { 'x-apikey': tt.apiKey }, payload: quoteBody(phone) })
    ).json();
    const template = (await t.c.modules.pricing.getQuote(tt.ctx, good.PriceQuoteId))!;
    // One insert at a time, so `bad` and `c` share a batch and the fallback splits it.
    const w = new QuoteWriter(1);
    const a = { ...template, id: randomUUID() };
    const bad = { ...template, id: randomUUID(), gradingFormVersionId: 2_000_000_000 };
    const c = { ...template, id: randomUUID() };
    const results = await Promise.allSettled([w.write(t.c.db, tt.tenant.id, a), w.write(t.c.db, tt.tenant.id, bad), w.write(t.c.db, tt.tenant.id, c)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await t.c.modules.pricing.getQuote(tt.ctx, a.id)).not.toBeNull();
    expect(await t.c.modules.pricing.getQuote(tt.ctx, bad.id)).toBeNull();
    expect(await t.c.modules.pricing.getQuote(tt.ctx, c.id)).not.toBeNull();
  });
});
