import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { variantWithTac } from './fixtures.js';

/** A fake checking service on loopback whose behaviour each test sets. */
let server: http.Server;
let baseUrl: string;
let behaviour: (body: Record<string, unknown>, res: http.ServerResponse) => void;
let requests: { headers: http.IncomingHttpHeaders; body: Record<string, unknown> }[] = [];

let t: TestApp;
let apple: { variantId: number; tac: string };
let samsung: { variantId: number; tac: string };
let serial = 300000;

function json(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function tenantWith(external: Record<string, unknown>, budgetMs = 5000): Promise<TestTenant> {
  const tenant = await createTenant(t, {
    // The test service listens on loopback: the tenant's development switch allows it.
    settings: {
      development: { allowPrivateOutbound: true },
      diligence: { budgetMs, external: { url: `${baseUrl}/check`, apiKey: 'secret-key', ...external } },
    },
  });
  await t.c.modules.catalog.variantsForTac(tenant.ctx, samsung.tac);
  return tenant;
}

async function run(tenant: TestTenant, variantId: number, extra: Record<string, unknown> = {}) {
  const imei = imeiFromTac(variantId === apple.variantId ? apple.tac : samsung.tac, String(serial++));
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v2/retail/duediligence/check',
    headers: { 'x-apikey': tenant.apiKey },
    payload: { ModelId: variantId, ItemIdentifier: imei, ...extra },
  });
  expect(res.statusCode).toBe(200);
  const report = (
    await t.app.inject({ method: 'GET', url: `/api/v2/retail/duediligence/report/${res.json()}`, headers: { 'x-apikey': tenant.apiKey } })
  ).json();
  const summary = await t.c.modules.diligence.latestReportFor(tenant.ctx, { itemIdentifier: imei, variantId });
  return { imei, report, summary, external: report.FraudCheckResults.find((r: { Provider: string }) => r.Provider === 'ExternalCheckProvider') };
}

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = data ? (JSON.parse(data) as Record<string, unknown>) : {};
      requests.push({ headers: req.headers, body });
      behaviour(body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await createTestApp();
  apple = await variantWithTac(t.c.db, 'apple');
  samsung = await variantWithTac(t.c.db, 'samsung');
});
afterAll(async () => {
  await t.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  requests = [];
});

describe('external checking service adapter', () => {
  it('passes: sends identifier, model and key; records the certificate', async () => {
    const tenant = await tenantWith({});
    behaviour = (_b, res) => json(res, 200, { fraud: { result: 'Passed', certId: 'EXT-1' } });
    const { imei, external, summary } = await run(tenant, samsung.variantId);
    expect(external).toMatchObject({ Result: 'Passed', ResultId: 1, CertId: 'EXT-1' });
    expect(summary?.fraud).toBe('Passed');
    expect(requests).toHaveLength(1);
    expect(requests[0].headers['x-api-key']).toBe('secret-key');
    expect(requests[0].body).toMatchObject({ itemIdentifier: imei, modelId: samsung.variantId, manufacturer: 'samsung', checks: ['fraud'] });
  });

  it('fails: a Failed answer makes the report Failed', async () => {
    const tenant = await tenantWith({});
    behaviour = (_b, res) => json(res, 200, { fraud: { result: 'Failed', certId: 'EXT-2' } });
    const { external, summary } = await run(tenant, samsung.variantId);
    expect(external).toMatchObject({ Result: 'Failed', ResultId: 2 });
    expect(summary?.fraud).toBe('Failed');
  });

  it('a timeout gives Error (after the configured retries), within the budget', async () => {
    const tenant = await tenantWith({ timeoutMs: 150, retries: 1 });
    behaviour = () => undefined; // never answers
    const started = Date.now();
    const { external, summary } = await run(tenant, samsung.variantId);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(external).toMatchObject({ Result: 'Error', ResultId: 4 });
    expect(summary?.fraud).toBe('Error');
    expect(requests).toHaveLength(2);
  });

  it('an overrun of the whole budget gives Error, never a hang', async () => {
    const tenant = await tenantWith({ timeoutMs: 5000, retries: 0 }, 300);
    behaviour = () => undefined;
    const started = Date.now();
    const { external } = await run(tenant, samsung.variantId);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(external).toMatchObject({ Result: 'Error' });
  });

  it('retries 5xx and succeeds; does not retry 4xx', async () => {
    const tenant = await tenantWith({ retries: 2 });
    let calls = 0;
    behaviour = (_b, res) => (++calls < 3 ? json(res, 503, { error: 'busy' }) : json(res, 200, { fraud: { result: 'Passed' } }));
    expect((await run(tenant, samsung.variantId)).external).toMatchObject({ Result: 'Passed' });
    expect(requests).toHaveLength(3);
    requests = [];
    behaviour = (_b, res) => json(res, 401, { error: 'bad key' });
    expect((await run(tenant, samsung.variantId)).external).toMatchObject({ Result: 'Error' });
    expect(requests).toHaveLength(1);
  });

  it('opens the circuit after repeated failures, then tries again after the reset time', async () => {
    const tenant = await tenantWith({ retries: 0, breakerThreshold: 2, breakerResetMs: 60_000 });
    behaviour = (_b, res) => json(res, 500, {});
    await run(tenant, samsung.variantId);
    await run(tenant, samsung.variantId);
    expect(requests).toHaveLength(2);
    const open = await run(tenant, samsung.variantId);
    expect(open.external).toMatchObject({ Result: 'Error' });
    expect(requests).toHaveLength(2); // refused without calling the service
    (t.clock as ManualClock).advance(61_000);
    behaviour = (_b, res) => json(res, 200, { fraud: { result: 'Passed' } });
    expect((await run(tenant, samsung.variantId)).external).toMatchObject({ Result: 'Passed' });
    expect(requests).toHaveLength(3);
    // other tenants have their own breaker
    const other = await tenantWith({ retries: 0, breakerThreshold: 2 });
    expect((await run(other, samsung.variantId)).external).toMatchObject({ Result: 'Passed' });
  });

  it('answers Find-My for Apple when configured (attestation ignored), NotApplicable for others', async () => {
    const tenant = await tenantWith({ checks: ['fraud', 'fmip'], name: 'CheckmendProvider' });
    behaviour = (body, res) =>
      json(res, 200, {
        fraud: { result: 'Passed', certId: 'F' },
        ...((body.checks as string[]).includes('fmip') ? { fmip: { result: 'Lost', certId: 'M' } } : {}),
      });
    const a = await run(tenant, apple.variantId, { FmipAttestation: 'NotActivated' });
    expect(a.report.FmipCheckResults).toEqual([expect.objectContaining({ Provider: 'CheckmendProvider', Result: 'Lost', ResultId: 4, CertId: 'M' })]);
    expect(a.summary?.fmip).toBe('Lost');
    expect(requests[0].body.checks).toEqual(['fraud', 'fmip']);
    const s = await run(tenant, samsung.variantId);
    expect(s.report.FmipCheckResults).toEqual([expect.objectContaining({ Result: 'Not applicable' })]);
    expect(requests[1].body.checks).toEqual(['fraud']);
  });

  it('refuses settings without a valid URL', async () => {
    await expect(createTenant(t, { settings: { diligence: { external: { url: 'ftp://x', apiKey: 'k' } } } })).rejects.toMatchObject({ code: 'B010004' });
  });
});
