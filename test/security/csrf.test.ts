import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { login, registerCustomer, type Session } from '../helpers/factories.js';
import { credentials, operations, sample, urlFor, type Credentials, type Operation } from './walk.js';

/**
 * CSRF walk: every unsafe operation of `/openapi.json` on a cookie surface (admin, upgrade,
 * storefront), sent with a valid session cookie but without `x-csrftoken`, is refused with 403
 * F000002 before it does anything. The only exceptions act without the session's authority.
 */
const EXEMPT = new Set([
  // Signing in or up does not act with a session; the signed link token is the authority of
  // the decision pages' buttons.
  'POST /api/{tenant}/auth/login',
  'POST /api/{tenant}/auth/register',
  'POST /users/order_item/{pk}/tradein_approved/',
  'POST /users/order_item/{pk}/tradein_rejected/',
]);

let t: TestApp;
let creds: Credentials;
let unsafe: Operation[];
let admin: Session;
let customer: Session;
beforeAll(async () => {
  t = await createTestApp();
  creds = await credentials(t);
  unsafe = (await operations(t)).filter((o) => ['admin', 'upgrade', 'storefront'].includes(o.surface) && o.method !== 'GET');
  admin = await login(t, creds.tt.tenant.slug, creds.tt.admin.email, creds.tt.adminPassword);
  customer = await registerCustomer(t, creds.tt.tenant.slug, `csrf@${creds.tt.tenant.slug}.test`);
});
afterAll(() => t.close());

describe('CSRF on every unsafe cookie route', () => {
  it('finds unsafe cookie routes on every cookie surface', () => {
    const surfaces = new Set(unsafe.map((o) => o.surface));
    expect([...surfaces].sort()).toEqual(['admin', 'storefront', 'upgrade']);
  });

  it('without x-csrftoken → 403 F000002', async () => {
    const wrong: string[] = [];
    for (const op of unsafe) {
      if (EXEMPT.has(`${op.method} ${op.path}`)) continue;
      const session = op.surface === 'admin' ? admin : customer;
      for (const csrf of [undefined, 'forged-token']) {
        const headers: Record<string, string> = { cookie: session.cookie, host: creds.host };
        if (csrf) headers['x-csrftoken'] = csrf;
        const res = await t.app.inject({
          method: op.method as 'POST',
          url: urlFor(op, creds.tt.tenant.slug),
          headers,
          ...(op.bodyType === 'application/json' ? { payload: (sample(op.body ?? {}) ?? {}) as object } : {}),
        });
        const body = res.json() as { code?: string; error_code?: string };
        if (res.statusCode !== 403 || (body.code ?? body.error_code) !== 'F000002')
          wrong.push(`${op.method} ${op.path} (csrf ${csrf ?? 'missing'}): ${res.statusCode} ${res.body.slice(0, 100)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the exempt routes are still there (a removed one must leave this list)', () => {
    const present = new Set(unsafe.map((o) => `${o.method} ${o.path}`));
    for (const e of EXEMPT) expect(present, e).toContain(e);
  });
});
