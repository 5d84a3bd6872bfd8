import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await createTestApp({ env: { METRICS_TOKEN: 'metrics-token-0123456789' } });
  a = await createTenant(t);
  b = await createTenant(t);
  await t.c.modules.org.users.create(a.ctx, {
    email: 'agent@a.test',
    role: 'agent',
    firstName: 'Alex',
    lastName: 'Agent',
    externalRef: 'EXT-1',
    locationIds: [a.location.id],
  });
});
afterAll(() => t.close());

describe('users and locations (seed 003 §10)', () => {
  it("lists the key tenant's users with the seed field names", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v2/users?api-version=2.0', headers: { 'x-apikey': a.apiKey } });
    expect(res.statusCode).toBe(200);
    const users = res.json();
    expect(users.map((u: { Email: string }) => u.Email).sort()).toEqual(['admin@' + a.tenant.slug + '.test', 'agent@a.test'].sort());
    const agent = users.find((u: { Email: string }) => u.Email === 'agent@a.test');
    expect(Object.keys(agent).sort()).toEqual(
      [
        'UserId',
        'UserName',
        'FirstName',
        'LastName',
        'PhoneNumber',
        'Email',
        'CreateDate',
        'Locations',
        'LocationIds',
        'UserExternalReference',
        'IsActive',
      ].sort(),
    );
    expect(agent).toMatchObject({ FirstName: 'Alex', Locations: ['Test Store'], LocationIds: [a.location.id], UserExternalReference: 'EXT-1', IsActive: true });
  });

  it('a key of another tenant sees none of its users or locations', async () => {
    const users = await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': b.apiKey } });
    expect(users.json().map((u: { Email: string }) => u.Email)).toEqual([`admin@${b.tenant.slug}.test`]);
    const locations = await t.app.inject({ method: 'GET', url: '/api/v2/locations', headers: { 'x-apikey': b.apiKey } });
    expect(locations.json().map((l: { Id: number }) => l.Id)).toEqual([b.location.id]);
  });

  it('refuses a missing, wrong or revoked key', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v2/users' })).statusCode).toBe(401);
    const wrong = await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': a.apiKey + 'x' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('U000001');
    const { key, record } = await t.c.modules.org.apiKeys.create(a.ctx, { userId: a.admin.id });
    expect((await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': key } })).statusCode).toBe(200);
    await t.c.modules.org.apiKeys.revoke(a.ctx, record.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': key } })).statusCode).toBe(401);
  });

  it('stores only a hash of the key', async () => {
    const rows = await t.c.db.query<{ key_hash: string }>('SELECT key_hash FROM api_keys WHERE tenant_id = $1', [a.tenant.id]);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.key_hash).not.toContain(a.apiKey);
    expect(a.apiKey.length).toBeGreaterThanOrEqual(43);
  });
});

describe('tenants', () => {
  it('refuses slugs that collide with routes', async () => {
    for (const slug of ['v2', 'admin', 'docs', 'v1', 'Bad Slug']) {
      await expect(t.c.modules.org.tenants.create(t.c.db, { slug, name: 'x' })).rejects.toMatchObject({ code: 'B010001' });
    }
  });

  it('validates settings sections', async () => {
    await expect(
      t.c.modules.org.tenants.create(t.c.db, {
        slug: 'settings-bad-' + Date.now().toString(36),
        name: 'x',
        settings: { session: { cookieName: 'Bad Name!' } },
      }),
    ).rejects.toMatchObject({ code: 'B010004' });
  });
});

describe('operations', () => {
  it('serves health, readiness, metrics and OpenAPI', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': a.apiKey } });
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer metrics-token-0123456789' } });
    expect(metrics.body).toMatch(/http_requests_total\{method="GET",route="\/api\/v2\/users",status="200"\}/);
    expect(metrics.body).toMatch(/http_request_duration_seconds_bucket/);
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(spec.paths['/api/v2/users']).toBeDefined();
    expect(spec.paths['/api/{tenant}/auth/login']).toBeDefined();
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('answers unknown routes and bad JSON with a coded error, never a 500', async () => {
    const nf = await t.app.inject({ method: 'GET', url: '/nope' });
    expect(nf.statusCode).toBe(404);
    expect(nf.json().code).toBe('N000001');
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/auth/login`,
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('B000002');
    expect(bad.headers['x-request-id']).toBeTruthy();
  });
});
