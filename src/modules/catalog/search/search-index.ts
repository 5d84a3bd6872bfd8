import type { CatalogVariant } from '../catalog.types.js';
import { codeKey, deletes1, editDistanceAtMost, STORAGE_SIZES, tokenize } from './normalize.js';

/** Keeps a candidate (tenant exclusions, ItemGroupId / ManufacturerId filters). */
export type VariantPredicate = (v: CatalogVariant) => boolean;

/** A ranked match: lower `score` is better; equal scores fall back to {@link compareStable}. */
export interface SearchHit {
  variant: CatalogVariant;
  score: number;
}

/** A parsed query, independent of any one index (so base and tenant indexes rank alike). */
export interface ParsedQuery {
  /** Normalized form (cache key). */
  key: string;
  chunks: string[];
  tokens: string[];
}

interface Word {
  norm: string;
  /** Exact forms ("256" also means "256gb"). */
  alts: string[];
  prefix: boolean;
  fuzzy: Set<string>;
  codes: Set<number> | null;
  /** The same as vocabulary ids: exact ids, the [lo, hi) prefix range, one-typo ids. */
  exactIds: number[];
  lo: number;
  hi: number;
  fuzzyIds: Set<number>;
  /**
   * Quality + 1 of every vocabulary id for this word (0 = no match), filled once per query:
   * scoring a candidate is then one array read per token instead of set and list look-ups.
   */
  table: Uint8Array;
}

/** 0 exact, 1 prefix, 2 one typo, -1 no match of one vocabulary token. */
function tokenQuality(w: Word, id: number): number {
  return w.table[id] - 1;
}

/** Fills a word's (zeroed) quality table: one typo, then prefix, then exact (better wins). */
function fillQuality(t: Uint8Array, w: Omit<Word, 'table'>): Uint8Array {
  for (const id of w.fuzzyIds) t[id] = 3;
  if (w.hi > w.lo) t.fill(2, w.lo, w.hi);
  for (const id of w.exactIds) t[id] = 1;
  return t;
}

/**
 * The `k` smallest keys seen (a binary max-heap): a query keeps only the page it returns, and a
 * candidate whose lower bound cannot enter the page is dropped before its costly checks.
 */
class TopK {
  private readonly heap: Float64Array;
  size = 0;

  constructor(readonly k: number) {
    this.heap = new Float64Array(k);
  }

  /** The largest kept key while full, else +Infinity: a candidate must be below it. */
  get bound(): number {
    return this.size < this.k ? Infinity : this.heap[0];
  }

  push(key: number): void {
    const h = this.heap;
    if (this.size < this.k) {
      let i = this.size++;
      h[i] = key;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (h[parent] >= h[i]) break;
        [h[parent], h[i]] = [h[i], h[parent]];
        i = parent;
      }
      return;
    }
    if (key >= h[0]) return;
    h[0] = key;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && h[l] > h[m]) m = l;
      if (r < this.size && h[r] > h[m]) m = r;
      if (m === i) break;
      [h[m], h[i]] = [h[i], h[m]];
      i = m;
    }
  }

  sorted(): Float64Array {
    return this.heap.slice(0, this.size).sort();
  }
}

/** Lists of ints per index (per variant, per vocabulary id) in one flat array: list i is `data[start[i]..start[i+1])`. */
interface Ragged {
  data: Int32Array;
  start: Int32Array;
}

function ragged(lists: readonly (readonly number[])[]): Ragged {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i] + lists[i].length;
  const data = new Int32Array(start[lists.length]);
  for (let i = 0; i < lists.length; i++) data.set(lists[i], start[i]);
  return { data, start };
}

/** Score tiers: exact name, all words exact or prefixes, fuzzy (typos, dropped words). */
const TIER = 1_000_000;
const WORD_PENALTY = 1_000;
const PHRASE_PENALTY = 100;
/** Candidates a degraded reading (unknown words ignored) ranks at most, newest first. */
const DEGRADED_SCAN = 25_000;

/**
 * Stable order of equal matches and of browsing: newest release first (unknown last), then
 * model family name, storage ascending, product name, id.
 */
export function compareStable(a: CatalogVariant, b: CatalogVariant): number {
  const ra = a.releaseDate ?? '';
  const rb = b.releaseDate ?? '';
  if (ra !== rb) return ra < rb ? 1 : -1;
  const ia = a.itemName.toLowerCase();
  const ib = b.itemName.toLowerCase();
  if (ia !== ib) return ia < ib ? -1 : 1;
  const sa = a.storageGb ?? -1;
  const sb = b.storageGb ?? -1;
  if (sa !== sb) return sa - sb;
  const na = a.productName.toLowerCase();
  const nb = b.productName.toLowerCase();
  if (na !== nb) return na < nb ? -1 : 1;
  return a.id - b.id;
}

/** Splits a term into whitespace chunks and normalized tokens. */
export function parseQuery(term: string): ParsedQuery {
  const chunks = term.trim().split(/\s+/).filter(Boolean);
  const tokens = tokenize(term);
  return { key: tokens.join(' ') + '|' + chunks.map(codeKey).join(' '), chunks, tokens };
}

function keyOf(tokens: Iterable<string>): string {
  return [...new Set(tokens)].sort().join(' ');
}

function pushTo<K>(map: Map<K, number[]>, key: K, pos: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [pos]);
  else if (list[list.length - 1] !== pos) list.push(pos);
}

/**
 * Immutable in-memory search index over a list of variants: an inverted index of normalized
 * tokens (sorted vocabulary for prefix ranges), a deletion-neighbourhood (SymSpell) index for
 * one typo per word, exact-name keys (word order free), product codes and model numbers.
 */
export class SearchIndex {
  /** Variants in stable order; a variant's position is its index here. */
  readonly variants: CatalogVariant[];
  /**
   * Vocabulary ids per position: every token, the family name's own tokens in order, the
   * brand's. Each is one flat array with offsets (not one typed array per variant: ~200 bytes
   * of object overhead each, ×3 × 83,000 variants).
   */
  private readonly tokens: Ragged;
  private readonly itemTokens: Ragged;
  private readonly brandTokens: Ragged;
  private readonly vocab: string[];
  private readonly vocabSet: Set<string>;
  private readonly vocabId = new Map<string, number>();
  /** Positions per vocabulary id (flat, like the token lists). */
  private readonly postings: Ragged;
  private readonly cum: Float64Array;
  private readonly deletes = new Map<string, number[]>();
  private readonly exact = new Map<string, number[]>();
  private readonly codes = new Map<string, number[]>();
  private readonly byItem = new Map<number, number[]>();
  private readonly byId = new Map<number, number>();
  private readonly mark: Uint32Array;
  private readonly tablePool: Uint8Array[] = [];
  private stamp = 0;

  constructor(list: readonly CatalogVariant[]) {
    this.variants = [...list].sort(compareStable);
    const posting = new Map<string, number[]>();
    const rawTokens: string[][] = [];
    const rawItem: string[][] = [];
    const rawBrand: string[][] = [];
    this.variants.forEach((v, pos) => {
      const manuf = tokenize(v.manufacturerName);
      const manufSet = new Set(manuf);
      const item = tokenize(v.itemName);
      const product = tokenize(v.productName);
      const storage = v.storageGb ? [`${v.storageGb}gb`] : [];
      const aliasTokens = v.aliases.map((a) => tokenize(a));
      const all = new Set([...manuf, ...item, ...product, ...tokenize(v.productNameShort), ...storage, ...aliasTokens.flat()]);
      rawTokens.push([...all]);
      const itemOwn = item.filter((t) => !manufSet.has(t));
      rawItem.push(itemOwn);
      rawBrand.push(manuf);
      for (const t of all) pushTo(posting, t, pos);
      const productOwn = product.filter((t) => !manufSet.has(t));
      const keys = new Set([
        keyOf(itemOwn),
        keyOf([...itemOwn, ...manuf]),
        keyOf([...productOwn, ...storage]),
        keyOf([...productOwn, ...storage, ...manuf]),
        ...aliasTokens.flatMap((a) => [keyOf(a), keyOf([...a, ...storage])]),
      ]);
      for (const k of keys) if (k) pushTo(this.exact, k, pos);
      for (const c of [...v.productCodes, ...v.modelNumbers]) {
        const ck = codeKey(c);
        if (ck.length >= 4) pushTo(this.codes, ck, pos);
      }
      pushTo(this.byItem, v.itemId, pos);
      this.byId.set(v.id, pos);
    });
    this.vocab = [...posting.keys()].sort();
    this.vocabSet = new Set(this.vocab);
    const idOf = this.vocabId;
    this.vocab.forEach((t, i) => idOf.set(t, i));
    const ids = (lists: string[][]) => ragged(lists.map((list) => list.map((t) => idOf.get(t) ?? -1)));
    this.tokens = ids(rawTokens);
    this.itemTokens = ids(rawItem);
    this.brandTokens = ids(rawBrand);
    this.postings = ragged(this.vocab.map((t) => posting.get(t)!));
    this.cum = new Float64Array(this.vocab.length + 1);
    for (let i = 0; i < this.vocab.length; i++) this.cum[i + 1] = this.postings.start[i + 1];
    this.vocab.forEach((t, id) => {
      if (!/^\p{L}{4,}$/u.test(t)) return;
      for (const d of deletes1(t)) pushTo(this.deletes, d, id);
    });
    this.mark = new Uint32Array(this.variants.length);
  }

  get size(): number {
    return this.variants.length;
  }

  /** Position of a variant id, or undefined. */
  positionOf(id: number): number | undefined {
    return this.byId.get(id);
  }

  /** Variants of the given model families, in stable order. */
  variantsOfItems(itemIds: readonly number[], accept: VariantPredicate): CatalogVariant[] {
    const positions = itemIds.flatMap((id) => this.byItem.get(id) ?? []).sort((a, b) => a - b);
    return positions.map((p) => this.variants[p]).filter(accept);
  }

  /** Every accepted variant in stable order, up to `limit`. */
  browse(accept: VariantPredicate, limit: number): CatalogVariant[] {
    const out: CatalogVariant[] = [];
    for (const v of this.variants) {
      if (out.length >= limit) break;
      if (accept(v)) out.push(v);
    }
    return out;
  }

  /**
   * Ranked matches of a parsed query (all of them, best first). `dropUnknownWords` (default
   * true) ignores words the index does not know; callers searching several indexes pass false
   * first, so that a word known to one of them is not ignored by another.
   */
  search(q: ParsedQuery, accept: VariantPredicate, options: { dropUnknownWords?: boolean; limit?: number } = {}): SearchHit[] {
    return this.searchWithInfo(q, accept, options).hits;
  }

  /**
   * {@link search}, also telling whether a word of the query is unknown to this index (when it
   * is not, dropping unknown words cannot change the answer: callers skip that second pass).
   */
  searchWithInfo(
    q: ParsedQuery,
    accept: VariantPredicate,
    options: { dropUnknownWords?: boolean; limit?: number } = {},
  ): { hits: SearchHit[]; unknownWords: boolean } {
    const drop = options.dropUnknownWords ?? true;
    const limit = Math.min(options.limit ?? this.variants.length, this.variants.length);
    const plain = this.words(q, false, drop);
    let joined: ReturnType<SearchIndex['words']> | null = null;
    try {
      let keys = this.searchWords(plain, accept, limit);
      // Also read pieces typed apart as one word ("s 24" → s24, "fold 5" → fold5); best score wins.
      joined = this.words(q, true, drop);
      const unknownWords = plain.unknown || joined.unknown;
      if (joined.merged) {
        const more = this.searchWords(joined, accept, limit);
        if (keys.length === 0) keys = more;
        else if (more.length > 0) {
          const all = new Float64Array(keys.length + more.length);
          all.set(keys);
          all.set(more, keys.length);
          all.sort();
          const seen = new Set<number>();
          const kept: number[] = [];
          for (const k of all) {
            const pos = k % 2 ** 20;
            if (!seen.has(pos)) {
              seen.add(pos);
              kept.push(k);
            }
          }
          keys = Float64Array.from(kept);
        }
      }
      const n = Math.min(keys.length, limit);
      const out: SearchHit[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const pos = keys[i] % 2 ** 20;
        out[i] = { variant: this.variants[pos], score: (keys[i] - pos) / 2 ** 20 };
      }
      return { hits: out, unknownWords };
    } finally {
      this.releaseTables(plain.words);
      if (joined) this.releaseTables(joined.words);
    }
  }

  /**
   * Sorted keys `score * 2^20 + position` of the best `limit` matches of one reading of the
   * query. Candidates come from the word with the fewest postings; every other word is checked
   * through its quality table; the phrase and extra-word parts of the score are computed only
   * for a candidate that can still enter the page.
   */
  private searchWords({ words, degraded }: { words: Word[]; degraded: boolean }, accept: VariantPredicate, limit: number): Float64Array {
    if (words.length === 0 || limit <= 0) return new Float64Array(0);
    const exactSet = this.exactPositions(words);
    const allCodes = words.every((w) => w.codes !== null);

    // Start from the word with the fewest postings, verify the others per candidate.
    let best = 0;
    let bestCount = Infinity;
    words.forEach((w, i) => {
      const c = this.estimate(w);
      if (c < bestCount) [best, bestCount] = [i, c];
    });
    let candidates = this.materialize(words[best]);
    // A reading that had to ignore words is a best-effort fallback: rank only the newest
    // candidates of the remaining words, so a common word ("128") cannot make it expensive.
    if (degraded && candidates.length > DEGRADED_SCAN) candidates = this.firstMarked(DEGRADED_SCAN);
    const top = new TopK(Math.min(limit, candidates.length));
    const SHIFT = 2 ** 20;
    for (const pos of candidates) {
      let penalty = 0;
      let fuzzy = false;
      let ok = true;
      for (const w of words) {
        const q1 = this.quality(w, pos);
        if (q1 < 0) {
          ok = false;
          break;
        }
        penalty += q1;
        if (q1 === 2) fuzzy = true;
      }
      if (!ok) continue;
      const tier = exactSet.has(pos) || allCodes ? 0 : degraded || fuzzy ? 2 : 1;
      const base = tier * TIER + penalty * WORD_PENALTY;
      // Phrase (0 or 100) and extra words (0–99) only add: skip what cannot enter the page.
      if (base * SHIFT + pos >= top.bound) continue;
      if (!accept(this.variants[pos])) continue;
      let extra = 0;
      if (!allCodes) {
        const { data, start } = this.itemTokens;
        for (let k = start[pos]; k < start[pos + 1]; k++) {
          const id = data[k];
          let covered = false;
          for (const w of words) {
            if (w.table[id] !== 0) {
              covered = true;
              break;
            }
          }
          if (!covered) extra++;
        }
      }
      const partial = base + (allCodes ? 0 : Math.min(extra, 99));
      if (partial * SHIFT + pos >= top.bound) continue;
      const phrase = allCodes || this.startsWithPhrase(pos, words) ? 0 : PHRASE_PENALTY;
      top.push((partial + phrase) * SHIFT + pos);
    }
    return top.sorted();
  }

  /** Whether the family name (without brand) begins with the query words in the order typed. */
  private startsWithPhrase(pos: number, words: Word[]): boolean {
    const { data, start } = this.itemTokens;
    const from = start[pos];
    const end = start[pos + 1];
    let i = 0;
    for (const w of words) {
      if (w.codes) continue;
      // Brand words ("apple", "samsung") may lead the query without breaking the phrase.
      if (from + i >= end) return false;
      const t = data[from + i];
      if (tokenQuality(w, t) >= 0) i++;
      else if (i > 0 || !this.isBrandWord(pos, w)) return false;
    }
    return i > 0;
  }

  private isBrandWord(pos: number, w: Word): boolean {
    const { data, start } = this.brandTokens;
    for (let k = start[pos]; k < start[pos + 1]; k++) if (w.table[data[k]] !== 0) return true;
    return false;
  }

  /** 0 exact (or code), 1 prefix, 2 one typo, -1 no match. */
  private quality(w: Word, pos: number): number {
    if (w.codes?.has(pos)) return 0;
    let q = -1;
    const { data, start } = this.tokens;
    for (let k = start[pos]; k < start[pos + 1]; k++) {
      const t = w.table[data[k]] - 1;
      if (t === 0) return 0;
      if (t > 0 && (q < 0 || t < q)) q = t;
    }
    return q;
  }

  private exactPositions(words: Word[]): Set<number> {
    const plain = words.filter((w) => !w.codes).map((w) => w.alts[0]);
    const storage = words.filter((w) => !w.codes).map((w) => w.alts[w.alts.length - 1]);
    const out = new Set<number>();
    for (const k of new Set([keyOf(plain), keyOf(storage)])) for (const p of this.exact.get(k) ?? []) out.add(p);
    return out;
  }

  /** [lo, hi) range of vocabulary entries starting with `prefix`. */
  private prefixRange(prefix: string): [number, number] {
    let lo = 0;
    let hi = this.vocab.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.vocab[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    let step = 1;
    // Gallop, then binary search, for the end of the prefix range.
    while (end + step <= this.vocab.length && this.vocab[end + step - 1].startsWith(prefix)) {
      end += step;
      step *= 2;
    }
    let h = Math.min(this.vocab.length, end + step);
    while (end < h) {
      const mid = (end + h) >> 1;
      if (this.vocab[mid].startsWith(prefix)) end = mid + 1;
      else h = mid;
    }
    return [lo, end];
  }

  private estimate(w: Word): number {
    let n = w.codes?.size ?? 0;
    if (w.prefix) {
      const [lo, hi] = this.prefixRange(w.norm);
      n += this.cum[hi] - this.cum[lo];
    } else for (const a of w.alts) n += this.postingOf(a)?.length ?? 0;
    for (const f of w.fuzzy) n += this.postingOf(f)?.length ?? 0;
    return n;
  }

  private postingOf(token: string): Int32Array | undefined {
    const [lo, hi] = this.prefixRange(token);
    return lo < hi && this.vocab[lo] === token ? this.postings.data.subarray(this.postings.start[lo], this.postings.start[lo + 1]) : undefined;
  }

  private materialize(w: Word): number[] {
    if (++this.stamp === 0xffffffff) {
      this.mark.fill(0);
      this.stamp = 1;
    }
    const out: number[] = [];
    const add = (list: Iterable<number>) => {
      for (const p of list) {
        if (this.mark[p] !== this.stamp) {
          this.mark[p] = this.stamp;
          out.push(p);
        }
      }
    };
    if (w.codes) add(w.codes);
    for (const a of w.alts) {
      const pl = this.postingOf(a);
      if (pl) add(pl);
    }
    if (w.prefix) {
      const [lo, hi] = this.prefixRange(w.norm);
      add(this.postings.data.subarray(this.postings.start[lo], this.postings.start[hi]));
    }
    for (const f of w.fuzzy) {
      const pl = this.postingOf(f);
      if (pl) add(pl);
    }
    return out;
  }

  /**
   * Quality tables are vocabulary-sized: a query takes zeroed ones from a small pool and gives
   * them back cleared (only the entries its word set), instead of allocating them each time.
   */
  private acquireTable(): Uint8Array {
    return this.tablePool.pop() ?? new Uint8Array(this.vocab.length);
  }

  private releaseTables(words: Word[]): void {
    for (const w of words) {
      const t = w.table;
      for (const id of w.fuzzyIds) t[id] = 0;
      if (w.hi > w.lo) t.fill(0, w.lo, w.hi);
      for (const id of w.exactIds) t[id] = 0;
      if (this.tablePool.length < 32 && !this.tablePool.includes(t)) this.tablePool.push(t);
    }
  }

  /** The first `n` positions (stable order) marked by the last {@link materialize}. */
  private firstMarked(n: number): number[] {
    const out: number[] = [];
    const { mark, stamp } = this;
    for (let p = 0; p < mark.length && out.length < n; p++) if (mark[p] === stamp) out.push(p);
    return out;
  }

  /** Vocabulary words within one edit (insert, delete, substitute, transpose) of `t`. */
  private fuzzyOf(t: string): Set<string> {
    const out = new Set<string>();
    if (!/^\p{L}{4,}$/u.test(t)) return out;
    const consider = (id: number) => {
      const cand = this.vocab[id];
      if (cand !== t && editDistanceAtMost(t, cand, 1)) out.add(cand);
    };
    for (const id of this.deletes.get(t) ?? []) consider(id);
    for (const d of deletes1(t)) {
      if (this.vocabSet.has(d) && d.length >= 4) out.add(d);
      for (const id of this.deletes.get(d) ?? []) consider(id);
    }
    return out;
  }

  /** Longest code in the index that starts `key` (Apple "MT562QNA" → "MT562"), at least 5 characters. */
  private codeHit(key: string): number[] | undefined {
    const direct = this.codes.get(key);
    if (direct) return direct;
    for (let len = key.length - 1; len >= 5; len--) {
      const hit = this.codes.get(key.slice(0, len));
      if (hit) return hit;
    }
    return undefined;
  }

  /** Splits a run-together token into vocabulary words ("s24ultra" → s24 ultra), fewest parts. */
  private wordBreak(t: string): string[] | null {
    if (t.length > 40) return null;
    // Fewest parts wins; a one-letter part ("z" of "zflip6") counts double.
    const best: ({ parts: string[]; cost: number } | null)[] = [{ parts: [], cost: 0 }];
    for (let i = 1; i <= t.length; i++) {
      best[i] = null;
      for (let j = Math.max(0, i - 24); j < i; j++) {
        const prev = best[j];
        const part = t.slice(j, i);
        if (!prev || !this.vocabSet.has(part)) continue;
        const cost = prev.cost + (part.length === 1 ? 2 : 1);
        if (!best[i] || cost < best[i]!.cost) best[i] = { parts: [...prev.parts, part], cost };
      }
    }
    const r = best[t.length];
    return r && r.parts.length > 1 ? r.parts : null;
  }

  private makeWord(t: string): Word {
    const alts = [t];
    if (/^\d+$/.test(t) && STORAGE_SIZES.has(Number(t))) alts.push(`${t}gb`);
    const prefix = !/^\d+gb$/.test(t);
    const fuzzy = this.fuzzyOf(t);
    const [lo, hi] = prefix ? this.prefixRange(t) : [0, 0];
    const word = {
      norm: t,
      alts,
      prefix,
      fuzzy,
      codes: null,
      exactIds: alts.map((a) => this.vocabId.get(a) ?? -1).filter((id) => id >= 0),
      lo,
      hi,
      fuzzyIds: new Set([...fuzzy].map((f) => this.vocabId.get(f)!)),
    };
    return { ...word, table: fillQuality(this.acquireTable(), word) };
  }

  private matchesAnything(w: Word): boolean {
    if (w.codes || w.fuzzy.size > 0 || w.alts.some((a) => this.vocabSet.has(a))) return true;
    const [lo, hi] = this.prefixRange(w.norm);
    return w.prefix && hi > lo;
  }

  /**
   * The words of a reading of the query. A word the index does not know at all is split into
   * known words if it can be, else dropped (the result is then ranked as fuzzy) when
   * `dropUnknown`, else kept so that nothing matches.
   */
  private words(q: ParsedQuery, join: boolean, dropUnknown: boolean): { words: Word[]; degraded: boolean; merged: boolean; unknown: boolean } {
    const words: Word[] = [];
    if (join && !q.tokens.some((t, i) => i + 1 < q.tokens.length && this.vocabSet.has(t + q.tokens[i + 1]))) {
      return { words, degraded: false, merged: false, unknown: false };
    }
    const codeChunks = new Set<string>();
    for (const chunk of q.chunks) {
      const ck = codeKey(chunk);
      if (ck.length < 4 || !/\d/.test(ck) || !/[A-Z]/.test(ck)) continue;
      const hit = this.codeHit(ck);
      if (hit) {
        codeChunks.add(chunk);
        words.push({
          norm: ck.toLowerCase(),
          alts: [ck.toLowerCase()],
          prefix: false,
          fuzzy: new Set(),
          codes: new Set(hit),
          exactIds: [],
          lo: 0,
          hi: 0,
          fuzzyIds: new Set(),
          table: new Uint8Array(this.vocab.length),
        });
      }
    }
    const tokens = codeChunks.size ? tokenize(q.chunks.filter((c) => !codeChunks.has(c)).join(' ')) : [...q.tokens];
    // Join pieces typed apart ("s 24" → s24, "x s" → xs) when the joined word exists.
    const merged: string[] = [];
    let didMerge = false;
    for (let i = 0; i < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (join && b !== undefined && this.vocabSet.has(a + b)) {
        merged.push(a + b);
        didMerge = true;
        i++;
      } else merged.push(a);
    }
    let degraded = false;
    let unknown = false;
    for (const t of new Set(merged)) {
      const w = this.makeWord(t);
      if (this.matchesAnything(w)) {
        words.push(w);
        continue;
      }
      const parts = this.wordBreak(t);
      if (parts) words.push(...parts.map((p) => this.makeWord(p)));
      else {
        unknown = true;
        if (dropUnknown) degraded = true;
        else words.push(w);
      }
    }
    return { words, degraded, merged: didMerge, unknown };
  }
}
