import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac, luhnCheckDigit } from '../../src/modules/catalog/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let a: TestTenant;

interface Model {
  Id: number;
  ItemId: number;
  ItemName: string;
  ProductName: string;
  ProductCode: string;
  ItemGroupId: number;
  ManufacturerId: number;
  Price: number | null;
  CurrencyIsoCode: string;
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t, { currency: 'SEK' });
});
afterAll(() => t.close());

async function models(query: string, key = a.apiKey, headers: Record<string, string> = {}) {
  const res = await t.app.inject({ method: 'GET', url: `/api/v2/retail/models?${query}`, headers: { 'x-apikey': key, ...headers } });
  return { status: res.statusCode, body: res.json() as { Data: Model[]; Hint?: string; code?: string; message?: string } };
}
const search = (term: string) => models(`term=${encodeURIComponent(term)}&api-version=2.0`);

/** Search quality on the real shipped catalog: term → expected product name of the top result. */
const QUALITY: [string, string][] = [
  ['iphone xs max', 'Apple iPhone Xs Max 64GB'],
  ['iphnoe 13 pro', 'Apple iPhone 13 Pro 128GB'],
  ['13 pro iphone', 'Apple iPhone 13 Pro 128GB'],
  ['galaxy s24 ultra 512', 'Samsung Galaxy S24 Ultra 512GB'],
  ['MT562QN/A', 'Apple iPhone Xs Max 512GB'],
  ['mt562', 'Apple iPhone Xs Max 512GB'],
  ['A2650', 'Apple iPhone 14 Pro 128GB'],
  ['A2483', 'Apple iPhone 13 Pro 128GB'],
  ['s24ultra', 'Samsung Galaxy S24 Ultra 256GB'],
  ['galaxy s 24', 'Samsung Galaxy S24 128GB'],
  ['IPHONE 15 PRO MAX', 'Apple iPhone 15 Pro Max 256GB'],
  ['iphone 15 pro max 1tb', 'Apple iPhone 15 Pro Max 1TB'],
  ['iphone 13 pro 256', 'Apple iPhone 13 Pro 256GB'],
  ['iphone 13 pro 256gb', 'Apple iPhone 13 Pro 256GB'],
  ['iphone 13 pro 256 GB', 'Apple iPhone 13 Pro 256GB'],
  ['pixel 8 pro', 'Google Pixel 8 Pro 128GB'],
  ['pixle 8 pro', 'Google Pixel 8 Pro 128GB'],
  ['galaxy z fold 5', 'Samsung Galaxy Z Fold5 256GB'],
  ['galaxy zflip6', 'Samsung Galaxy Z Flip6 256GB'],
  ['samsung galaxy s23 ultra', 'Samsung Galaxy S23 Ultra 256GB'],
  ['samsumg galaxy s23', 'Samsung Galaxy S23 128GB'],
  ['ultra s23 galaxy', 'Samsung Galaxy S23 Ultra 256GB'],
  ['galaxy s23 ultra 1tb', 'Samsung Galaxy S23 Ultra 1TB'],
  ['oneplus 12', 'OnePlus 12 256GB'],
  ['one plus 12', 'OnePlus 12 256GB'],
  ['xperia 1 v', 'Sony Xperia 1 V 256GB'],
  ['huawei p30 pro', 'Huawei P30 Pro'],
  ['nokia 3310', 'Nokia 3310'],
  ['apple watch series 9', 'Apple Watch Series 9 64GB'],
  ['watch ultra 2', 'Apple Watch Ultra 2 64GB'],
  ['iphone se 3rd generation', 'Apple iPhone SE (3rd generation) 64GB'],
  ['iphone 16e', 'Apple iPhone 16e 128GB'],
  ['iphone 17 pro', 'Apple iPhone 17 Pro 256GB'],
  ['galaxy tab s9 ultra', 'Samsung Galaxy Tab S9 Ultra 256GB'],
  ['iphone 8 plus', 'Apple iPhone 8 Plus 64GB'],
  ['iphone xr', 'Apple iPhone XR 64GB'],
  ['iphone 11 pro max 512', 'Apple iPhone 11 Pro Max 512GB'],
  ['ipohne 12 mini', 'Apple iPhone 12 mini 64GB'],
  ['galaxy s8+', 'Samsung Galaxy S8+'],
  ['galaxy s8 plus', 'Samsung Galaxy S8+'],
  ['iphonexsmax', 'Apple iPhone Xs Max 64GB'],
  ['fairphone 5', 'Fairphone 5 256GB'],
  ['ipad pro 13 m4', 'Apple iPad Pro 13-inch (M4) 256GB'],
  ['  Galaxy   S24  Ultra  ', 'Samsung Galaxy S24 Ultra 256GB'],
  ['galaxy s24-ultra', 'Samsung Galaxy S24 Ultra 256GB'],
  [imeiFromTac('35727609', '123456'), 'Apple iPhone Xs Max 64GB'],
  [imeiFromTac('35104463', '000042'), 'Apple iPhone 13 128GB'],
  [imeiFromTac('35352409', '987654'), 'Samsung Galaxy S9 64GB'],
  [imeiFromTac('35827609', '555555'), 'Google Pixel 3 64GB'],
];

describe('GET /api/v2/retail/models: search quality on the shipped catalog', () => {
  it('has at least 40 queries', () => {
    expect(QUALITY.length).toBeGreaterThanOrEqual(40);
  });

  it.each(QUALITY)('%s → %s', async (term, expected) => {
    const { status, body } = await search(term);
    expect(status).toBe(200);
    expect(body.Data[0]?.ProductName).toBe(expected);
  });

  it('"iphone xs max" returns exactly its 64/256/512 variants first, in the seed shape', async () => {
    const { body } = await search('iphone xs max');
    const first = body.Data.slice(0, 3);
    expect(first.map((m) => m.ProductName)).toEqual(['Apple iPhone Xs Max 64GB', 'Apple iPhone Xs Max 256GB', 'Apple iPhone Xs Max 512GB']);
    expect(new Set(first.map((m) => m.ItemId)).size).toBe(1);
    expect(Object.keys(first[0]).sort()).toEqual(
      [
        'Id',
        'ItemVariantType',
        'ItemId',
        'ItemName',
        'ProductName',
        'ProductCode',
        'ProductNameShort',
        'ItemGroupId',
        'ManufacturerId',
        'Price',
        'CurrencyIsoCode',
        'CurrencySymbol',
        'ExchangeRate',
        'PictureUrl',
      ].sort(),
    );
    expect(first[2]).toMatchObject({ ItemName: 'iPhone Xs Max', ItemVariantType: 1, CurrencyIsoCode: 'SEK', CurrencySymbol: 'kr', ExchangeRate: 1 });
    expect(first[2].ProductCode.split(',')).toContain('MT562');
  });

  it('shows the working-device price in the tenant currency once pricing has one', async () => {
    const before = await search('iphone xs max');
    const [v64, v256] = before.body.Data;
    expect(v64.Price).toBeNull();
    await t.c.modules.pricing.upsertBasePrices(a.ctx, [
      { variantId: v64.Id, amountMinor: 203_00 },
      { variantId: v256.Id, amountMinor: 221_50 },
    ]);
    const after = await search('iphone xs max');
    expect(after.body.Data.slice(0, 3).map((m) => [m.Price, m.CurrencyIsoCode])).toEqual([
      [203, 'SEK'],
      [221.5, 'SEK'],
      [null, 'SEK'],
    ]);
  });

  it('serves searches from memory: no database query once the index is loaded', async () => {
    await search('galaxy s23 ultra');
    const db = t.c.db as unknown as { query: (...args: unknown[]) => Promise<unknown> };
    const original = db.query;
    const seen: string[] = [];
    db.query = function (this: unknown, ...args: unknown[]) {
      seen.push(String(args[0]).slice(0, 80));
      return original.apply(this, args);
    };
    try {
      for (const term of ['galaxy s23 ultra', 'pixel 7a', 'iphnoe 14', imeiFromTac('35727609', '111111')]) expect((await search(term)).status).toBe(200);
      expect((await models('ItemGroupId=1&limit=20')).status).toBe(200);
    } finally {
      db.query = original;
    }
    expect(seen).toEqual([]);
  });

  it('ranks exact names before prefixes before typos, ties in a stable order', async () => {
    const { body } = await search('iphone 13 pro');
    const names = body.Data.map((m) => m.ItemName);
    expect(names.slice(0, 4)).toEqual(['iPhone 13 Pro', 'iPhone 13 Pro', 'iPhone 13 Pro', 'iPhone 13 Pro']);
    expect(names[4]).toBe('iPhone 13 Pro Max');
    const again = await search('iphone 13 pro');
    expect(again.body.Data.map((m) => m.Id)).toEqual(body.Data.map((m) => m.Id));
  });
});

describe('GET /api/v2/retail/models: identification and errors', () => {
  it('refuses terms shorter than 3 characters such as "ab" (B020001), localized', async () => {
    for (const term of ['a', 'ab', ' x ']) {
      const { status, body } = await search(term);
      expect(status, term).toBe(400);
      expect(body.code).toBe('B020001');
    }
    const de = await models('term=ab', a.apiKey, { 'accept-language': 'de' });
    expect(de.body.message).toContain('mindestens 3 Zeichen');
  });

  it('refuses a 15-digit term with a wrong Luhn digit (B020002)', async () => {
    const good = imeiFromTac('35727609', '123456');
    const bad = good.slice(0, 14) + String((Number(good[14]) + 1) % 10);
    const { status, body } = await search(bad);
    expect(status).toBe(400);
    expect(body.code).toBe('B020002');
    expect(body.message).toContain(bad);
  });

  it('returns an empty list with a hint for a valid IMEI of an unknown TAC', async () => {
    const body14 = '99999991123456';
    const imei = `${body14}${luhnCheckDigit(body14)}`;
    const { status, body } = await search(imei);
    expect(status).toBe(200);
    expect(body.Data).toEqual([]);
    expect(body.Hint).toMatch(/TAC 99999991/);
    const tr = await models(`term=${imei}`, a.apiKey, { 'accept-language': 'tr' });
    expect(tr.body.Hint).toMatch(/IMEI geçerli/);
  });

  it('resolves an IMEI typed with separators to every variant of its model', async () => {
    const imei = imeiFromTac('35727609', '123456');
    const spaced = `${imei.slice(0, 2)} ${imei.slice(2, 8)} ${imei.slice(8, 14)} ${imei.slice(14)}`;
    const { body } = await search(spaced);
    expect(body.Data.map((m) => m.ProductName)).toEqual(['Apple iPhone Xs Max 64GB', 'Apple iPhone Xs Max 256GB', 'Apple iPhone Xs Max 512GB']);
  });

  it('falls back to text search for a new random 10-character Apple serial, with a hint', async () => {
    const { status, body } = await search('X9G7F2LQ4M');
    expect(status).toBe(200);
    expect(body.Data).toEqual([]);
    expect(body.Hint).toMatch(/serial number/);
  });

  it('resolves an old-format Apple serial through its configuration code, else falls back to text search', async () => {
    const xs = (await search('iphone xs max')).body.Data[0];
    await t.c.db.query(`INSERT INTO serial_suffixes (suffix, item_id) VALUES ('JG5H', $1) ON CONFLICT (suffix) DO UPDATE SET item_id = EXCLUDED.item_id`, [
      xs.ItemId,
    ]);
    try {
      await t.c.cache.invalidate(t.c.db, 'catalog', null);
      const { body } = await search('C02XK1ZLJG5H');
      expect(body.Data.map((m) => m.ItemId)).toEqual([xs.ItemId, xs.ItemId, xs.ItemId]);
      const unknown = await search('C02XK1ZLQ7Q2');
      expect(unknown.status).toBe(200);
      expect(unknown.body.Data).toEqual([]);
    } finally {
      await t.c.db.query(`DELETE FROM serial_suffixes WHERE suffix = 'JG5H'`);
      await t.c.cache.invalidate(t.c.db, 'catalog', null);
    }
  });

  it('variantsForTac (for other modules) gives every variant of the TAC families, [] when unknown', async () => {
    const list = await t.c.modules.catalog.variantsForTac(a.ctx, '35727609');
    expect(list.map((v) => v.productName)).toEqual(['Apple iPhone Xs Max 64GB', 'Apple iPhone Xs Max 256GB', 'Apple iPhone Xs Max 512GB']);
    expect(list[0]).toMatchObject({ itemGroupKey: 'mobiles', manufacturerKey: 'apple', identifierKind: 'imei' });
    expect(await t.c.modules.catalog.variantsForTac(a.ctx, '99999991')).toEqual([]);
    expect(await t.c.modules.catalog.variantsForTac(a.ctx, 'abc')).toEqual([]);
    // Inside a transaction of a tenant whose index is not loaded: same answer, from the database.
    const fresh = await createTenant(t);
    const inTx = await t.c.db.transaction((tx) => t.c.modules.catalog.variantsForTac({ ...fresh.ctx, db: tx }, '35727609'));
    expect(inTx.map((v) => v.productName)).toEqual(list.map((v) => v.productName));
  });

  it('validates parameter types (B000001) and answers unknown filters with an empty list', async () => {
    for (const q of ['ItemGroupId=abc', 'ManufacturerId=-1', 'limit=0', 'limit=x']) {
      const { status, body } = await models(q);
      expect(status, q).toBe(400);
      expect(body.code).toBe('B000001');
    }
    const unknown = await models('term=iphone&ItemGroupId=999999');
    expect(unknown.status).toBe(200);
    expect(unknown.body.Data).toEqual([]);
    const unknownM = await models('ManufacturerId=999999');
    expect(unknownM.body.Data).toEqual([]);
  });

  it('requires an API key', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v2/retail/models?term=iphone' });
    expect(res.statusCode).toBe(401);
  });
});

describe('tree browsing: item groups, manufacturers, models without a term', () => {
  it('lists item groups with localized names', async () => {
    const en = await t.app.inject({ method: 'GET', url: '/api/v2/retail/itemgroups?api-version=2.0', headers: { 'x-apikey': a.apiKey } });
    expect(en.statusCode).toBe(200);
    const groups = en.json().Data as { Id: number; Name: string }[];
    expect(groups.map((g) => g.Name)).toEqual(['Mobiles', 'Tablets', 'Laptops', 'Watches']);
    const sv = await t.app.inject({ method: 'GET', url: '/api/v2/retail/itemgroups', headers: { 'x-apikey': a.apiKey, 'accept-language': 'sv' } });
    expect(sv.json().Data.map((g: { Name: string }) => g.Name)).toContain('Mobiltelefoner');
  });

  it('lists manufacturers of a group and the models of a group and manufacturer', async () => {
    const groups = (await t.app.inject({ method: 'GET', url: '/api/v2/retail/itemgroups', headers: { 'x-apikey': a.apiKey } })).json().Data as {
      Id: number;
      Name: string;
    }[];
    const laptops = groups.find((g) => g.Name === 'Laptops')!;
    const res = await t.app.inject({ method: 'GET', url: `/api/v2/retail/manufacturers?ItemGroupId=${laptops.Id}`, headers: { 'x-apikey': a.apiKey } });
    const makers = res.json().Data as { Id: number; Name: string }[];
    const apple = makers.find((m) => m.Name === 'Apple')!;
    expect(apple).toBeDefined();
    const bad = await t.app.inject({ method: 'GET', url: '/api/v2/retail/manufacturers?ItemGroupId=abc', headers: { 'x-apikey': a.apiKey } });
    expect(bad.statusCode).toBe(400);
    const none = await t.app.inject({ method: 'GET', url: '/api/v2/retail/manufacturers?ItemGroupId=999999', headers: { 'x-apikey': a.apiKey } });
    expect(none.json().Data).toEqual([]);

    const { body } = await models(`ItemGroupId=${laptops.Id}&ManufacturerId=${apple.Id}&limit=10000`);
    expect(body.Data.length).toBeGreaterThan(5);
    expect(body.Data.every((m) => m.ItemGroupId === laptops.Id && m.ManufacturerId === apple.Id)).toBe(true);
    expect(body.Data.some((m) => m.ItemName.startsWith('MacBook'))).toBe(true);
  });

  it('returns 500 models by default and honours limit', async () => {
    expect((await models('')).body.Data).toHaveLength(500);
    expect((await models('limit=3')).body.Data).toHaveLength(3);
    expect((await models('term=samsung&limit=7')).body.Data).toHaveLength(7);
  });
});
