import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

/** Issue 10 item 8: the product tree (seed 003 §2) from memory, by relevance, newest models first. */
let t: TestApp;
let a: TestTenant;
let mobiles: number;
let recent: { apple: number; samsung: number; appleMaker: number; samsungMaker: number };
let old: { variant: number; maker: number };

const get = (url: string, key = a.apiKey) => t.app.inject({ method: 'GET', url, headers: { 'x-apikey': key } });
const makers = async (group: number) => {
  const res = await get(`/api/v2/retail/manufacturers?ItemGroupId=${group}&api-version=2.0`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('application/json');
  return (res.json().Data as { Id: number; Name: string }[]).map((m) => m.Id);
};

async function variantOf(manufacturerKey: string | null, where: string): Promise<{ id: number; maker: number }> {
  const rows = await t.c.db.query<{ id: number; manufacturer_id: number }>(
    `SELECT v.id, i.manufacturer_id FROM variants v JOIN items i ON i.id = v.item_id JOIN manufacturers m ON m.id = i.manufacturer_id
      JOIN item_groups g ON g.id = i.item_group_id
      WHERE ($1::text IS NULL AND m.key NOT IN ('apple', 'samsung') OR m.key = $1) AND g.key = 'mobiles' AND v.tenant_id IS NULL AND v.is_active AND i.is_active AND ${where}
      ORDER BY i.release_date DESC, v.id LIMIT 1`,
    [manufacturerKey],
  );
  return { id: rows[0].id, maker: rows[0].manufacturer_id };
}

beforeAll(async () => {
  t = await createTestApp(); // clock 2026-06-01: "recent" = released since 2023-06-01
  a = await createTenant(t);
  mobiles = (await t.c.db.query<{ id: number }>(`SELECT id FROM item_groups WHERE key = 'mobiles' AND tenant_id IS NULL`))[0].id;
  const apple = await variantOf('apple', `i.release_date >= '2024'`);
  const samsung = await variantOf('samsung', `i.release_date >= '2024'`);
  recent = { apple: apple.id, samsung: samsung.id, appleMaker: apple.maker, samsungMaker: samsung.maker };
  const nokia = await variantOf(null, `i.release_date < '2019' AND i.release_date >= '2010'`);
  old = { variant: nokia.id, maker: nokia.maker };
  await t.c.modules.pricing.upsertBasePrices(a.ctx, [
    { variantId: recent.apple, amountMinor: 50_000 },
    { variantId: recent.samsung, amountMinor: 40_000 },
    { variantId: old.variant, amountMinor: 1_000 },
  ]);
});
afterAll(() => t.close());

describe('product tree (seed 003 §2)', () => {
  it('item groups and manufacturers of a group by relevance: recent priced, older priced, then the long tail', async () => {
    const groups = await get('/api/v2/retail/itemgroups');
    expect(groups.statusCode).toBe(200);
    expect(groups.json().Data.map((g: { Id: number }) => g.Id)).toContain(mobiles);

    const list = await makers(mobiles);
    expect(list.length).toBeGreaterThan(100);
    expect(new Set(list.slice(0, 2))).toEqual(new Set([recent.appleMaker, recent.samsungMaker]));
    expect(list[2]).toBe(old.maker);
    // The long tail follows by name.
    const names = (await get(`/api/v2/retail/manufacturers?ItemGroupId=${mobiles}`))
      .json()
      .Data.slice(3)
      .map((m: { Name: string }) => m.Name);
    expect(names).toEqual([...names].sort((x: string, y: string) => x.localeCompare(y, 'en', { sensitivity: 'base' })));
  });

  it('a price change reorders the tree at once (cache invalidated)', async () => {
    const tail = (await makers(mobiles)).at(-1)!;
    const v = (
      await t.c.db.query<{ id: number }>(
        `SELECT v.id FROM variants v JOIN items i ON i.id = v.item_id JOIN item_groups g ON g.id = i.item_group_id
        WHERE i.manufacturer_id = $1 AND g.key = 'mobiles' AND v.is_active AND i.is_active ORDER BY v.id LIMIT 1`,
        [tail],
      )
    )[0].id;
    await t.c.modules.pricing.upsertBasePrices(a.ctx, [{ variantId: v, amountMinor: 100 }]);
    const after = await makers(mobiles);
    expect(after.indexOf(tail)).toBeLessThan(4);
  });

  it('models of a manufacturer in a group, newest first', async () => {
    const res = await get(`/api/v2/retail/models?ItemGroupId=${mobiles}&ManufacturerId=${recent.appleMaker}&limit=2000`);
    expect(res.statusCode).toBe(200);
    const ids = res.json().Data.map((m: { Id: number }) => m.Id) as number[];
    expect(ids.length).toBeGreaterThan(20);
    const dates = new Map(
      (
        await t.c.db.query<{ id: number; d: string | null }>(
          `SELECT v.id, i.release_date AS d FROM variants v JOIN items i ON i.id = v.item_id WHERE v.id = ANY($1::int[])`,
          [ids],
        )
      ).map((r) => [r.id, r.d ?? '']),
    );
    const seq = ids.map((id) => dates.get(id)!);
    expect(seq).toEqual([...seq].sort().reverse());
  });

  it('a tenant hides manufacturers it does not trade (settings.catalog.tree); exclusions apply too', async () => {
    const tenant = (await t.c.modules.org.tenants.findById(t.c.db, a.tenant.id))!;
    await t.c.modules.org.tenants.updateSettings(t.c.db, tenant, { catalog: { tree: { hiddenManufacturers: ['samsung'], onlyPriced: true } } });
    const list = await makers(mobiles);
    expect(list).not.toContain(recent.samsungMaker);
    expect(list).toContain(recent.appleMaker);
    expect(list.length).toBeLessThan(10); // onlyPriced: the long tail is gone
    const bad = await t.c.modules.org.tenants
      .updateSettings(t.c.db, tenant, { catalog: { tree: { onlyPriced: 'yes' } } })
      .catch((e: { code: string }) => e.code);
    expect(bad).toBe('B010004');

    await t.c.modules.catalog.addExclusion(a.ctx, { kind: 'manufacturer', id: recent.appleMaker });
    expect(await makers(mobiles)).not.toContain(recent.appleMaker);
  });
});
