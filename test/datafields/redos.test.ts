import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let a: TestTenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
});
afterAll(() => t.close());

const admin = (body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/admin/data-fields`, headers: { 'x-apikey': a.adminKey }, payload: body });

describe('data-field regexes cannot stall the server (issue 18, ReDoS)', () => {
  it('a catastrophic-backtracking pattern answers at once and /healthz is not blocked', async () => {
    const created = await admin({ name: 'Evil name', regex: '([A-Za-z]+ ?)+' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    // 32 characters: ~2^32 steps on a backtracking engine (minutes); linear on RE2.
    const value = 'a'.repeat(31) + '1';
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    const [validated, health] = await Promise.all([
      t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/datafields/validate?dataFieldId=${id}&value=${value}`, headers: { 'x-apikey': a.apiKey } }),
      t.app.inject({ method: 'GET', url: '/healthz' }),
    ]);
    h.disable();
    expect(validated.statusCode).toBe(200);
    expect(validated.json()).toMatchObject({ Result: 'Invalid', ResultType: 1 });
    expect(validated.json().Message).toMatch(/does not match Regex/);
    expect(health.statusCode).toBe(200);
    // The longest the event loop was blocked: a backtracking engine blocks it for seconds.
    expect(h.max / 1e6).toBeLessThan(500);
    const ok = await t.app.inject({
      method: 'GET',
      url: `/api/v2/retail/tradeins/datafields/validate?dataFieldId=${id}&value=Ada%20Lovelace`,
      headers: { 'x-apikey': a.apiKey },
    });
    expect(ok.json()).toMatchObject({ Result: 'Valid' });
  });

  it('refuses patterns a linear-time engine cannot run (back-references, look-around)', async () => {
    for (const regex of ['(a)\\1', '(?=a)a', 'a{1001}']) {
      const res = await admin({ name: `Bad ${regex}`, regex });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('B050020');
    }
  });
});
