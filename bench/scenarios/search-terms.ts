/**
 * The search mix: ≥ 200 realistic terms derived from the shipped device catalog
 * (catalog-data/), deterministic for a given seed. What people type into a trade-in search box:
 * model names (with and without brand, any case), names with storage in its usual spellings,
 * shuffled word order, one typo, product/model codes, and Luhn-valid IMEIs of real TACs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { imeiFor, pick, rng, shuffle } from '../lib/util.js';

export type TermKind = 'name' | 'storage' | 'word-order' | 'typo' | 'code' | 'imei' | 'long-tail';

export interface SearchTerm {
  term: string;
  kind: TermKind;
}

interface CatalogFile {
  manufacturers: Array<{ key: string; name: string }>;
  items: Array<{ key: string; manufacturer: string; group: string; name: string; identifierKind: string; sources: string[] }>;
  variants: Array<{ key: string; item: string; storageGb: number | null; productCodes?: string[] }>;
}

interface TacFile {
  tacs: Record<string, string[]>;
}

const CATALOG_DIR = path.resolve(import.meta.dirname, '../../catalog-data');

/** One typo in the longest word: swap, drop, double or replace a letter. */
export function typo(r: () => number, term: string): string {
  const words = term.split(' ');
  let wi = 0;
  for (let i = 1; i < words.length; i++) if (words[i].length > words[wi].length) wi = i;
  const w = words[wi];
  if (w.length < 4) return term;
  const at = 1 + Math.floor(r() * (w.length - 2));
  let out: string;
  switch (Math.floor(r() * 4)) {
    case 0:
      out = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
      break;
    case 1:
      out = w.slice(0, at) + w.slice(at + 1);
      break;
    case 2:
      out = w.slice(0, at) + w[at] + w.slice(at);
      break;
    default:
      out = w.slice(0, at) + 'qwertyuiopasdfghjklzxcvbnm'[Math.floor(r() * 26)] + w.slice(at + 1);
  }
  words[wi] = out;
  return words.join(' ');
}

function storageSpelling(r: () => number, gb: number): string {
  const tb = gb >= 1024 && gb % 1024 === 0 ? `${gb / 1024}` : null;
  if (tb) return pick(r, [`${tb}tb`, `${tb} tb`, `${tb}TB`]);
  return pick(r, [`${gb}`, `${gb}gb`, `${gb} GB`, `${gb}GB`]);
}

export function buildSearchTerms(seed = 7, dir = CATALOG_DIR): SearchTerm[] {
  const r = rng(seed);
  const catalog = JSON.parse(fs.readFileSync(path.join(dir, 'catalog.json'), 'utf8')) as CatalogFile;
  const tacs = (JSON.parse(fs.readFileSync(path.join(dir, 'tac.json'), 'utf8')) as TacFile).tacs;
  const brand = new Map(catalog.manufacturers.map((m) => [m.key, m.name]));
  const curated = catalog.items.filter((i) => i.sources.includes('curated'));
  const curatedKeys = new Set(curated.map((i) => i.key));
  const others = catalog.items.filter((i) => !i.sources.includes('curated') && i.name.length >= 3);
  const storages = new Map<string, number[]>();
  for (const v of catalog.variants) {
    if (v.storageGb != null && curatedKeys.has(v.item)) storages.set(v.item, [...(storages.get(v.item) ?? []), v.storageGb]);
  }
  const out: SearchTerm[] = [];
  const seen = new Set<string>();
  const add = (term: string, kind: TermKind) => {
    const t = term.trim();
    if (t.length >= 2 && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push({ term: t, kind });
    }
  };
  const nameOf = (i: CatalogFile['items'][number]) => {
    const b = brand.get(i.manufacturer) ?? '';
    const withBrand = r() < 0.4 && !i.name.toLowerCase().startsWith(b.toLowerCase());
    const n = withBrand ? `${b} ${i.name}` : i.name;
    return r() < 0.6 ? n.toLowerCase() : n;
  };

  const byCount = (kind: TermKind) => out.filter((t) => t.kind === kind).length;
  const fill = (kind: TermKind, n: number, make: () => string | null) => {
    for (let tries = 0; byCount(kind) < n && tries < n * 20; tries++) {
      const t = make();
      if (t) add(t, kind);
    }
  };

  fill('name', 45, () => nameOf(pick(r, curated)));
  const withStorage = curated.filter((i) => storages.has(i.key));
  fill('storage', 40, () => {
    const i = pick(r, withStorage);
    return `${nameOf(i)} ${storageSpelling(r, pick(r, storages.get(i.key)!))}`;
  });
  fill('word-order', 20, () => {
    const words = nameOf(pick(r, curated)).split(' ');
    if (words.length < 2) return null;
    const shuffled = shuffle(r, [...words]).join(' ');
    return shuffled === words.join(' ') ? null : shuffled;
  });
  fill('typo', 40, () => {
    const i = pick(r, r() < 0.8 ? curated : others);
    const base = r() < 0.5 && storages.has(i.key) ? `${i.name} ${storageSpelling(r, pick(r, storages.get(i.key)!))}` : i.name;
    const t = typo(r, base.toLowerCase());
    return t === base.toLowerCase() ? null : t;
  });
  const coded = catalog.variants.filter((v) => v.productCodes && v.productCodes.length);
  fill('code', 30, () => pick(r, pick(r, coded).productCodes!));
  const tacList = Object.keys(tacs);
  const popularTacs = tacList.filter((t) => tacs[t].some((k) => curatedKeys.has(k)));
  fill('imei', 40, () => imeiFor(pick(r, r() < 0.7 && popularTacs.length ? popularTacs : tacList), Math.floor(r() * 1_000_000)));
  fill('long-tail', 25, () => nameOf(pick(r, others)));
  return out;
}

/**
 * `count` distinct terms, none repeated, for measuring the index itself rather than a result
 * cache: each is a term of the mix varied the way people type — another typo, another storage
 * spelling, another case or word order — and IMEIs with fresh serial numbers.
 */
export function buildColdSearchTerms(count: number, seed = 99): string[] {
  const r = rng(seed);
  const base = buildSearchTerms();
  const texts = base.filter((t) => t.kind !== 'imei');
  const tacs = base.filter((t) => t.kind === 'imei').map((t) => t.term.slice(0, 8));
  const seen = new Set(base.map((t) => t.term.toLowerCase()));
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 20; tries++) {
    let term: string;
    if (r() < 0.15) term = imeiFor(pick(r, tacs), Math.floor(r() * 1_000_000));
    else {
      const t = pick(r, texts);
      term = t.term;
      const words = term.split(' ');
      if (r() < 0.3 && words.length > 1) term = shuffle(r, words).join(' ');
      // At most one typo per term, at most one storage.
      if (t.kind !== 'typo' && r() < 0.6) term = typo(r, term);
      if (t.kind !== 'storage' && t.kind !== 'code' && r() < 0.4) term = `${term} ${storageSpelling(r, pick(r, [32, 64, 128, 256, 512, 1024, 2048]))}`;
      term = r() < 0.5 ? term.toLowerCase() : r() < 0.5 ? term.toUpperCase() : term;
    }
    const key = term.toLowerCase();
    if (!seen.has(key) && term.trim().length >= 2) {
      seen.add(key);
      out.push(term);
    }
  }
  return out;
}
