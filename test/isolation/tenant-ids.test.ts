import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type TestTenant } from '../helpers/factories.js';
import { quoteBody, setPrice, variantOf } from '../pricing/helpers.js';

// Issue 18, finding 12: every id a client sends is checked against the tenant of the request.
let t: TestApp;
let a: TestTenant;
let b: TestTenant;
let phone: number;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
  b = await createTenant(t);
  phone = await variantOf(t, 'mobiles');
  await setPrice(t, a, phone, 40000);
});
afterAll(() => t.close());

const quote = (extra: Record<string, unknown>, lang = 'en') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v2/retail/price-quote',
    headers: { 'x-apikey': a.apiKey, 'accept-language': lang },
    payload: quoteBody(phone, undefined, extra),
  });

describe('ids from the client are checked against the tenant (issue 18, finding 12)', () => {
  it("a price quote with another tenant's LocationId is refused with the location error and stores nothing", async () => {
    const before = await t.c.db.query<{ n: string }>('SELECT count(*) AS n FROM price_quotes WHERE tenant_id = $1', [a.tenant.id]);
    const res = await quote({ LocationId: b.location.id });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'B070013', message: `Location with '${b.location.id}' id does not exist.` });
    expect((await quote({ LocationId: b.location.id }, 'sv')).json().message).toBe(`Platsen med id '${b.location.id}' finns inte.`);
    expect((await quote({ LocationId: 99_999_999 })).json().code).toBe('B070013');
    const after = await t.c.db.query<{ n: string }>('SELECT count(*) AS n FROM price_quotes WHERE tenant_id = $1', [a.tenant.id]);
    expect(after[0].n).toBe(before[0].n);
    const own = await quote({ LocationId: a.location.id });
    expect(own.statusCode, own.body).toBe(200);
  });

  it("a price quote with another tenant's AgentId is refused (B070005)", async () => {
    const res = await quote({ AgentId: b.admin.uid });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('B070005');
  });

  it("a campaign naming another tenant's data field is refused (B180002)", async () => {
    const field = await t.app.inject({
      method: 'POST',
      url: `/api/${b.tenant.slug}/admin/data-fields`,
      headers: { 'x-apikey': b.adminKey },
      payload: { name: 'B only' },
    });
    expect(field.statusCode, field.body).toBe(201);
    const s = await login(t, a.tenant.slug, a.admin.email, a.adminPassword);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/campaigns`,
      headers: s.headers,
      payload: {
        name: 'Borrowed field',
        active_from: '2026-05-01T00:00:00Z',
        active_to: '2026-07-01T00:00:00Z',
        offers: [],
        data_field_ids: [field.json().id],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('B180002');
  });

  it("an API key or a user cannot be bound to another tenant's user or location", async () => {
    const s = await login(t, a.tenant.slug, a.admin.email, a.adminPassword);
    const key = await t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/admin/api-keys`, headers: s.headers, payload: { user_id: b.admin.id } });
    expect(key.statusCode).toBe(404);
    const keyLoc = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/api-keys`,
      headers: s.headers,
      payload: { user_id: a.admin.id, location_id: b.location.id },
    });
    expect(keyLoc.statusCode).toBe(404);
    const user = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/users`,
      headers: s.headers,
      payload: { email: 'cross@example.com', role: 'agent', password: 'plum tree in May', location_ids: [b.location.id] },
    });
    expect(user.statusCode).toBe(404);
  });
});
