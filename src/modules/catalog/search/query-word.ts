/** One word of a reading of the query, with every way it can match the index's vocabulary. */
export interface Word {
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
export function tokenQuality(w: Word, id: number): number {
  return w.table[id] - 1;
}

/** Fills a word's (zeroed) quality table: one typo, then prefix, then exact (better wins). */
export function fillQuality(t: Uint8Array, w: Omit<Word, 'table'>): Uint8Array {
  for (const id of w.fuzzyIds) t[id] = 3;
  if (w.hi > w.lo) t.fill(2, w.lo, w.hi);
  for (const id of w.exactIds) t[id] = 1;
  return t;
}
