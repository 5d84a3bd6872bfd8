import type { CatalogVariant } from '../catalog.types.js';

const EMPTY: string[] = [];
Object.freeze(EMPTY);

/**
 * Shares what variants of one family repeat (names, keys, dates, code lists), in place: rows
 * from the database carry their own copy of every string and array, ~83,000 times over. Called
 * on freshly loaded variants before they go into a long-lived index.
 */
export function compactVariants<T extends CatalogVariant>(list: T[]): T[] {
  const strings = new Map<string, string>();
  const s = <V extends string | null>(v: V): V => {
    if (v === null) return v;
    const hit = strings.get(v);
    if (hit !== undefined) return hit as V;
    strings.set(v, v);
    return v;
  };
  const arrays = new Map<string, string[]>();
  const a = (v: string[]): string[] => {
    if (v.length === 0) return EMPTY;
    const key = v.join('\u0000');
    const hit = arrays.get(key);
    if (hit) return hit;
    const shared = v.map(s);
    arrays.set(key, shared);
    return shared;
  };
  for (const v of list) {
    v.key = s(v.key);
    v.itemKey = s(v.itemKey);
    v.itemName = s(v.itemName);
    v.productName = s(v.productName);
    v.productNameShort = v.productNameShort === v.productName ? v.productName : s(v.productNameShort);
    v.itemGroupKey = s(v.itemGroupKey);
    v.manufacturerKey = s(v.manufacturerKey);
    v.manufacturerName = s(v.manufacturerName);
    v.releaseDate = s(v.releaseDate);
    v.pictureUrl = s(v.pictureUrl);
    v.productCodes = a(v.productCodes);
    v.modelNumbers = a(v.modelNumbers);
    v.aliases = a(v.aliases);
  }
  return list;
}
