import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { appleVariantsWithTac } from '../helpers/catalog-fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type Session, type TestTenant } from '../helpers/factories.js';

/**
 * Walks every endpoint in the OpenAPI document with tenant B's credentials against tenant A's
 * ids (trade-ins, devices, quotes, reports, orders, order items, data fields, campaigns, users,
 * locations…) and checks that nothing of A leaks and nothing of A changes.
 */

let t: TestApp;
let a: TestTenant;
let b: TestTenant;
let bAdmin: Session;
let bCustomer: Session;
let aAdmin: Session;
const MARK = 'Isolationmark';
const markers: string[] = [];
const aIds = new Set<string>();
let aTradeInId = 0;
let aOrderItemId = 0;
let aCustomer: Session;

function collectIds(value: unknown, into: Set<string> = aIds): void {
  if (Array.isArray(value)) return value.forEach((v) => collectIds(v, into));
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((typeof v === 'number' || typeof v === 'string') && /^(id|pk|Id|.*Id|.*_id|order|order_item)$/.test(k) && String(v).length > 0) into.add(String(v));
      collectIds(v, into);
    }
  }
}

/** Ids B owns itself (ids are shared sequences: B's own campaign 3 is not A's). */
const bIds = new Set<string>();
const ADMIN_LISTS = ['users', 'locations', 'api-keys', 'campaigns', 'data-fields', 'valuations', 'blocklist', 'emails'];

const retail = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({ method, url, headers: { 'x-apikey': a.apiKey }, ...(payload !== undefined ? { payload: payload as object } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
  b = await createTenant(t);
  for (const tt of [a, b]) {
    await t.c.modules.datafields.seedDemo(tt.ctx);
    await t.c.modules.campaigns.seedDemo(tt.ctx);
    await t.c.modules.org.tenants.addHost(t.c.db, tt.tenant, `${tt.tenant.slug}.shop.test`);
  }
  const models = await appleVariantsWithTac(t.c.db, 3);
  await t.c.modules.pricing.upsertBasePrices(
    a.ctx,
    models.map((m) => ({ variantId: m.variantId, amountMinor: 40000 })),
  );
  aAdmin = await login(t, a.tenant.slug, a.admin.email, a.adminPassword);
  bAdmin = await login(t, b.tenant.slug, b.admin.email, b.adminPassword);
  markers.push(a.admin.email, a.tenant.slug, MARK);

  const fields = (await retail('GET', '/api/v2/retail/configurations/data-fields')).json() as {
    DataFieldId: number;
    IsRequired: boolean;
    IsCampaignField: boolean;
    Scope: string;
    DataFieldTemplateType: string;
  }[];
  const values = fields
    .filter((f) => f.IsRequired && !f.IsCampaignField && f.Scope.includes('Private'))
    .map((f) => ({ DataFieldId: f.DataFieldId, DataFieldValue: f.DataFieldTemplateType === 'Email' ? 'zelda@isolation-a.test' : `${MARK}${f.DataFieldId}` }));
  markers.push('zelda@isolation-a.test');

  async function quoteWithDiligence(model: { variantId: number; tac: string }, serial: string) {
    const imei = imeiFromTac(model.tac, serial);
    markers.push(imei);
    const form = (await retail('GET', `/api/v2/retail/models/${model.variantId}/grading-form`)).json();
    const answers: Record<number, number[]> = {};
    for (const q of form.Questions as { Id: number; Answers: { Id: number }[] }[]) answers[q.Id] = [q.Answers[0].Id];
    const check = await retail('POST', '/api/v2/retail/duediligence/check', {
      ModelId: model.variantId,
      ItemIdentifier: imei,
      FmipAttestation: 'NotActivated',
    });
    expect(check.statusCode, check.body).toBe(200);
    aIds.add(String(check.json()));
    const quote = await retail('POST', '/api/v2/retail/price-quote', {
      GradingForm: { Answers: answers, Extras: [], SystemExtras: [0], GradingDifferenceImages: {} },
      ModelId: model.variantId,
      ItemIdentifier: imei,
      TradeInChannel: 0,
      TradeInType: 0,
      CampaignId: 0,
    });
    expect(quote.statusCode, quote.body).toBe(200);
    aIds.add(quote.json().PriceQuoteId);
    return { imei, quoteId: quote.json().PriceQuoteId as string };
  }

  // A registered trade-in with a PDF link.
  const q1 = await quoteWithDiligence(models[0], '111111');
  const reg = await retail('POST', '/api/v2/retail/tradeins', {
    TradeInDevices: [{ PriceQuoteId: q1.quoteId, DeviceIdentifier: q1.imei }],
    CustomDataFields: values,
    IsCorporate: false,
    ClientFirstName: 'Zelda',
    ClientLastName: MARK,
    TradeInRef: `${MARK}-ref`,
  });
  expect(reg.statusCode, reg.body).toBeLessThan(300);
  aTradeInId = reg.json().Id;
  collectIds(reg.json());
  collectIds((await retail('GET', `/api/v2/retail/tradeins/${aTradeInId}/pdf`)).json());

  // A temporary trade-in.
  const q2 = await quoteWithDiligence(models[1], '222222');
  const temp = await retail('POST', '/api/v2/retail/tradeins/temp', {
    TradeInDevices: [{ PriceQuoteId: q2.quoteId, DeviceIdentifier: q2.imei }],
    CustomDataFields: values,
    IsCorporate: false,
    ClientFirstName: 'Zelda',
    ClientLastName: MARK,
  });
  expect(temp.statusCode, temp.body).toBeLessThan(300);
  collectIds(temp.json());

  // A storefront order with a trade-in, valuated by the facility.
  aCustomer = await registerCustomer(t, a.tenant.slug, `cust-${MARK.toLowerCase()}@a.test`);
  markers.push(`cust-${MARK.toLowerCase()}@a.test`);
  const q3 = await quoteWithDiligence(models[2], '333333');
  const order = await t.app.inject({
    method: 'POST',
    url: '/orders/checkout/',
    headers: { host: `${a.tenant.slug}.shop.test`, ...aCustomer.headers },
    payload: {
      items: [
        {
          product_sku: 'NEW-1',
          product_name: `${MARK} phone`,
          price: '999.00',
          quantity: 1,
          tradein: { price_quote_id: q3.quoteId, device_identifier: q3.imei },
        },
      ],
    },
  });
  expect(order.statusCode, order.body).toBe(201);
  collectIds(order.json());
  aOrderItemId = order.json().orderitem_set[0].id;
  const deviceId = order.json().orderitem_set[0].attributes.tradein.tradein_device_id;
  const val = await t.app.inject({
    method: 'POST',
    url: `/api/${a.tenant.slug}/admin/tradein-devices/${deviceId}/final-valuation`,
    headers: aAdmin.headers,
    payload: { price: '100.00', grade: 'Fair', reason: `${MARK} scratches` },
  });
  expect(val.statusCode, val.body).toBe(200);
  await t.c.outbox.drain();

  // Everything else A owns that has an id.
  for (const url of [
    '/api/v2/users',
    '/api/v2/locations',
    '/api/v2/retail/campaigns/list',
    '/api/v2/retail/configurations/data-fields',
    '/api/v2/retail/tradeins/device',
  ]) {
    collectIds((await retail('GET', url)).json());
  }
  for (const url of ['/users/orders/', '/users/orders/cancellation_requests/']) {
    collectIds((await t.app.inject({ method: 'GET', url, headers: { host: `${a.tenant.slug}.shop.test`, cookie: aCustomer.cookie } })).json());
  }
  aIds.add(String(a.location.id));
  aIds.add(a.admin.uid);
  aIds.add(String(a.admin.id));

  for (const list of ADMIN_LISTS) {
    collectIds((await t.app.inject({ method: 'GET', url: `/api/${a.tenant.slug}/admin/${list}`, headers: { cookie: aAdmin.cookie } })).json());
    collectIds((await t.app.inject({ method: 'GET', url: `/api/${b.tenant.slug}/admin/${list}`, headers: { cookie: bAdmin.cookie } })).json(), bIds);
  }
  for (const url of ['/api/v2/users', '/api/v2/locations', '/api/v2/retail/campaigns/list', '/api/v2/retail/configurations/data-fields']) {
    collectIds((await t.app.inject({ method: 'GET', url, headers: { 'x-apikey': b.apiKey } })).json(), bIds);
  }
  bIds.add(String(b.location.id));
  bIds.add(String(b.admin.id));
  bCustomer = await registerCustomer(t, b.tenant.slug, 'b-customer@b.test');
}, 240_000);

afterAll(() => t.close());

function leaks(body: string): string | undefined {
  return markers.find((m) => body.includes(m));
}

describe('tenant isolation', () => {
  it('B sees nothing of A and changes nothing of A on any endpoint', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const ids = [...aIds].filter((id) => !bIds.has(id));
    expect(ids.length).toBeGreaterThan(10);
    let calls = 0;
    const problems: string[] = [];
    const ops: [string, string][] = [];
    for (const [template, byMethod] of Object.entries(spec.paths)) {
      if (!/^\/(api|users|orders)\//.test(template)) continue;
      for (const m of Object.keys(byMethod)) ops.push([template, m.toUpperCase()]);
    }
    // Reads first, so a wrongly allowed write cannot hide a leak.
    const order = ['GET', 'PUT', 'PATCH', 'POST', 'DELETE'];
    ops.sort((x, y) => order.indexOf(x[1]) - order.indexOf(y[1]));
    for (const [template, method] of ops) {
      {
        if (!order.includes(method)) continue;
        const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).filter((p) => p !== 'tenant');
        // Auth and login endpoints are public by design; they hold no tenant data.
        if (/\/auth\/(login|register)$/.test(template)) continue;
        const base = template.replace('{tenant}', b.tenant.slug);
        const urls = params.length === 0 ? [base] : ids.map((id) => params.reduce((u, p) => u.replace(`{${p}}`, encodeURIComponent(id)), base));
        for (const url of urls) {
          let headers: Record<string, string>;
          if (url.startsWith('/api/v2/')) headers = { 'x-apikey': b.apiKey };
          else if (url.startsWith('/api/')) headers = method === 'GET' ? { cookie: bAdmin.cookie } : bAdmin.headers;
          else headers = { host: `${b.tenant.slug}.shop.test`, ...(method === 'GET' ? { cookie: bCustomer.cookie } : bCustomer.headers) };
          const res = await t.app.inject({ method: method as 'GET', url, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
          calls++;
          if (res.statusCode >= 500) problems.push(`${method} ${url} → ${res.statusCode}`);
          const leaked = leaks(res.body);
          if (leaked) problems.push(`${method} ${url} → ${res.statusCode} leaks "${leaked}"`);
          if (method !== 'GET' && params.length > 0 && res.statusCode < 400) problems.push(`${method} ${url} → ${res.statusCode} (acted on A's id)`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(calls).toBeGreaterThan(100);
  }, 240_000);

  it("A's data is intact afterwards", async () => {
    const ti = await retail('GET', `/api/v2/retail/tradeins/${aTradeInId}`);
    expect(ti.statusCode).toBe(200);
    expect(ti.json().Status).toBe('Registered');
    const approve = await t.app.inject({
      method: 'GET',
      url: `/users/order_item/${aOrderItemId}/tradein_approved/`,
      headers: { host: `${a.tenant.slug}.shop.test`, cookie: aCustomer.cookie },
    });
    expect(approve.statusCode, approve.body).toBe(200);
  });
});
