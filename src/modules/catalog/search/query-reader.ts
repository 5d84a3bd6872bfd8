import { codeKey, STORAGE_SIZES, tokenize } from './normalize.js';
import type { ParsedQuery } from './parse-query.js';
import { fillQuality, type Word } from './query-word.js';
import { fuzzyOf } from './typo-index.js';
import { prefixRange, wordBreak } from './vocabulary.js';

/** What reading a query needs of an index: its vocabulary, typo neighbourhood and codes. */
export interface LexiconParts {
  vocab: string[];
  vocabSet: Set<string>;
  vocabId: Map<string, number>;
  deletes: Map<string, number[]>;
  codes: Map<string, number[]>;
}

/** One reading of a query: its words, and how it was read. */
export interface Reading {
  words: Word[];
  /** Unknown words were ignored: a best-effort fallback, ranked as fuzzy. */
  degraded: boolean;
  /** Pieces typed apart were joined ("s 24" → s24). */
  merged: boolean;
  /** A word matches nothing in the vocabulary. */
  unknown: boolean;
}

/**
 * Turns a parsed query into words of one index's vocabulary (exact forms, prefix range, one-typo
 * neighbours, product codes, run-together words split) with their quality tables. The base of
 * {@link SearchIndex} rather than a member: it runs on every query, and this keeps its fields on
 * the index itself (no extra hop per query).
 */
export abstract class QueryReader {
  protected readonly vocab: string[];
  private readonly vocabSet: Set<string>;
  private readonly vocabId: Map<string, number>;
  private readonly deletes: Map<string, number[]>;
  private readonly codes: Map<string, number[]>;
  private readonly tablePool: Uint8Array[] = [];

  protected constructor(parts: LexiconParts) {
    this.vocab = parts.vocab;
    this.vocabSet = parts.vocabSet;
    this.vocabId = parts.vocabId;
    this.deletes = parts.deletes;
    this.codes = parts.codes;
  }

  /**
   * The words of a reading of the query. A word the index does not know at all is split into
   * known words if it can be, else dropped (the result is then ranked as fuzzy) when
   * `dropUnknown`, else kept so that nothing matches.
   */
  protected words(q: ParsedQuery, join: boolean, dropUnknown: boolean): Reading {
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
      const parts = wordBreak(this.vocabSet, t);
      if (parts) words.push(...parts.map((p) => this.makeWord(p)));
      else {
        unknown = true;
        if (dropUnknown) degraded = true;
        else words.push(w);
      }
    }
    return { words, degraded, merged: didMerge, unknown };
  }

  /**
   * Quality tables are vocabulary-sized: a query takes zeroed ones from a small pool and gives
   * them back cleared (only the entries its word set), instead of allocating them each time.
   */
  private acquireTable(): Uint8Array {
    return this.tablePool.pop() ?? new Uint8Array(this.vocab.length);
  }

  protected releaseTables(words: Word[]): void {
    for (const w of words) {
      const t = w.table;
      for (const id of w.fuzzyIds) t[id] = 0;
      if (w.hi > w.lo) t.fill(0, w.lo, w.hi);
      for (const id of w.exactIds) t[id] = 0;
      if (this.tablePool.length < 32 && !this.tablePool.includes(t)) this.tablePool.push(t);
    }
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

  private makeWord(t: string): Word {
    const alts = [t];
    if (/^\d+$/.test(t) && STORAGE_SIZES.has(Number(t))) alts.push(`${t}gb`);
    const prefix = !/^\d+gb$/.test(t);
    const fuzzy = fuzzyOf(t, this.vocab, this.vocabSet, this.deletes);
    const [lo, hi] = prefix ? prefixRange(this.vocab, t) : [0, 0];
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
    const [lo, hi] = prefixRange(this.vocab, w.norm);
    return w.prefix && hi > lo;
  }
}
