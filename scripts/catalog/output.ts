// Turn merged items into the catalog-data JSON structures (deterministic order and formatting).

import { createHash } from 'node:crypto';
import { looksCellular, slugify, storageLabel, type GroupKey } from './normalize.js';
import type { Item } from './merge.js';
import { SOURCE_ORDER } from './sources.js';

export interface CatalogItem {
  key: string;
  manufacturer: string;
  group: GroupKey;
  name: string;
  releaseDate: string | null;
  identifierKind: 'imei' | 'serial' | 'none';
  launchPriceUsd: number | null;
  launchPriceEur: number | null;
  baseStorageGb: number | null;
  modelNumbers: string[];
  codenames: string[];
  aliases: string[];
  sources: string[];
}

export interface CatalogVariant {
  key: string;
  item: string;
  storageGb: number | null;
  productName: string;
  productNameShort: string;
  productCodes: string[];
}

export interface Manufacturer {
  key: string;
  name: string;
}

export const ITEM_GROUPS = [
  { key: 'mobiles', name: 'Mobiles' },
  { key: 'tablets', name: 'Tablets' },
  { key: 'laptops', name: 'Laptops' },
  { key: 'watches', name: 'Watches' },
];

/** Plain code-point comparison (locale-independent, so output is identical everywhere). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedStrings(s: Iterable<string>): string[] {
  return [...new Set(s)].sort(cmp);
}

export function identifierKindFor(item: Item): CatalogItem['identifierKind'] {
  switch (item.group) {
    case 'laptops':
      return 'serial';
    case 'mobiles':
      // iPod touch has no cellular radio
      return item.manufacturer === 'Apple' && /^iPod/.test(item.name) ? 'serial' : 'imei';
    case 'tablets':
    case 'watches': {
      // Apple families mix Wi-Fi/GPS-only and cellular models: the serial number is what every unit has.
      if (item.manufacturer === 'Apple') return 'serial';
      // Others: imei only when every known model of the family is cellular.
      if (item.cellular.has(false)) return 'serial';
      return item.cellular.has(true) || looksCellular(item.name) ? 'imei' : 'serial';
    }
  }
}

function productName(mfr: string, name: string, gb: number | null): string {
  const base = name === mfr || name.startsWith(`${mfr} `) ? name : `${mfr} ${name}`;
  return gb === null ? base : `${base} ${storageLabel(gb)}`;
}

function shortName(full: string): string {
  return full
    .replace(/\((\d+)(?:st|nd|rd|th) generation\)/g, '($1G)')
    .replace(/ generation\b/g, ' gen')
    .replace(/(\d+(?:\.\d+)?)-inch/g, '$1"')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface BuiltCatalog {
  manufacturers: Manufacturer[];
  items: CatalogItem[];
  variants: CatalogVariant[];
  itemKeyOf: Map<Item, string>;
}

export function buildCatalog(items: Item[]): BuiltCatalog {
  const mfrKey = new Map<string, string>();
  for (const it of items) if (!mfrKey.has(it.manufacturer)) mfrKey.set(it.manufacturer, slugify(it.manufacturer));
  // manufacturer keys must be unique too
  const seenMfr = new Map<string, string>();
  for (const [name, key] of [...mfrKey].sort((a, b) => cmp(a[0], b[0]))) {
    const other = seenMfr.get(key);
    if (other && other !== name) throw new Error(`manufacturer key clash: ${name} / ${other} → ${key}`);
    seenMfr.set(key, name);
  }

  const sorted = [...items].sort(
    (a, b) =>
      cmp(mfrKey.get(a.manufacturer)!, mfrKey.get(b.manufacturer)!) || cmp(a.name.toLowerCase(), b.name.toLowerCase()) || cmp(a.name, b.name) || a.seq - b.seq,
  );

  const used = new Set<string>();
  const itemKeyOf = new Map<Item, string>();
  const outItems: CatalogItem[] = [];
  const outVariants: CatalogVariant[] = [];
  const order = new Map(SOURCE_ORDER.map((s, i) => [s, i]));

  for (const it of sorted) {
    const mk = mfrKey.get(it.manufacturer)!;
    const ns = slugify(it.name);
    let key = ns === mk || ns.startsWith(`${mk}-`) ? ns : `${mk}-${ns}`;
    if (used.has(key)) {
      let n = 2;
      while (used.has(`${key}-${n}`)) n++;
      key = `${key}-${n}`;
    }
    used.add(key);
    itemKeyOf.set(it, key);

    const storages = [...it.storages].sort((a, b) => a - b);
    const base = it.curatedStorages?.length ? Math.min(...it.curatedStorages) : storages.length ? storages[0] : null;
    const isApple = it.manufacturer === 'Apple';
    outItems.push({
      key,
      manufacturer: mk,
      group: it.group,
      name: it.name,
      releaseDate: it.releaseDate,
      identifierKind: identifierKindFor(it),
      launchPriceUsd: it.priceUsd,
      launchPriceEur: it.priceEur,
      baseStorageGb: base,
      modelNumbers: sortedStrings(it.modelNumbers),
      codenames: sortedStrings(it.codenames),
      aliases: sortedStrings(it.aliases),
      sources: [...it.sources].sort((a, b) => order.get(a)! - order.get(b)!),
    });

    const androidCodes = sortedStrings(it.modelNumbers);
    const unknownStorageCodes = it.codesByStorage.get(null);
    const variantStorages: Array<number | null> = storages.length ? storages : [null];
    for (const gb of variantStorages) {
      let codes: string[];
      if (isApple) {
        const set = new Set<string>(gb === null ? [] : (it.codesByStorage.get(gb) ?? []));
        if (gb === null) for (const s of it.codesByStorage.values()) s.forEach((c) => set.add(c));
        // part numbers listed without a storage (Apple Watch): only unambiguous when there is one variant
        if (unknownStorageCodes && variantStorages.length === 1) unknownStorageCodes.forEach((c) => set.add(c));
        codes = sortedStrings(set);
      } else {
        codes = androidCodes;
      }
      const pn = productName(it.manufacturer, it.name, gb);
      outVariants.push({
        key: gb === null ? key : `${key}-${storageLabel(gb).toLowerCase()}`,
        item: key,
        storageGb: gb,
        productName: pn,
        productNameShort: shortName(pn),
        productCodes: codes,
      });
    }
  }

  const manufacturers = [...seenMfr].map(([key, name]) => ({ key, name })).sort((a, b) => cmp(a.key, b.key));
  return { manufacturers, items: outItems, variants: outVariants, itemKeyOf };
}

/** JSON with one array element / map entry per line: small diffs, still valid JSON. */
export function stringifyLines(obj: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(obj)) {
    let body: string;
    if (Array.isArray(v) && v.length && typeof v[0] === 'object') {
      body = '[\n' + v.map((e) => '  ' + JSON.stringify(e)).join(',\n') + '\n]';
    } else if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 20) {
      body =
        '{\n' +
        Object.entries(v)
          .map(([kk, vv]) => `  ${JSON.stringify(kk)}: ${JSON.stringify(vv)}`)
          .join(',\n') +
        '\n}';
    } else {
      body = JSON.stringify(v);
    }
    parts.push(`${JSON.stringify(k)}: ${body}`);
  }
  return '{\n' + parts.join(',\n') + '\n}\n';
}

export function contentHash(items: CatalogItem[], variants: CatalogVariant[]): string {
  return createHash('sha256').update(JSON.stringify({ items, variants })).digest('hex').slice(0, 16);
}
