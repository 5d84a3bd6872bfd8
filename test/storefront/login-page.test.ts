import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { safeNext } from '../../src/http/storefront/login.routes.js';

let t: TestApp;
let tt: TestTenant;
beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t, { locale: 'sv' });
  await t.c.modules.org.tenants.addHost(t.c.db, tt.tenant, 'login.shop.test');
});
afterAll(() => t.close());

describe('storefront sign-in page', () => {
  it('serves a localized form that signs in at the host tenant and returns to next', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/login?next=%2Fusers%2Forder_item%2F5%2Ftradein_approved%2F',
      headers: { host: 'login.shop.test', 'accept-language': 'de' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Anmelden');
    expect(res.body).toContain(`/api/${tt.tenant.slug}/auth/login`);
    expect(res.body).toContain('"/users/order_item/5/tradein_approved/"');
  });

  it('cannot be used to inject script through next', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/login?next=' + encodeURIComponent('/x</script><script>alert(1)</script>'),
      headers: { host: 'login.shop.test' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert(1)');
  });

  it('never redirects off site', () => {
    expect(safeNext('https://evil.example/')).toBe('/users/orders/');
    expect(safeNext('//evil.example/x')).toBe('/users/orders/');
    expect(safeNext('/users/orders/1/')).toBe('/users/orders/1/');
  });
});
