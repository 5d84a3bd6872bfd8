import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type TestTenant } from '../helpers/factories.js';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { buildProgram } from '../../src/cli/program.js';
import type { CliRuntime } from '../../src/cli/runtime.js';
import { variantWithTac } from './fixtures.js';
import type { ManualClock } from '../../src/platform/clock/index.js';

let t: TestApp;
let a: TestTenant;
let b: TestTenant;
let apple: { variantId: number; itemId: number; tac: string };
let samsung: { variantId: number; itemId: number; tac: string };

const check = (tenant: TestTenant, body: Record<string, unknown>, lang = 'en') =>
  t.app.inject({
    method: 'POST',
    url: '/api/v2/retail/duediligence/check?api-version=2.0',
    headers: { 'x-apikey': tenant.apiKey, 'accept-language': lang },
    payload: body,
  });
const report = (tenant: TestTenant, id: string) =>
  t.app.inject({ method: 'GET', url: `/api/v2/retail/duediligence/report/${id}`, headers: { 'x-apikey': tenant.apiKey } });

async function checkAndRead(tenant: TestTenant, body: Record<string, unknown>) {
  const res = await check(tenant, body);
  expect(res.statusCode).toBe(200);
  const id = res.json() as string;
  const rep = await report(tenant, id);
  expect(rep.statusCode).toBe(200);
  return { id, report: rep.json() as { FraudCheckResults: Record<string, unknown>[]; FmipCheckResults: Record<string, unknown>[] } };
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
  b = await createTenant(t);
  apple = await variantWithTac(t.c.db, 'apple');
  samsung = await variantWithTac(t.c.db, 'samsung');
  // The catalog builds its TAC lookup on first use; build it outside the checks' time budget.
  for (const tenant of [a, b]) await t.c.modules.catalog.variantsForTac(tenant.ctx, samsung.tac);
});
afterAll(() => t.close());

describe('POST /api/v2/retail/duediligence/check and GET report (seed §4)', () => {
  it('answers the report id as a JSON string; a clean Samsung passes, FMIP NotApplicable', async () => {
    const imei = imeiFromTac(samsung.tac, '100001');
    const res = await check(a, { ModelId: samsung.variantId, ItemIdentifier: imei });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body).toMatch(/^"[0-9a-f-]{36}"$/);
    const rep = await report(a, res.json());
    const body = rep.json();
    expect(Object.keys(body)).toEqual(['FraudCheckResults', 'FmipCheckResults']);
    for (const r of [...body.FraudCheckResults, ...body.FmipCheckResults]) {
      expect(Object.keys(r)).toEqual(['Provider', 'CertId', 'Result', 'ResultId', 'Timestamp']);
      expect(r.CertId).toMatch(/\S/);
    }
    expect(body.FraudCheckResults.map((r: { Result: string }) => r.Result)).toEqual(['Passed', 'Passed']);
    expect(body.FraudCheckResults[0]).toMatchObject({
      Provider: 'TenantBlocklistProvider',
      Result: 'Passed',
      ResultId: 1,
      Timestamp: '2026-06-01T10:00:00.000Z',
    });
    // Issue 10: the report speaks seed §4's words ("Not applicable").
    expect(body.FmipCheckResults).toEqual([expect.objectContaining({ Result: 'Not applicable', ResultId: 3 })]);
    const summary = await t.c.modules.diligence.latestReportFor(a.ctx, { itemIdentifier: imei, variantId: samsung.variantId });
    expect(summary).toMatchObject({ reportId: res.json(), fraud: 'Passed', fmip: 'NotApplicable', variantId: samsung.variantId, itemIdentifier: imei });
  });

  it('a blocklisted IMEI is Failed (and latestReportFor says Failed)', async () => {
    const imei = imeiFromTac(samsung.tac, '100002');
    const add = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/blocklist`,
      headers: { 'x-apikey': a.adminKey },
      payload: { identifier: imei, reason: 'reported stolen', source: 'police' },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ identifier: imei, reason: 'reported stolen', source: 'police', created_at: '2026-06-01T10:00:00.000Z' });
    const { id, report: body } = await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: `${imei.slice(0, 8)} ${imei.slice(8)}` });
    expect(body.FraudCheckResults.find((r) => r.Provider === 'TenantBlocklistProvider')).toMatchObject({ Result: 'Failed', ResultId: 2 });
    const summary = await t.c.modules.diligence.latestReportFor(a.ctx, { itemIdentifier: imei, variantId: samsung.variantId });
    expect(summary).toMatchObject({ reportId: id, fraud: 'Failed' });
    // The same IMEI is clean for another tenant.
    const other = await checkAndRead(b, { ModelId: samsung.variantId, ItemIdentifier: imei });
    expect(other.report.FraudCheckResults.every((r) => r.Result === 'Passed')).toBe(true);
    // After unblocking, a new check passes and becomes the latest.
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/${a.tenant.slug}/admin/blocklist/${imei}`, headers: { 'x-apikey': a.adminKey } })).statusCode,
    ).toBe(204);
    (t.clock as ManualClock).advance(1000);
    await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: imei });
    expect((await t.c.modules.diligence.latestReportFor(a.ctx, { itemIdentifier: imei, variantId: samsung.variantId }))?.fraud).toBe('Passed');
  });

  it('a TAC of another model, a bad Luhn digit or a non-IMEI for an IMEI model is Caution', async () => {
    const appleImei = imeiFromTac(apple.tac, '100003');
    const mismatch = await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: appleImei });
    expect(mismatch.report.FraudCheckResults.find((r) => r.Provider === 'IdentifierConsistencyProvider')).toMatchObject({ Result: 'Caution', ResultId: 3 });
    expect((await t.c.modules.diligence.latestReportFor(a.ctx, { itemIdentifier: appleImei, variantId: samsung.variantId }))?.fraud).toBe('Caution');
    const good = imeiFromTac(samsung.tac, '100004');
    const badLuhn = good.slice(0, 14) + String((Number(good[14]) + 1) % 10);
    const luhn = await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: badLuhn });
    expect(luhn.report.FraudCheckResults.find((r) => r.Provider === 'IdentifierConsistencyProvider')).toMatchObject({ Result: 'Caution' });
    const serial = await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: 'R58M12ABCDE' });
    expect(serial.report.FraudCheckResults.find((r) => r.Provider === 'IdentifierConsistencyProvider')).toMatchObject({ Result: 'Caution' });
  });

  it('Apple: FMIP from the attestation, Error without one', async () => {
    const imei = imeiFromTac(apple.tac, '100005');
    const on = await checkAndRead(a, { ModelId: apple.variantId, ItemIdentifier: imei, FmipAttestation: 'Activated' });
    expect(on.report.FmipCheckResults).toEqual([expect.objectContaining({ Provider: 'FmipAttestation', Result: 'Activated', ResultId: 1 })]);
    expect(on.report.FraudCheckResults.every((r) => r.Result === 'Passed')).toBe(true);
    const off = await checkAndRead(a, { ModelId: apple.variantId, ItemIdentifier: imei, FmipAttestation: 'NotActivated' });
    expect(off.report.FmipCheckResults[0]).toMatchObject({ Result: 'Not activated', ResultId: 2 });
    expect((await t.c.modules.diligence.latestReportFor(a.ctx, { itemIdentifier: imei, variantId: apple.variantId }))?.fmip).toBe('NotActivated');
    const unknown = await checkAndRead(a, { ModelId: apple.variantId, ItemIdentifier: imei });
    // Issue 10: no provider and no attestation is "Not checked" (6): the client's SystemExtras declaration decides at registration.
    expect(unknown.report.FmipCheckResults[0]).toMatchObject({ Result: 'Not checked', ResultId: 6 });
  });

  it('refuses bad input with coded errors: B160001, N050002, B160003, N160001', async () => {
    for (const body of [
      { ModelId: samsung.variantId },
      { ModelId: samsung.variantId, ItemIdentifier: '  ' },
      { ModelId: samsung.variantId, ItemIdentifier: null },
    ]) {
      const res = await check(a, body);
      expect([res.statusCode, res.json().code, res.json().Message]).toEqual([400, 'B160001', 'ItemIdentifier required']);
    }
    for (const body of [{ ItemIdentifier: '356938035643809' }, { ModelId: 999999999, ItemIdentifier: '356938035643809' }]) {
      const res = await check(a, body, 'sv');
      expect([res.statusCode, res.json().code, res.json().Message]).toEqual([404, 'N050002', 'Modellen hittades inte.']);
    }
    const noId = await t.app.inject({ method: 'GET', url: '/api/v2/retail/duediligence/report', headers: { 'x-apikey': a.apiKey } });
    expect([noId.statusCode, noId.json().code]).toEqual([400, 'B160003']);
    const noId2 = await t.app.inject({ method: 'GET', url: '/api/v2/retail/duediligence/report/', headers: { 'x-apikey': a.apiKey } });
    expect([noId2.statusCode, noId2.json().code]).toEqual([400, 'B160003']);
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await report(a, id);
      expect([res.statusCode, res.json().code, res.json().message]).toEqual([404, 'N160001', 'Report not found']);
    }
    const count = await t.c.db.query<{ n: number }>('SELECT count(*)::int AS n FROM diligence_reports WHERE tenant_id = $1 AND item_identifier = $2', [
      a.tenant.id,
      '356938035643809',
    ]);
    expect(count[0].n).toBe(0);
  });

  it("tenant B cannot read tenant A's report (N160001)", async () => {
    const { id } = await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: imeiFromTac(samsung.tac, '100006') });
    const res = await report(b, id);
    expect([res.statusCode, res.json().code]).toEqual([404, 'N160001']);
    expect(await t.c.modules.diligence.latestReportFor(b.ctx, { itemIdentifier: imeiFromTac(samsung.tac, '100006'), variantId: samsung.variantId })).toBeNull();
  });

  it("reports older than the tenant's reportMaxAgeHours no longer count", async () => {
    const tenant = await createTenant(t, { settings: { diligence: { reportMaxAgeHours: 2 } } });
    await t.c.modules.catalog.variantsForTac(tenant.ctx, samsung.tac);
    const imei = imeiFromTac(samsung.tac, '100008');
    const { id } = await checkAndRead(tenant, { ModelId: samsung.variantId, ItemIdentifier: imei });
    (t.clock as ManualClock).advance(2 * 3_600_000);
    expect((await t.c.modules.diligence.latestReportFor(tenant.ctx, { itemIdentifier: imei, variantId: samsung.variantId }))?.reportId).toBe(id);
    (t.clock as ManualClock).advance(1000);
    expect(await t.c.modules.diligence.latestReportFor(tenant.ctx, { itemIdentifier: imei, variantId: samsung.variantId })).toBeNull();
    // the report itself stays readable
    expect((await report(tenant, id)).statusCode).toBe(200);
  });

  it('documents its routes in OpenAPI', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const p of [
      '/api/v2/retail/duediligence/check',
      '/api/v2/retail/duediligence/report/{reportId}',
      '/api/{tenant}/admin/blocklist',
      '/api/{tenant}/admin/blocklist/import',
    ]) {
      expect(spec.paths[p], p).toBeDefined();
    }
  });

  it('stored reports are immutable', async () => {
    const { id } = await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: imeiFromTac(samsung.tac, '100007') });
    await expect(t.c.db.query(`UPDATE diligence_reports SET fraud_summary = 'Passed' WHERE id = $1`, [id])).rejects.toThrow(/immutable/);
    await expect(t.c.db.query('DELETE FROM diligence_results WHERE report_id = $1', [id])).rejects.toThrow(/immutable/);
  });
});

describe('blocklist administration', () => {
  const url = (suffix = '') => `/api/${a.tenant.slug}/admin/blocklist${suffix}`;
  const h = () => ({ 'x-apikey': a.adminKey });

  it('adds, lists, refuses duplicates and bad input, removes', async () => {
    const add = await t.app.inject({ method: 'POST', url: url(), headers: h(), payload: { identifier: 'c02xk0aajg5j', reason: 'lost' } });
    expect(add.json()).toMatchObject({ identifier: 'C02XK0AAJG5J', source: 'manual' });
    const dup = await t.app.inject({ method: 'POST', url: url(), headers: h(), payload: { identifier: 'C02XK0AAJG5J', reason: 'again' } });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'B160013']);
    const noReason = await t.app.inject({ method: 'POST', url: url(), headers: h(), payload: { identifier: 'X1', reason: ' ' } });
    expect(noReason.json().code).toBe('B160011');
    const noId = await t.app.inject({ method: 'POST', url: url(), headers: h(), payload: { identifier: ' ', reason: 'x' } });
    expect(noId.json().code).toBe('B160010');
    const list = await t.app.inject({ method: 'GET', url: url('?search=c02xk'), headers: h() });
    expect(list.json()).toMatchObject({ count: 1, results: [{ identifier: 'C02XK0AAJG5J', reason: 'lost' }] });
    expect((await t.app.inject({ method: 'GET', url: `/api/${b.tenant.slug}/admin/blocklist`, headers: { 'x-apikey': b.adminKey } })).json().count).toBe(0);
    expect((await t.app.inject({ method: 'DELETE', url: url('/C02XK0AAJG5J'), headers: h() })).statusCode).toBe(204);
    const gone = await t.app.inject({ method: 'DELETE', url: url('/C02XK0AAJG5J'), headers: h() });
    expect([gone.statusCode, gone.json().code]).toEqual([404, 'N160010']);
  });

  it('imports CSV all or nothing', async () => {
    const bad = await t.app.inject({ method: 'POST', url: url('/import'), headers: h(), payload: { csv: 'identifier,reason\nIMP-1,stolen\nIMP-2,\n' } });
    expect([bad.statusCode, bad.json().code, bad.json().params]).toEqual([400, 'B160012', { line: 3, reason: 'reason is empty' }]);
    expect((await t.app.inject({ method: 'GET', url: url('?search=IMP-'), headers: h() })).json().count).toBe(0);
    const ok = await t.app.inject({
      method: 'POST',
      url: url('/import'),
      headers: h(),
      payload: { csv: 'identifier,reason,source,date\nIMP-1,stolen,police,2026-01-02T00:00:00Z\nIMP-2,lost,,\n', source: 'gsma' },
    });
    expect(ok.json()).toEqual({ added: 2, updated: 0 });
    const again = await t.app.inject({ method: 'POST', url: url('/import'), headers: h(), payload: { csv: 'IMP-2,found broken' } });
    expect(again.json()).toEqual({ added: 0, updated: 1 });
    const listed = (await t.app.inject({ method: 'GET', url: url('?search=IMP-'), headers: h() })).json().results;
    expect(listed.find((e: { identifier: string }) => e.identifier === 'IMP-1')).toMatchObject({ source: 'police', created_at: '2026-01-02T00:00:00.000Z' });
    expect(listed.find((e: { identifier: string }) => e.identifier === 'IMP-2')).toMatchObject({ source: 'import', reason: 'found broken' });
  });

  it('an agent may read but not change the blocklist', async () => {
    // Issue 10: an agent's API key is retail-only, so the agent uses the admin API with a session.
    const agent = await t.c.modules.org.users.create(a.ctx, {
      email: 'agent@bl.test',
      role: 'agent',
      password: 'agent-password-1',
      firstName: 'A',
      lastName: 'G',
      locationIds: [],
    });
    const { key } = await t.c.modules.org.apiKeys.create(a.ctx, { userId: agent.id });
    expect((await t.app.inject({ method: 'GET', url: url(), headers: { 'x-apikey': key } })).statusCode).toBe(403);
    const s = await login(t, a.tenant.slug, agent.email, 'agent-password-1');
    expect((await t.app.inject({ method: 'GET', url: url(), headers: s.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: url(), headers: s.headers, payload: { identifier: 'Z1', reason: 'x' } })).statusCode).toBe(403);
  });
});

describe('tradein blocklist CLI', () => {
  it('adds, imports and removes through the commands', async () => {
    const lines: string[] = [];
    const rt: CliRuntime = {
      config: () => t.config,
      withContainer: (fn) => fn(t.c),
      withTenant: async (slug, fn) => fn(await t.c.tenantCtx(slug), t.c),
      out: (line) => lines.push(line),
    };
    const run = (...args: string[]) => buildProgram(rt).parseAsync(['node', 'tradein', ...args]);
    const imei = imeiFromTac(samsung.tac, '200001');
    await run('blocklist', 'add', imei, '--tenant', a.tenant.slug, '--reason', 'stolen', '--source', 'police');
    expect(lines.pop()).toMatch(new RegExp(`^blocked ${imei} \\(police: stolen`));
    expect((await t.c.modules.diligence.blocklist.find(a.ctx, imei))?.reason).toBe('stolen');
    const csv = path.join(t.dataDir, 'bl.csv');
    fs.writeFileSync(csv, 'identifier,reason\nCLI-1,lost\nCLI-2,stolen\n');
    await run('blocklist', 'import', csv, '--tenant', a.tenant.slug);
    expect(lines.pop()).toBe('imported 2 identifiers (2 new, 0 updated)');
    await run('blocklist', 'remove', imei, '--tenant', a.tenant.slug);
    expect(await t.c.modules.diligence.blocklist.find(a.ctx, imei)).toBeNull();
    await expect(run('blocklist', 'remove', imei, '--tenant', a.tenant.slug)).rejects.toMatchObject({ code: 'N160010' });
    await expect(run('blocklist', 'add', 'X', '--tenant', a.tenant.slug)).rejects.toThrow(/reason/);
  });
});

describe('provider plug-ins', () => {
  it('a registered provider runs beside the built-in ones and counts for the summary', async () => {
    t.c.modules.diligence.checks.registerProvider({
      name: 'PartnerRegistry',
      kinds: ['fraud'],
      check: async (_ctx, subject) => [{ kind: 'fraud', result: subject.itemIdentifier.slice(8, 14) === '400099' ? 'Caution' : 'Passed', certId: 'PR-1' }],
    });
    const flagged = imeiFromTac(samsung.tac, '400099');
    const { report: body } = await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: flagged });
    expect(body.FraudCheckResults.find((r) => r.Provider === 'PartnerRegistry')).toMatchObject({ CertId: 'PR-1', Result: 'Caution', ResultId: 3 });
    expect((await t.c.modules.diligence.latestReportFor(a.ctx, { itemIdentifier: flagged, variantId: samsung.variantId }))?.fraud).toBe('Caution');
    const clean = imeiFromTac(samsung.tac, '400100');
    await checkAndRead(a, { ModelId: samsung.variantId, ItemIdentifier: clean });
    expect((await t.c.modules.diligence.latestReportFor(a.ctx, { itemIdentifier: clean, variantId: samsung.variantId }))?.fraud).toBe('Passed');
  });
});
