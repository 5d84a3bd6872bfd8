import type { CatalogVariant } from '../catalog.types.js';
import { buildIndex, keyOf } from './index-build.js';
import type { ParsedQuery } from './parse-query.js';
import type { Ragged } from './postings.js';
import { QueryReader, type Reading } from './query-reader.js';
import { tokenQuality, type Word } from './query-word.js';
import { TopK } from './top-k.js';
import { prefixRange } from './vocabulary.js';

export { compareStable } from './stable-order.js';
export { parseQuery, type ParsedQuery } from './parse-query.js';

/** Keeps a candidate (tenant exclusions, ItemGroupId / ManufacturerId filters). */
export type VariantPredicate = (v: CatalogVariant) => boolean;

/** A ranked match: lower `score` is better; equal scores fall back to {@link compareStable}. */
export interface SearchHit {
  variant: CatalogVariant;
  score: number;
}

/** Score tiers: exact name, all words exact or prefixes, fuzzy (typos, dropped words). */
const TIER = 1_000_000;
const WORD_PENALTY = 1_000;
const PHRASE_PENALTY = 100;
/** Candidates a degraded reading (unknown words ignored) ranks at most, newest first. */
const DEGRADED_SCAN = 25_000;

/**
 * Immutable in-memory search index over a list of variants (built by `index-build.ts`; queries
 * are read into words by {@link QueryReader}): candidates come from the postings of the rarest
 * word, every other word is checked through its quality table, the best page is kept in a heap.
 */
export class SearchIndex extends QueryReader {
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
  /** Positions per vocabulary id (flat, like the token lists). */
  private readonly postings: Ragged;
  private readonly cum: Float64Array;
  private readonly exact: Map<string, number[]>;
  private readonly byItem: Map<number, number[]>;
  private readonly byId: Map<number, number>;
  private readonly mark: Uint32Array;
  private stamp = 0;

  constructor(list: readonly CatalogVariant[]) {
    const parts = buildIndex(list);
    super(parts);
    this.variants = parts.variants;
    this.tokens = parts.tokens;
    this.itemTokens = parts.itemTokens;
    this.brandTokens = parts.brandTokens;
    this.postings = parts.postings;
    this.cum = parts.cum;
    this.exact = parts.exact;
    this.byItem = parts.byItem;
    this.byId = parts.byId;
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
    let joined: Reading | null = null;
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

  private estimate(w: Word): number {
    let n = w.codes?.size ?? 0;
    if (w.prefix) {
      const [lo, hi] = prefixRange(this.vocab, w.norm);
      n += this.cum[hi] - this.cum[lo];
    } else for (const a of w.alts) n += this.postingOf(a)?.length ?? 0;
    for (const f of w.fuzzy) n += this.postingOf(f)?.length ?? 0;
    return n;
  }

  private postingOf(token: string): Int32Array | undefined {
    const [lo, hi] = prefixRange(this.vocab, token);
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
      const [lo, hi] = prefixRange(this.vocab, w.norm);
      add(this.postings.data.subarray(this.postings.start[lo], this.postings.start[hi]));
    }
    for (const f of w.fuzzy) {
      const pl = this.postingOf(f);
      if (pl) add(pl);
    }
    return out;
  }

  /** The first `n` positions (stable order) marked by the last {@link materialize}. */
  private firstMarked(n: number): number[] {
    const out: number[] = [];
    const { mark, stamp } = this;
    for (let p = 0; p < mark.length && out.length < n; p++) if (mark[p] === stamp) out.push(p);
    return out;
  }
}
