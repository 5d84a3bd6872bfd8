import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
  b = await createTenant(t, { settings: { session: { cookieName: 'osessionid' } } });
});
afterAll(() => t.close());

describe('customer auth (seed 001)', () => {
  it('register → me → logout → me refused', async () => {
    const s = await registerCustomer(t, a.tenant.slug, 'ayse@example.com');
    const me = await t.app.inject({ method: 'GET', url: `/api/${a.tenant.slug}/auth/me`, headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ email: 'ayse@example.com', role: 'customer', first_name: 'Cem' });

    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/auth/logout`, headers: { cookie: s.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('F000002');

    const out = await t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/auth/logout`, headers: s.headers });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: `/api/${a.tenant.slug}/auth/me`, headers: { cookie: s.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('sets an HttpOnly SameSite=Lax session cookie and a readable csrftoken cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/auth/login`, payload: { email: a.admin.email, password: a.adminPassword } });
    expect(res.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] as string[]);
    const session = cookies.find((c) => c.startsWith('sessionid='))!;
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
    const csrf = cookies.find((c) => c.startsWith('csrftoken='))!;
    expect(csrf).not.toMatch(/HttpOnly/);
  });

  it('a session of tenant A is worth nothing at tenant B', async () => {
    const s = await login(t, a.tenant.slug, a.admin.email, a.adminPassword);
    const atB = await t.app.inject({ method: 'GET', url: `/api/${b.tenant.slug}/auth/me`, headers: { cookie: `osessionid=${s.token}; sessionid=${s.token}` } });
    expect(atB.statusCode).toBe(401);
  });

  it('uses the tenant-configured cookie name', async () => {
    const s = await login(t, b.tenant.slug, b.admin.email, b.adminPassword, 'osessionid');
    const me = await t.app.inject({ method: 'GET', url: `/api/${b.tenant.slug}/auth/me`, headers: { cookie: `osessionid=${s.token}` } });
    expect(me.statusCode).toBe(200);
  });

  it('rotates the session at login (the previous cookie stops working)', async () => {
    const first = await login(t, a.tenant.slug, a.admin.email, a.adminPassword);
    const second = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/auth/login`,
      payload: { email: a.admin.email, password: a.adminPassword },
      headers: { cookie: first.cookie },
    });
    expect(second.statusCode).toBe(200);
    const old = await t.app.inject({ method: 'GET', url: `/api/${a.tenant.slug}/auth/me`, headers: { cookie: first.cookie } });
    expect(old.statusCode).toBe(401);
  });

  it('refuses a duplicate email and names every failing field', async () => {
    await registerCustomer(t, a.tenant.slug, 'dup@example.com');
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/auth/register`,
      payload: { email: 'DUP@example.com', password: 'another-pass' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('B010003');
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/auth/register`,
      payload: { email: 'not-an-email', password: 'short' },
      headers: { 'accept-language': 'tr' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('B000001');
    expect(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['email', 'password']);
    expect(bad.json().message).toMatch(/İstek geçerli değil/);
  });

  it('throttles repeated failed logins per account', async () => {
    const slug = a.tenant.slug;
    await registerCustomer(t, slug, 'victim@example.com', 'right-password');
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: 'POST', url: `/api/${slug}/auth/login`, payload: { email: 'victim@example.com', password: `wrong-${i}` } });
      expect(r.statusCode).toBe(401);
      expect(r.json().code).toBe('U000003');
    }
    const locked = await t.app.inject({ method: 'POST', url: `/api/${slug}/auth/login`, payload: { email: 'victim@example.com', password: 'right-password' } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('R000001');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('unknown tenant is a clear 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-tenant/auth/me', headers: { 'accept-language': 'sv' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'N000002', message: "Klienten 'no-such-tenant' hittades inte." });
  });
});
