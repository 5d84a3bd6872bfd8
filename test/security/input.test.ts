import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type Session, type TestTenant } from '../helpers/factories.js';
import { deepJson } from './walk.js';

/**
 * What a client can send that used to give 5xx (issue #10 item 2, #18 items 5 and 9): each answer
 * is a 400 naming the field, in the surface's own error shape.
 */
let t: TestApp;
let tt: TestTenant;
let customer: Session;
const host = 'input.shop.test';
beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  await t.c.modules.org.tenants.addHost(t.c.db, tt.tenant, host);
  customer = await registerCustomer(t, tt.tenant.slug, `c@${tt.tenant.slug}.test`);
});
afterAll(() => t.close());

const retail = (url: string, init: { method?: 'GET' | 'POST'; payload?: unknown } = {}) =>
  t.app.inject({ method: init.method ?? 'GET', url, headers: { 'x-apikey': tt.apiKey }, payload: init.payload as object });

describe('hostile values are refused with a 400 naming the field', () => {
  it('NUL in the login e-mail', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/auth/login`,
      payload: { email: 'a\u0000@x.test', password: 'whatever-123' },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields).toEqual([expect.objectContaining({ path: 'email', code: 'nul_character', message: 'Must not contain a NUL character.' })]);
  });

  it('NUL in a path segment the tenant lookup reads before validation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/%00/auth/me' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ path: 'params.tenant', code: 'nul_character' });
  });

  it('NUL in a query string', async () => {
    const res = await retail('/api/v2/retail/models?term=ab%00cd');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ path: 'query.term', code: 'nul_character' });
  });

  it('an integer beyond the int4 column range', async () => {
    const res = await retail('/api/v2/retail/price-quote', {
      method: 'POST',
      payload: { ModelId: 1, LocationId: 2_147_483_648, GradingForm: { Answers: {} } },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields.map((f: { path: string }) => f.path)).toContain('LocationId');
    const inPath = await retail('/api/v2/retail/tradeins/2147483648');
    expect(inPath.statusCode, inPath.body).toBe(400);
  });

  it('a date out of range', async () => {
    const res = await retail('/api/v2/retail/tradeins/device?DateFrom=-271821-04-20T00:00:00Z');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields[0]).toMatchObject({ path: 'query.DateFrom', code: 'date_out_of_range' });
  });

  it('an over-long string', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/${tt.tenant.slug}/auth/login`, payload: { email: 'x'.repeat(100_000), password: 'p' } });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields[0].path).toBe('email');
  });

  it('the storefront answers in its own shape (field → message)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/users/orders/cancellation_requests/',
      headers: { ...customer.headers, host },
      payload: { order_item: 1, reason: 1, cancellation_type: 'cancel', description: 'x\u0000y' },
    });
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json();
    expect(body.error_code).toBe('B000001');
    expect(body.description).toBe('Must not contain a NUL character.');
  });

  it('JSON nested a million deep is refused before parsing, and the server stays responsive', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/auth/login`,
      headers: { 'content-type': 'application/json' },
      payload: deepJson(1_000_000),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('B000002');
    expect(res.json().message).toMatch(/deeper than 64/);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('JSON nested within the limit still parses', async () => {
    const nested = JSON.parse(deepJson(10)) as unknown;
    const res = await t.app.inject({ method: 'POST', url: `/api/${tt.tenant.slug}/auth/login`, payload: { email: nested, password: 'p' } as object });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('B000001');
  });
});

describe('the retail API behaves like the .NET service it imitates', () => {
  it('query parameter names are case-insensitive', async () => {
    const lower = await retail('/api/v2/retail/models?term=iphone&limit=2');
    const pascal = await retail('/api/v2/retail/models?term=iphone&Limit=2');
    const camel = await retail('/api/v2/retail/models?Term=iphone&LIMIT=2&itemGroupId=1');
    expect(lower.statusCode, lower.body).toBe(200);
    expect(lower.json().Data).toHaveLength(2);
    expect(pascal.json()).toEqual(lower.json());
    expect(camel.statusCode, camel.body).toBe(200);
    expect(camel.json().Data.length).toBeLessThanOrEqual(2);
    const groups = await retail('/api/v2/retail/manufacturers?itemgroupid=1');
    expect(groups.json()).toEqual((await retail('/api/v2/retail/manufacturers?ItemGroupId=1')).json());
  });

  it('a trailing slash is optional', async () => {
    for (const url of [
      '/api/v2/retail/campaigns',
      '/api/v2/retail/campaigns/',
      '/api/v2/retail/campaigns/list/',
      '/api/v2/users/',
      '/api/v2/retail/models/?term=iphone',
      '/api/v2/retail/itemgroups/',
    ]) {
      const res = await retail(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
  });

  it('a wrong type says what is expected, and limits say what is allowed', async () => {
    const word = await retail('/api/v2/retail/models?term=iphone&limit=abc');
    expect(word.statusCode).toBe(400);
    expect(word.json().fields).toEqual([expect.objectContaining({ path: 'query.limit', message: 'Must be a whole number.' })]);
    const fraction = await retail('/api/v2/retail/models?term=iphone&limit=1.5');
    expect(fraction.json().fields[0].message).toBe('Must be a whole number.');
    const zero = await retail('/api/v2/retail/models?term=iphone&limit=0');
    expect(zero.json().fields[0].message).toBe('Must be at least 1.');
    const huge = await retail('/api/v2/retail/models?term=iphone&limit=100001');
    expect(huge.json().fields[0].message).toBe('Must be at most 100000.');
    const body = await retail('/api/v2/retail/price-quote', { method: 'POST', payload: { ModelId: 'abc', GradingForm: { Answers: {} } } });
    expect(body.json().fields).toContainEqual(expect.objectContaining({ path: 'ModelId', message: 'Must be a whole number.' }));
    const missing = await retail('/api/v2/retail/price-quote', { method: 'POST', payload: { GradingForm: { Answers: {} } } });
    expect(missing.json().fields).toContainEqual(expect.objectContaining({ path: 'ModelId', code: 'required', message: 'This field is required.' }));
  });
});

describe('database data errors are a 400 safety net', () => {
  it('maps SQLSTATE data exceptions to B000003 without the database text', async () => {
    const { databaseInputError } = await import('../../src/http/plugins/error-handler.js');
    const err = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    const mapped = databaseInputError(err, 'en');
    expect(mapped?.code).toBe('B000003');
    expect(mapped?.kind).toBe('validation');
    expect(mapped?.message).not.toMatch(/UTF8|byte/);
    expect(databaseInputError(Object.assign(new Error('x'), { code: '22003' }), 'en')?.message).toMatch(/out of range/);
    expect(databaseInputError(Object.assign(new Error('x'), { code: '23505' }), 'en')?.kind).toBe('conflict');
    expect(databaseInputError(Object.assign(new Error('x'), { code: '57014' }), 'en')).toBeNull();
    expect(databaseInputError(new TypeError('x'), 'en')).toBeNull();
  });

  it('admin login session works with these rules (sanity)', async () => {
    const s = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
    const res = await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/users`, headers: s.headers });
    expect(res.statusCode).toBe(200);
  });
});
