import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { CliRuntime } from '../../src/cli/runtime.js';
import { parseImportFile } from '../../src/modules/catalog/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let a: TestTenant;
let b: TestTenant;
let tmp: string;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
  b = await createTenant(t);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-catalog-'));
});
afterAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

async function models(key: string, query: string) {
  const res = await t.app.inject({ method: 'GET', url: `/api/v2/retail/models?${query}`, headers: { 'x-apikey': key } });
  expect(res.statusCode).toBe(200);
  return res.json().Data as { Id: number; ItemId: number; ProductName: string; ItemGroupId: number; ManufacturerId: number }[];
}

/** Runs the real CLI program against the test container; returns printed lines and the exit code. */
async function runCli(args: string[]): Promise<{ lines: string[]; exitCode: number | undefined; stdout: string }> {
  const lines: string[] = [];
  const rt: CliRuntime = {
    config: () => t.config,
    withContainer: (fn) => fn(t.c),
    withTenant: async (slug, fn) => fn(await t.c.tenantCtx(slug), t.c),
    out: (line) => lines.push(line),
  };
  const previous = process.exitCode;
  process.exitCode = undefined;
  const write = process.stdout.write.bind(process.stdout);
  let stdout = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    await buildProgram(rt).parseAsync(['node', 'tradein', ...args]);
  } finally {
    process.stdout.write = write;
  }
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = previous;
  return { lines, exitCode, stdout };
}

describe('tenant products and scoping', () => {
  it("a tenant's own product is searchable by it and invisible to other tenants", async () => {
    const created = await t.c.modules.catalog.upsertProduct(a.ctx, {
      key: 'refurb-console-1',
      group: 'mobiles',
      manufacturer: 'Zyphonix',
      item: 'Quasar Phone 7',
      storage_gb: '256',
      product_codes: 'ZQ7-256|ZQ7X',
      release_date: '2025-03',
    });
    expect(created.created).toBe(true);
    expect(created.variant).toMatchObject({ productName: 'Zyphonix Quasar Phone 7 256GB', tenantId: a.tenant.id, storageGb: 256 });
    const mine = await models(a.apiKey, 'term=quasar%20phone%207');
    expect(mine[0]?.ProductName).toBe('Zyphonix Quasar Phone 7 256GB');
    expect((await models(a.apiKey, 'term=ZQ7-256'))[0]?.Id).toBe(created.variant.id);
    expect(await models(b.apiKey, 'term=quasar%20phone%207')).toEqual([]);
    expect(await t.c.modules.catalog.getVariant(b.ctx, created.variant.id)).toBeNull();
    expect(await t.c.modules.catalog.getVariant(a.ctx, created.variant.id)).not.toBeNull();
    // Reference data stays shared.
    expect((await models(b.apiKey, 'term=iphone%20xs%20max'))[0]?.ProductName).toBe('Apple iPhone Xs Max 64GB');
  });

  it('exclusions hide a variant, an item, a manufacturer or a group from one tenant only', async () => {
    const session = await login(t, a.tenant.slug, a.admin.email, a.adminPassword);
    const xs = await models(a.apiKey, 'term=iphone%20xs%20max');
    const [v64] = xs;
    const post = (body: object) =>
      t.app.inject({ method: 'POST', url: `/api/${a.tenant.slug}/admin/catalog/exclusions`, headers: session.headers, payload: body });

    const ex1 = await post({ kind: 'variant', id: v64.Id });
    expect(ex1.statusCode).toBe(201);
    expect((await post({ kind: 'variant', id: v64.Id })).json().id).toBe(ex1.json().id);
    expect((await models(a.apiKey, 'term=iphone%20xs%20max')).map((m) => m.Id)).not.toContain(v64.Id);
    expect((await models(b.apiKey, 'term=iphone%20xs%20max')).map((m) => m.Id)).toContain(v64.Id);
    expect(await t.c.modules.catalog.getVariant(a.ctx, v64.Id)).toBeNull();

    const ex2 = await post({ kind: 'item', id: v64.ItemId });
    expect(ex2.statusCode).toBe(201);
    expect((await models(a.apiKey, 'term=iphone%20xs%20max')).some((m) => m.ItemId === v64.ItemId)).toBe(false);

    const ex3 = await post({ kind: 'manufacturer', id: v64.ManufacturerId });
    expect((await models(a.apiKey, 'term=iphone')).some((m) => m.ManufacturerId === v64.ManufacturerId)).toBe(false);
    const makers = await t.app.inject({ method: 'GET', url: '/api/v2/retail/manufacturers', headers: { 'x-apikey': a.apiKey } });
    expect(makers.json().Data.some((m: { Id: number }) => m.Id === v64.ManufacturerId)).toBe(false);

    const ex4 = await post({ kind: 'item_group', id: v64.ItemGroupId });
    const groups = await t.app.inject({ method: 'GET', url: '/api/v2/retail/itemgroups', headers: { 'x-apikey': a.apiKey } });
    expect(groups.json().Data.some((g: { Id: number }) => g.Id === v64.ItemGroupId)).toBe(false);
    expect((await models(a.apiKey, 'term=galaxy%20s24')).some((m) => m.ItemGroupId === v64.ItemGroupId)).toBe(false);

    const list = await t.app.inject({ method: 'GET', url: `/api/${a.tenant.slug}/admin/catalog/exclusions`, headers: session.headers });
    expect(list.json().results.map((e: { kind: string }) => e.kind)).toEqual(['variant', 'item', 'manufacturer', 'item_group']);

    // Unknown targets and bad bodies are refused; nothing changes.
    expect((await post({ kind: 'item', id: 999999999 })).json().code).toBe('N020003');
    expect((await post({ kind: 'galaxy', id: 1 })).statusCode).toBe(400);

    for (const e of [ex1, ex2, ex3, ex4]) {
      const del = await t.app.inject({ method: 'DELETE', url: `/api/${a.tenant.slug}/admin/catalog/exclusions/${e.json().id}`, headers: session.headers });
      expect(del.statusCode).toBe(204);
    }
    const again = await t.app.inject({ method: 'DELETE', url: `/api/${a.tenant.slug}/admin/catalog/exclusions/${ex1.json().id}`, headers: session.headers });
    expect(again.json().code).toBe('N020005');
    expect((await models(a.apiKey, 'term=iphone%20xs%20max'))[0]?.Id).toBe(v64.Id);
  });

  it('a tenant item group holds any product a programme trades', async () => {
    const session = await login(t, a.tenant.slug, a.admin.email, a.adminPassword);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/catalog/item-groups`,
      headers: session.headers,
      payload: { key: 'consoles', name: 'Consoles', names: { de: 'Spielkonsolen' } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/catalog/item-groups`,
      headers: session.headers,
      payload: { key: 'mobiles', name: 'X' },
    });
    expect(dup.json().code).toBe('C020001');
    const product = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/catalog/products`,
      headers: session.headers,
      payload: { key: 'ps5-disc', group: 'consoles', manufacturer: 'Sony', item: 'PlayStation 5', storage_gb: 825, identifier_kind: 'serial' },
    });
    expect(product.statusCode, product.body).toBe(201);
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/catalog/products`,
      headers: session.headers,
      payload: { key: 'x', group: 'nope', manufacturer: 'Sony', item: 'Y' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('B020003');

    const de = await t.app.inject({ method: 'GET', url: '/api/v2/retail/itemgroups', headers: { 'x-apikey': a.apiKey, 'accept-language': 'de' } });
    const consoles = de.json().Data.find((g: { Name: string }) => g.Name === 'Spielkonsolen');
    expect(consoles).toBeDefined();
    const inGroup = await models(a.apiKey, `ItemGroupId=${consoles.Id}`);
    expect(inGroup.map((m) => m.ProductName)).toEqual(['Sony PlayStation 5 825GB']);
    const other = await t.app.inject({ method: 'GET', url: '/api/v2/retail/itemgroups', headers: { 'x-apikey': b.apiKey } });
    expect(other.json().Data.some((g: { Id: number }) => g.Id === consoles.Id)).toBe(false);
    // A staff role below admin may not change the catalog.
    const agent = await t.c.modules.org.users.create(a.ctx, {
      email: 'agent@catalog.test',
      password: 'agent-pass-1',
      role: 'agent',
      firstName: 'A',
      lastName: 'G',
    });
    const agentSession = await login(t, a.tenant.slug, agent.email, 'agent-pass-1');
    const forbidden = await t.app.inject({
      method: 'POST',
      url: `/api/${a.tenant.slug}/admin/catalog/exclusions`,
      headers: agentSession.headers,
      payload: { kind: 'variant', id: 1 },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('tradein catalog import / export', () => {
  const csv = [
    'key,group,manufacturer,item,storage_gb,product_codes,release_date,price',
    'acme-x1-64,mobiles,Acme,X1,64,AX1-64,2024-05,120.50',
    'acme-x1-128,mobiles,Acme,X1,128,AX1-128,2024-05,150',
    'bad-group,spaceships,Acme,X1,64,,,',
    ',mobiles,Acme,X2,64,,,',
    'acme-x1-64,mobiles,Acme,X1,64,,,',
    'acme-x3,mobiles,Acme,X3,sixty-four,,2024-13,',
    'samsung-own-s24,mobiles,samsung,Galaxy S24 Refurb Edition,,,2025-01,',
  ].join('\n');

  it('reports every bad row with its line and reason, imports the good ones, and is idempotent', async () => {
    const file = path.join(tmp, 'products.csv');
    fs.writeFileSync(file, csv);
    const first = await runCli(['catalog', 'import', file, '--tenant', b.tenant.slug]);
    expect(first.exitCode).toBe(1);
    const bad = first.lines.filter((l) => l.startsWith('line '));
    expect(bad.map((l) => l.split(':')[0])).toEqual(['line 4', 'line 5', 'line 6', 'line 7']);
    expect(bad[0]).toContain("unknown item group 'spaceships'");
    expect(bad[1]).toContain('key');
    expect(bad[2]).toContain('already appears on line 2');
    expect(bad[3]).toMatch(/storage_gb/);
    expect(bad[3]).toMatch(/release_date/);
    expect(first.lines.at(-1)).toMatch(/imported 3 of 7 rows .*\(3 new, 0 updated, 0 skipped, 4 bad/);

    const found = await models(b.apiKey, 'term=acme%20x1');
    expect(found.map((m) => m.ProductName)).toEqual(['Acme X1 64GB', 'Acme X1 128GB']);
    // A known brand is reused, not duplicated.
    const own = await models(b.apiKey, 'term=galaxy%20s24%20refurb');
    const ref = await models(b.apiKey, 'term=galaxy%20s24%20ultra');
    expect(own[0].ProductName).toBe('Samsung Galaxy S24 Refurb Edition');
    expect(own[0].ManufacturerId).toBe(ref[0].ManufacturerId);

    const second = await runCli(['catalog', 'import', file, '--tenant', b.tenant.slug]);
    expect(second.lines.at(-1)).toMatch(/\(0 new, 3 updated/);
    expect((await models(b.apiKey, 'term=acme%20x1')).map((m) => m.Id)).toEqual(found.map((m) => m.Id));
    const rows = await t.c.db.query<{ n: number }>('SELECT count(*)::int AS n FROM variants WHERE tenant_id = $1', [b.tenant.id]);
    expect(rows[0].n).toBe(3);
  });

  it('reads JSON arrays with row numbers and refuses unreadable files', async () => {
    const rows = parseImportFile(JSON.stringify([{ key: 'j1', group: 'tablets', manufacturer: 'Acme', item: 'Tab 1' }, { key: 'j2' }]), 'json');
    const result = await t.c.modules.catalog.importProducts(b.ctx, rows);
    expect(result.errors).toEqual([expect.objectContaining({ line: 2 })]);
    expect(result.created).toBe(1);
    expect(() => parseImportFile('{not json', 'json')).toThrow(expect.objectContaining({ code: 'B020004' }));
    expect(() => parseImportFile('{"a":1}', 'json')).toThrow(expect.objectContaining({ code: 'B020004' }));
    const file = path.join(tmp, 'x.txt');
    fs.writeFileSync(file, 'x');
    await expect(runCli(['catalog', 'import', file, '--tenant', b.tenant.slug])).rejects.toThrow(/format/);
  });

  it('exports what the tenant trades as CSV, own products included and excluded entries left out', async () => {
    const out = path.join(tmp, 'export.csv');
    const res = await runCli(['catalog', 'export', '--tenant', b.tenant.slug, '--out', out]);
    expect(res.lines[0]).toMatch(/^exported \d+ rows/);
    const records = parse(fs.readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(records.length).toBeGreaterThan(5000);
    expect(Object.keys(records[0])).toEqual([
      'id',
      'key',
      'source',
      'group',
      'manufacturer',
      'item',
      'storage_gb',
      'product_name',
      'product_codes',
      'model_numbers',
      'release_date',
      'identifier_kind',
      'picture_url',
      'price',
    ]);
    const mine = records.filter((r) => r.source === 'tenant');
    expect(mine.map((r) => r.key).sort()).toEqual(['acme-x1-128', 'acme-x1-64', 'j1', 'samsung-own-s24']);
    expect(records.find((r) => r.key === 'acme-x1-64')).toMatchObject({ product_codes: 'AX1-64', storage_gb: '64', manufacturer: 'Acme' });
    expect(records.some((r) => r.product_name === 'Apple iPhone Xs Max 512GB' && r.product_codes.includes('MT562'))).toBe(true);
    // Nothing of tenant A leaks into B's export.
    expect(records.some((r) => r.key === 'refurb-console-1')).toBe(false);

    // Re-importing the export changes nothing: reference rows are skipped, own rows updated.
    const again = await runCli(['catalog', 'import', out, '--tenant', b.tenant.slug]);
    expect(again.exitCode, again.lines.slice(0, 5).join('\n')).toBeUndefined();
    expect(again.lines.at(-1)).toMatch(/\(0 new, 4 updated, \d+ skipped, 0 bad/);

    const toStdout = await runCli(['catalog', 'export', '--tenant', b.tenant.slug]);
    expect(toStdout.stdout.split('\n')[0]).toBe(
      'id,key,source,group,manufacturer,item,storage_gb,product_name,product_codes,model_numbers,release_date,identifier_kind,picture_url,price',
    );
  });
});

describe('search over reference and own products together', () => {
  it('does not ignore words in one index that the other knows (no flood of partial matches)', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ key: `flood-${i}`, group: 'mobiles', manufacturer: 'Floodco', item: `Wave ${i} Max` }));
    const result = await t.c.modules.catalog.importProducts(
      a.ctx,
      rows.map((data, i) => ({ line: i + 2, data })),
    );
    expect(result.created).toBe(30);
    const names = (await models(a.apiKey, 'term=iphone%20xs%20max')).map((m) => m.ProductName);
    expect(names).toEqual(['Apple iPhone Xs Max 64GB', 'Apple iPhone Xs Max 256GB', 'Apple iPhone Xs Max 512GB']);
    // With a word nobody knows, the rest still finds something.
    expect((await models(a.apiKey, 'term=floodco%20wave%207%20zzqx'))[0]?.ProductName).toBe('Floodco Wave 7 Max');
  });
});
