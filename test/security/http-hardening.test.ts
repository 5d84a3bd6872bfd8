import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type TestTenant } from '../helpers/factories.js';

/** Issue #18 items 4, 11, 13, 14: timeouts, URL settings, security headers, metrics, cookies, key throttle. */
let t: TestApp;
let tt: TestTenant;
const host = 'headers.shop.test';
beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  await t.c.modules.org.tenants.addHost(t.c.db, tt.tenant, host);
});
afterAll(() => t.close());

function expectHtmlHeaders(res: { headers: Record<string, unknown> }, label: string) {
  expect(String(res.headers['content-type']), label).toMatch(/^text\/html/);
  const csp = String(res.headers['content-security-policy'] ?? '');
  expect(csp, label).toMatch(/frame-ancestors 'none'/);
  expect(csp, label).toMatch(/script-src 'self'(;|$)/);
  expect(csp, label).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(res.headers['x-content-type-options'], label).toBe('nosniff');
  expect(res.headers['referrer-policy'], label).toBeDefined();
  expect(res.headers['x-frame-options'], label).toBe('DENY');
}

describe('security headers', () => {
  it('every HTML page has CSP without inline script, frame-ancestors none, nosniff and a referrer policy', async () => {
    const customer = await registerCustomer(t, tt.tenant.slug, `h@${tt.tenant.slug}.test`);
    const pages = [
      { url: '/login?next=/users/orders/', headers: { host } },
      { url: '/users/order_item/999999/tradein_approved/', headers: { host, accept: 'text/html', cookie: customer.cookie } },
      { url: '/docs/', headers: {} },
    ];
    for (const p of pages) {
      const res = await t.app.inject({ method: 'GET', url: p.url, headers: p.headers });
      expectHtmlHeaders(res, p.url);
      // No inline script left for the policy to block.
      expect(res.body, p.url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('the sign-in page loads its script from our origin', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/login', headers: { host } });
    expect(page.body).toContain('<script src="/login.js">');
    const js = await t.app.inject({ method: 'GET', url: '/login.js', headers: { host } });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.body).toContain('form.dataset.endpoint');
  });

  it('nosniff on every response, JSON and errors included', async () => {
    for (const url of ['/healthz', '/api/v2/users', '/no/such/route', '/openapi.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});

describe('/metrics', () => {
  it('is off without METRICS_TOKEN', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
  });

  it('needs the bearer token when one is configured', async () => {
    const m = await createTestApp({ env: { METRICS_TOKEN: 'a-metrics-token-of-length' } });
    try {
      expect((await m.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
      expect((await m.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-wrong-token' } })).statusCode).toBe(401);
      const ok = await m.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer a-metrics-token-of-length' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.body).toMatch(/http_requests_total/);
    } finally {
      await m.close();
    }
  });
});

describe('cookies', () => {
  it('are Secure whenever PUBLIC_URL is https, even without TRUST_PROXY', async () => {
    const s = await createTestApp({ env: { PUBLIC_URL: 'https://shop.example' } });
    try {
      const st = await createTenant(s);
      const res = await s.app.inject({
        method: 'POST',
        url: `/api/${st.tenant.slug}/auth/login`,
        payload: { email: st.admin.email, password: st.adminPassword },
      });
      const cookies = [res.headers['set-cookie']].flat().map(String);
      expect(cookies.length).toBeGreaterThanOrEqual(2);
      for (const c of cookies) expect(c).toMatch(/;\s*Secure/i);
    } finally {
      await s.close();
    }
    const plain = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/auth/login`,
      payload: { email: tt.admin.email, password: tt.adminPassword },
    });
    for (const c of [plain.headers['set-cookie']].flat().map(String)) expect(c).not.toMatch(/;\s*Secure/i);
  });
});

describe('wrong API keys', () => {
  it('are throttled per address: after 30 in a minute the address gets 429 with Retry-After', async () => {
    const from = '198.51.100.7';
    for (let i = 0; i < 30; i++) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': `wrong-${i}` }, remoteAddress: from });
      expect(res.statusCode).toBe(401);
    }
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': tt.apiKey }, remoteAddress: from });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const admin = await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/users`, headers: { 'x-apikey': 'wrong' }, remoteAddress: from });
    expect(admin.statusCode).toBe(429);
    // Another address is not affected.
    const other = await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': tt.apiKey }, remoteAddress: '198.51.100.8' });
    expect(other.statusCode).toBe(200);
  });
});

describe('settings that hold URLs', () => {
  it('accept same-site paths and https URLs only', async () => {
    const s = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
    const patch = (settings: Record<string, unknown>) =>
      t.app.inject({ method: 'PATCH', url: `/api/${tt.tenant.slug}/admin/settings`, headers: s.headers, payload: { settings } });
    for (const commerce of [
      { loginPath: '//evil.example/login' },
      { loginPath: '/\\evil.example' },
      { loginPath: 'https://evil.example/login' },
      { storefrontUrl: 'javascript:alert(1)' },
      { storefrontUrl: 'http://shop.example' },
    ]) {
      const res = await patch({ commerce });
      expect(res.statusCode, JSON.stringify(commerce)).toBe(400);
    }
    expect((await patch({ notifications: { backendUrl: 'javascript:alert(1)' } })).statusCode).toBe(400);
    const ok = await patch({ commerce: { loginPath: '/shop/sign-in', storefrontUrl: 'https://shop.example' } });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe('slow clients are cut (real socket)', () => {
  let slow: TestApp;
  let port: number;
  let slug: string;
  beforeAll(async () => {
    slow = await createTestApp({ env: { REQUEST_TIMEOUT_MS: '1000', HEADERS_TIMEOUT_MS: '500' } });
    slug = (await createTenant(slow)).tenant.slug;
    await slow.app.listen({ port: 0, host: '127.0.0.1' });
    port = (slow.app.server.address() as AddressInfo).port;
  });
  afterAll(() => slow.close());

  /** Opens a socket, runs `trickle` on it, and resolves with what the server sent until it closed. */
  function trickle(write: (socket: net.Socket) => NodeJS.Timeout): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let received = '';
      let timer: NodeJS.Timeout | undefined;
      const guard = setTimeout(() => {
        socket.destroy();
        reject(new Error(`socket still open; received: ${received}`));
      }, 15_000);
      socket.on('connect', () => {
        timer = write(socket);
      });
      socket.on('data', (d) => (received += d.toString()));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        clearTimeout(guard);
        resolve(received);
      });
    });
  }

  it('a body trickling one byte at a time is answered 408 and the socket closed', async () => {
    const received = await trickle((socket) => {
      socket.write(`POST /api/${slug}/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n`);
      return setInterval(() => socket.write('{'), 100);
    });
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });

  it('headers trickling in are cut too', async () => {
    const received = await trickle((socket) => {
      socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
      return setInterval(() => socket.write('X-Slow: 1\r\n'), 100);
    });
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});
