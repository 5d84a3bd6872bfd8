import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type Session, type TestTenant } from '../helpers/factories.js';
import { quoteBody, variantOf } from './helpers.js';

let t: TestApp;
let tt: TestTenant;
let s: Session;
let phone: number;

beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  s = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
  phone = await variantOf(t, 'mobiles');
});
afterAll(() => t.close());

const admin = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', p: string, payload?: object) =>
  t.app.inject({ method, url: `/api/${tt.tenant.slug}/admin/valuations${p}`, headers: s.headers, ...(payload ? { payload } : {}) });
const quote = () => t.app.inject({ method: 'POST', url: '/api/v2/retail/price-quote', headers: { 'x-apikey': tt.apiKey }, payload: quoteBody(phone) });

describe('valuations (seed 001 admin API)', () => {
  it('CRUD changes the quoted price at once (cache invalidated)', async () => {
    expect((await quote()).json().code).toBe('B070101');
    const created = await admin('POST', '', { variant_id: phone, amount: 321.5 });
    expect(created.statusCode, created.body).toBe(201);
    const v = created.json();
    expect(v).toMatchObject({ variant_id: phone, amount: 321.5, currency: 'EUR', source: 'manual', is_demo_value: false });
    expect((await quote()).json().OfferedPrice).toBe(321.5);
    expect((await admin('POST', '', { variant_id: phone, amount: 1 })).json().code).toBe('B070104');
    expect((await admin('POST', '', { variant_id: 999999999, amount: 1 })).json().code).toBe('B070103');
    expect((await admin('POST', '', { variant_id: phone, amount: -1 })).statusCode).toBe(400);

    expect((await admin('GET', `/${v.id}`)).json().amount).toBe(321.5);
    const list = (await admin('GET', `?variant_id=${phone}`)).json();
    expect(list.count).toBe(1);
    // The model's catalog name comes with every answer, so the back office need not show bare ids.
    const [name] = await t.c.db.query<{ product_name: string }>(`SELECT product_name FROM variants WHERE id = $1`, [phone]);
    expect(name.product_name).toBeTruthy();
    expect(v.product_name).toBe(name.product_name);
    expect(list.results[0].product_name).toBe(name.product_name);
    const upd = await admin('PUT', `/${v.id}`, { amount: 200 });
    expect(upd.json()).toMatchObject({ amount: 200, product_name: name.product_name });
    expect((await quote()).json().OfferedPrice).toBe(200);
    expect((await admin('DELETE', `/${v.id}`)).statusCode).toBe(204);
    expect((await admin('GET', `/${v.id}`)).json().code).toBe('N070101');
    expect((await quote()).json().code).toBe('B070101');
  });

  it('is tenant-scoped and admin-only', async () => {
    const v = (await admin('POST', '', { variant_id: phone, amount: 10 })).json();
    const other = await createTenant(t);
    const os = await login(t, other.tenant.slug, other.admin.email, other.adminPassword);
    const res = await t.app.inject({ method: 'GET', url: `/api/${other.tenant.slug}/admin/valuations/${v.id}`, headers: os.headers });
    expect(res.statusCode).toBe(404);
    const anon = await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/valuations` });
    expect(anon.statusCode).toBe(401);
  });

  it('CSV import is all or nothing, with the failing line', async () => {
    const tablet = await variantOf(t, 'tablets');
    const bad = `variant_id,amount\n${phone},100\n${tablet},abc\n`;
    await expect(t.c.modules.pricing.importCsv(tt.ctx, bad)).rejects.toMatchObject({ code: 'B070103', params: { where: 'line 3' } });
    await expect(t.c.modules.pricing.importCsv(tt.ctx, `variant_id,amount\n999999999,5\n`)).rejects.toMatchObject({ code: 'B070103' });
    const res = await t.c.modules.pricing.importCsv(tt.ctx, `variant_id,amount\n${phone},123.45\n${tablet},99\n`);
    expect(res.imported).toBe(2);
    expect((await quote()).json().OfferedPrice).toBe(123.45);
    const rows = (await admin('GET', `?variant_id=${tablet}`)).json();
    expect(rows.results[0]).toMatchObject({ amount: 99, source: 'import' });
  });

  it('the admin import takes the good rows and answers each bad row with its line, in the request language', async () => {
    const tablet = await variantOf(t, 'tablets');
    const csv = `variant_id,amount\n${phone},77\nx,1\n${tablet},-5\n999999999,5\n${tablet},66\n`;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/valuations/import`,
      headers: { ...s.headers, 'accept-language': 'de' },
      payload: { csv, first_line: 12 },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.imported).toBe(2);
    expect(body.errors.map((e: { line: number; code: string }) => [e.line, e.code])).toEqual([
      [13, 'B070103'],
      [14, 'B070103'],
      [15, 'B070103'],
    ]);
    expect(body.errors[2].message).toContain('Ungültige Bewertung bei line 15');
    expect((await quote()).json().OfferedPrice).toBe(77);
    expect((await admin('GET', `?variant_id=${tablet}`)).json().results[0]).toMatchObject({ amount: 66, source: 'import' });
    const notCsv = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/valuations/import`,
      headers: s.headers,
      payload: { csv: 'variant_id,amount\n"1,2\n' },
    });
    expect(notCsv.json().code).toBe('B070103');
  });

  it('the CLI imports a CSV file', async () => {
    const { buildProgram } = await import('../../src/cli/program.js');
    const file = path.join(t.dataDir, 'prices.csv');
    fs.writeFileSync(file, `variant_id,amount\n${phone},77\n`);
    const out: string[] = [];
    const program = buildProgram({
      config: () => t.config,
      withContainer: (fn) => fn(t.c),
      withTenant: async (slug, fn) => fn(await t.c.tenantCtx(slug), t.c),
      out: (l) => out.push(l),
    });
    await program.parseAsync(['node', 'tradein', 'prices', 'import', file, '--tenant', tt.tenant.slug]);
    expect(out).toEqual(['prices imported: 1']);
    expect((await quote()).json().OfferedPrice).toBe(77);
  });
});

describe('base prices in bulk', () => {
  it('a model repeated in one batch is not an error: the last row wins', async () => {
    const tt = await createTenant(t);
    await t.c.modules.pricing.upsertBasePrices(tt.ctx, [
      { variantId: phone, amountMinor: 1000 },
      { variantId: phone, amountMinor: 2000 },
    ]);
    const rows = await t.c.db.query<{ amount_minor: string }>(`SELECT amount_minor FROM base_prices WHERE tenant_id = $1 AND variant_id = $2`, [
      tt.tenant.id,
      phone,
    ]);
    expect(rows.map((r) => Number(r.amount_minor))).toEqual([2000]);
  });
});

describe('demo prices', () => {
  it('cover the whole catalog in one statement, keep manual prices and feed model search from memory', async () => {
    const demo = await createTenant(t);
    await t.c.modules.pricing.upsertBasePrices(demo.ctx, [{ variantId: phone, amountMinor: 12300 }]);
    const n = await t.c.modules.pricing.seedDemoPrices(demo.ctx);
    const [{ total }] = await t.c.db.query<{ total: string }>(`SELECT count(*) AS total FROM variants WHERE tenant_id IS NULL`);
    expect(n).toBe(Number(total) - 1);
    expect(n).toBeGreaterThan(20000);
    const rows = await t.c.db.query<{ source: string; amount_minor: string }>(
      `SELECT source, amount_minor FROM base_prices WHERE tenant_id = $1 AND variant_id = $2`,
      [demo.tenant.id, phone],
    );
    expect(rows[0]).toMatchObject({ source: 'manual' });
    const [{ zero }] = await t.c.db.query<{ zero: string }>(`SELECT count(*) AS zero FROM base_prices WHERE tenant_id = $1 AND amount_minor <= 0`, [
      demo.tenant.id,
    ]);
    expect(Number(zero)).toBe(0);
    // Idempotent.
    await t.c.modules.pricing.seedDemoPrices(demo.ctx);
    const prices = await t.c.modules.pricing.workingPrices(demo.tenant, [phone, 999999999]);
    expect(prices.get(phone)).toBe(123);
    expect(prices.has(999999999)).toBe(false);
    const recent = await t.c.db.query<{ id: number; eur: string }>(
      `SELECT v.id, i.launch_price_eur AS eur FROM variants v JOIN items i ON i.id = v.item_id
       WHERE i.launch_price_eur IS NOT NULL AND i.release_date >= '2025-01' AND v.storage_gb = i.base_storage_gb ORDER BY v.id LIMIT 1`,
    );
    if (recent[0]) {
      const p = (await t.c.modules.pricing.workingPrices(demo.tenant, [recent[0].id])).get(recent[0].id)!;
      // 0.36–0.53 of the launch price, depending on age.
      expect(p).toBeGreaterThanOrEqual(Math.floor(Number(recent[0].eur) * 0.36));
      expect(p).toBeLessThanOrEqual(Math.ceil(Number(recent[0].eur) * 0.53));
    }
  });
});
