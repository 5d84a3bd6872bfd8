import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type TestTenant } from '../helpers/factories.js';
import { variantWithTac } from '../diligence/fixtures.js';

/**
 * Issue #18 finding 10 (SSRF): every outbound call a tenant configures — data-field validator,
 * diligence provider, backend notifications (webhooks: test/webhooks) — goes through the guarded
 * client. Without the tenant's `development.allowPrivateOutbound` a loopback or `http` target is
 * refused with a stable code and never called. Redirects and answers over the cap are refused
 * whatever the switch says: the loopback service stands in for a public one that redirects to
 * an internal address or answers 30 MB, which the switch must not make acceptable either.
 */
let t: TestApp;
let server: http.Server;
let base: string;
const hits: string[] = [];
let hugeSent = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    req.resume();
    req.on('end', () => {
      if (req.url?.startsWith('/redirect')) return void res.writeHead(302, { location: `${base}/internal` }).end();
      if (req.url?.startsWith('/huge')) {
        // 30 MB of a JSON string, written only as fast as the client reads.
        const chunk = Buffer.alloc(64 * 1024, 97);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"valid":true,"message":"');
        const pump = () => {
          while (hugeSent < 30 * 1024 * 1024) {
            hugeSent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end('"}');
        };
        return pump();
      }
      if (req.url?.startsWith('/backend')) return void res.writeHead(204).end();
      // A validator that accepts and a diligence service that passes.
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ valid: true, fraud: { result: 'Passed' } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const DEV = { development: { allowPrivateOutbound: true } };
const loopbackHttps = () => base.replace('http:', 'https:');

describe('data-field external validator', () => {
  const createField = (tt: TestTenant, name: string, url: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/data-fields`,
      headers: { 'x-apikey': tt.adminKey },
      payload: { name, external_validation: { url, timeout_ms: 3000 } },
    });
  const validate = (tt: TestTenant, id: number, value = 'V-1') =>
    t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/datafields/validate?dataFieldId=${id}&value=${value}`, headers: { 'x-apikey': tt.apiKey } });

  it('refuses a loopback or plain-http URL when saved unless the tenant allows private targets (B050023)', async () => {
    const tt = await createTenant(t);
    for (const url of [`${base}/ok`, `${loopbackHttps()}/ok`, 'https://[::1]/ok', 'https://169.254.169.254/latest', 'https://localhost/ok']) {
      const res = await createField(tt, `F-${hits.length}-${url.length}`, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code, url).toBe('B050023');
    }
    expect(hits).toEqual([]);
  });

  it('with the switch on, the loopback validator works; switched off by the admin, it is never called again', async () => {
    const tt = await createTenant(t, { settings: DEV });
    const res = await createField(tt, 'Voucher', `${base}/ok`);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    expect((await validate(tt, id)).json()).toEqual({ Result: 'Valid', ResultType: 0, Message: '' });
    expect(hits.at(-1)).toBe('/ok');

    const admin = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
    const off = await t.app.inject({
      method: 'PATCH',
      url: `/api/${tt.tenant.slug}/admin/settings`,
      headers: admin.headers,
      payload: { settings: { development: { allowPrivateOutbound: false } } },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().settings.development).toEqual({ allowPrivateOutbound: false });
    const before = hits.length;
    const refused = (await validate(tt, id)).json();
    expect(refused).toMatchObject({ Result: 'Invalid', ResultType: 1 });
    expect(refused.Message).toMatch(/^Error in external data fields validation: 'scheme_not_allowed/);
    await expect(
      t.c.modules.datafields.validateForTradeIn(
        { ...tt.ctx, tenant: { ...tt.ctx.tenant, settings: {} } },
        { values: [{ DataFieldId: id, DataFieldValue: 'V-2' }], isCorporate: false, campaignId: null, mode: 'register' },
      ),
    ).rejects.toMatchObject({ code: 'B050010' });
    expect(hits.length).toBe(before);
  });

  it('never follows a redirect and never reads a 30 MB answer (switch on)', async () => {
    const tt = await createTenant(t, { settings: DEV });
    const redirect = (await createField(tt, 'Redirected', `${base}/redirect`)).json().id as number;
    const huge = (await createField(tt, 'Huge', `${base}/huge`)).json().id as number;
    const before = hits.length;
    const r = (await validate(tt, redirect)).json();
    expect(r.Result).toBe('Invalid');
    expect(r.Message).toMatch(/'redirect_refused/);
    expect(hits.slice(before)).toEqual(['/redirect']);

    hugeSent = 0;
    const started = performance.now();
    const h = (await validate(tt, huge)).json();
    expect(h.Result).toBe('Invalid');
    expect(h.Message).toMatch(/'too_large/);
    // Reading stopped at the cap (16 KiB): the service could hand over socket buffers, not 30 MB.
    expect(hugeSent).toBeLessThan(8 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('diligence provider', () => {
  let variant: { variantId: number; tac: string };
  let serial = 500000;
  beforeAll(async () => {
    variant = await variantWithTac(t.c.db, 'samsung');
  });
  const external = async (settings: Record<string, unknown>, path: string) => {
    const tt = await createTenant(t, {
      settings: { ...settings, diligence: { external: { url: `${path.startsWith('https') ? '' : base}${path}`, apiKey: 'k', retries: 0 } } },
    });
    const imei = imeiFromTac(variant.tac, String(serial++));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/retail/duediligence/check',
      headers: { 'x-apikey': tt.apiKey },
      payload: { ModelId: variant.variantId, ItemIdentifier: imei },
    });
    expect(res.statusCode, res.body).toBe(200);
    const report = (await t.app.inject({ method: 'GET', url: `/api/v2/retail/duediligence/report/${res.json()}`, headers: { 'x-apikey': tt.apiKey } })).json();
    return report.FraudCheckResults.find((r: { Provider: string }) => r.Provider === 'ExternalCheckProvider') as { Result: string };
  };

  it('without the switch a loopback service is never called: the check reads Error', async () => {
    const before = hits.length;
    expect(await external({}, '/ok')).toMatchObject({ Result: 'Error' });
    expect(await external({}, `${loopbackHttps()}/ok`)).toMatchObject({ Result: 'Error' });
    expect(hits.length).toBe(before);
    const stored = await t.c.db.query<{ detail: string }>(
      `SELECT detail FROM diligence_results WHERE provider = 'ExternalCheckProvider' ORDER BY id DESC LIMIT 2`,
    );
    expect(stored.map((r) => r.detail).sort()).toEqual([expect.stringMatching(/^address_not_allowed/), expect.stringMatching(/^scheme_not_allowed/)]);
  });

  it('with the switch the loopback service answers; a redirect or a 30 MB answer is an Error', async () => {
    expect(await external(DEV, '/ok')).toMatchObject({ Result: 'Passed' });
    expect(await external(DEV, '/redirect')).toMatchObject({ Result: 'Error' });
    hugeSent = 0;
    expect(await external(DEV, '/huge')).toMatchObject({ Result: 'Error' });
    expect(hugeSent).toBeLessThan(8 * 1024 * 1024);
    expect(hits).not.toContain('/internal');
  });
});

describe('backend notifications', () => {
  const notify = async (settings: Record<string, unknown>, url: string) => {
    const tt = await createTenant(t, { settings: { ...settings, notifications: { backendUrl: url, backendMode: 'sync' } } });
    return t.c.modules.notifications.notifyBackend(tt.ctx, { event: 'tradein.approved', payload: { id: 1 }, dedupeKey: `k-${Math.random()}` });
  };

  it('without the switch a loopback backend is never called (the synchronous decision fails)', async () => {
    const before = hits.length;
    expect(await notify({}, `${base}/backend`)).toBe('failed');
    expect(await notify({}, `${loopbackHttps()}/backend`)).toBe('failed');
    expect(hits.length).toBe(before);
    expect(await notify(DEV, `${base}/backend`)).toBe('sent');
    expect(hits.at(-1)).toBe('/backend');
    // A redirect is not followed, even with the switch on.
    expect(await notify(DEV, `${base}/redirect`)).toBe('failed');
    expect(hits).not.toContain('/internal');
  });
});
