import type { CatalogVariant } from './catalog.types.js';

/**
 * Deterministic synthetic catalog for benchmarks: realistic-looking brands, families,
 * storage variants, product codes and model numbers. `generateSyntheticVariants` feeds the
 * search index directly; `syntheticImportRows` feeds `catalog.importProducts` (the rows a
 * `tradein catalog import` file would hold) to load them into a tenant.
 */

const BRANDS = [
  'Acme',
  'Borealis',
  'Cygnus',
  'Dynamo',
  'Equinox',
  'Fathom',
  'Granite',
  'Helix',
  'Ion',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orion',
  'Pulsar',
  'Quartz',
  'Radiant',
  'Solstice',
  'Tundra',
  'Umbra',
  'Vertex',
  'Willow',
  'Xenon',
  'Yarrow',
  'Zephyr',
];
const LINES = ['Nova', 'Edge', 'Pulse', 'Spark', 'Prime', 'Vista', 'Aero', 'Flux', 'Wave', 'Core', 'Terra', 'Glide', 'Blaze', 'Echo', 'Drift', 'Halo'];
const SUFFIXES = ['', ' Pro', ' Max', ' Ultra', ' Lite', ' Plus', ' Mini', ' FE', ' Neo', ' 5G'];
const STORAGES = [32, 64, 128, 256, 512, 1024];
const GROUPS: [number, string][] = [
  [1, 'mobiles'],
  [2, 'tablets'],
  [3, 'laptops'],
  [4, 'watches'],
];

/** Small deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticRow {
  key: string;
  group: string;
  manufacturer: string;
  item: string;
  storageGb: number | null;
  productCodes: string[];
  modelNumbers: string[];
  releaseDate: string;
  identifierKind: 'imei' | 'serial';
}

/** `count` synthetic catalog rows (one per variant), the same for the same seed. */
export function syntheticImportRows(count = 50_000, seed = 42): SyntheticRow[] {
  const rand = rng(seed);
  const rows: SyntheticRow[] = [];
  let family = 0;
  while (rows.length < count) {
    const brand = BRANDS[family % BRANDS.length];
    const line = LINES[Math.floor(family / BRANDS.length) % LINES.length];
    const gen = 1 + Math.floor(family / (BRANDS.length * LINES.length));
    const suffix = SUFFIXES[Math.floor(rand() * SUFFIXES.length)];
    const [, group] = GROUPS[Math.floor(rand() * 10) < 7 ? 0 : 1 + Math.floor(rand() * 3)];
    const item = `${line} ${gen}${suffix}`;
    const year = 2010 + Math.floor(rand() * 16);
    const month = 1 + Math.floor(rand() * 12);
    const model = `${brand.slice(0, 2).toUpperCase()}-${String(1000 + family).padStart(4, '0')}`;
    const nStorage = 1 + Math.floor(rand() * 4);
    const first = Math.floor(rand() * (STORAGES.length - nStorage + 1));
    for (let s = 0; s < nStorage && rows.length < count; s++) {
      const storage = STORAGES[first + s];
      rows.push({
        key: `syn-${family}-${storage}`,
        group,
        manufacturer: brand,
        item,
        storageGb: storage,
        productCodes: [`S${(family * 7 + s).toString(36).toUpperCase().padStart(4, '0')}`],
        modelNumbers: [model],
        releaseDate: `${year}-${String(month).padStart(2, '0')}`,
        identifierKind: group === 'mobiles' ? 'imei' : 'serial',
      });
    }
    family++;
  }
  return rows;
}

/** `count` synthetic variants shaped like the catalog returns them (ids from 1). */
export function generateSyntheticVariants(count = 50_000, seed = 42): CatalogVariant[] {
  const itemIds = new Map<string, number>();
  return syntheticImportRows(count, seed).map((r, i) => {
    const itemKey = `${r.manufacturer}|${r.item}`;
    if (!itemIds.has(itemKey)) itemIds.set(itemKey, itemIds.size + 1);
    const groupId = GROUPS.find(([, k]) => k === r.group)![0];
    const name = `${r.manufacturer} ${r.item}${r.storageGb ? ` ${r.storageGb >= 1024 ? `${r.storageGb / 1024}TB` : `${r.storageGb}GB`}` : ''}`;
    return {
      id: i + 1,
      tenantId: null,
      key: r.key,
      itemId: itemIds.get(itemKey)!,
      itemKey: itemKey.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      itemName: r.item,
      productName: name,
      productNameShort: name,
      productCodes: r.productCodes,
      storageGb: r.storageGb,
      itemGroupId: groupId,
      itemGroupKey: r.group,
      manufacturerId: BRANDS.indexOf(r.manufacturer) + 1,
      manufacturerKey: r.manufacturer.toLowerCase(),
      manufacturerName: r.manufacturer,
      releaseDate: r.releaseDate,
      identifierKind: r.identifierKind,
      pictureUrl: null,
      launchPriceUsd: null,
      launchPriceEur: null,
      baseStorageGb: null,
      modelNumbers: r.modelNumbers,
      aliases: [],
      isActive: true,
    };
  });
}
