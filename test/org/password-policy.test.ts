import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let a: TestTenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
});
afterAll(() => t.close());

const register = (email: string, password: string, lang = 'en') =>
  t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/auth/register`, payload: { email, password }, headers: { 'accept-language': lang } });

describe('password policy (issue 18, finding 7)', () => {
  it('registration refuses common passwords, the e-mail, its local part and all-whitespace, with localized codes', async () => {
    const cases: [string, string, string][] = [
      ['password', 'B010006', 'too common'],
      ['12345678', 'B010006', 'too common'],
      ['        ', 'B010008', 'spaces only'],
      ['weak.user@example.com', 'B010007', 'e-mail'],
      ['weak.user', 'B010007', 'e-mail'],
    ];
    for (const [pw, code, text] of cases) {
      const res = await register('weak.user@example.com', pw);
      expect(res.statusCode, pw).toBe(400);
      expect(res.json()).toMatchObject({ code });
      expect(res.json().message).toContain(text);
    }
    const tr = await register('weak.user@example.com', 'password', 'tr');
    expect(tr.json().message).toMatch(/çok yaygın/);
    expect((await register('weak.user@example.com', 'plum tree under snow')).statusCode).toBe(201);
  });

  it('staff need 12 characters and no common password (admin API)', async () => {
    const create = (payload: Record<string, unknown>) =>
      t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/admin/users`, headers: { 'x-apikey': a.adminKey }, payload });
    const short = await create({ email: 'agent1@example.com', role: 'agent', password: 'elevenchars' });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'B010005' });
    expect(short.json().message).toContain('12');
    const common = await create({ email: 'agent1@example.com', role: 'admin', password: 'qwerty123456' });
    expect(common.statusCode).toBe(400);
    expect(common.json()).toMatchObject({ code: 'B010006' });
    const ok = await create({ email: 'agent1@example.com', role: 'agent', password: 'plum tree in May' });
    expect(ok.statusCode).toBe(201);
  });

  it('password change checks the current password and the policy, and signs out the other sessions', async () => {
    const s = await registerCustomer(t, a.tenant.slug, 'changer@example.com', 'first-secret-22');
    const other = await login(t, a.tenant.slug, 'changer@example.com', 'first-secret-22');
    const change = (body: Record<string, unknown>, headers = s.headers) =>
      t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/auth/password`, headers, payload: body });
    const noCsrf = await change({ current_password: 'first-secret-22', new_password: 'second secret 33' }, { cookie: s.cookie } as typeof s.headers);
    expect(noCsrf.statusCode).toBe(403);
    const wrong = await change({ current_password: 'not-it-at-all', new_password: 'second secret 33' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('U010001');
    const weak = await change({ current_password: 'first-secret-22', new_password: 'iloveyou' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().code).toBe('B010006');
    const ok = await change({ current_password: 'first-secret-22', new_password: 'second secret 33' });
    expect(ok.statusCode).toBe(204);
    const me = (cookie: string) => t.app.inject({ method: 'GET', url: `/api/${a.tenant.slug}/auth/me`, headers: { cookie } });
    expect((await me(s.cookie)).statusCode).toBe(200);
    expect((await me(other.cookie)).statusCode).toBe(401);
    await login(t, a.tenant.slug, 'changer@example.com', 'second secret 33');
  });
});
