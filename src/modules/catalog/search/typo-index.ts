import { deletes1, editDistanceAtMost } from './normalize.js';
import { pushTo } from './postings.js';

/**
 * One typo per word, SymSpell style: every letter word of the vocabulary (4 letters or more;
 * numbers never fuzzy: 13 ≠ 12) is listed under each of its one-deletion forms, so a query
 * word's neighbours are found from its own deletions without scanning the vocabulary.
 */

/** Vocabulary ids by one-deletion form, over the letter words of at least 4 letters. */
export function deletionIndex(vocab: readonly string[]): Map<string, number[]> {
  const deletes = new Map<string, number[]>();
  vocab.forEach((t, id) => {
    if (!/^\p{L}{4,}$/u.test(t)) return;
    for (const d of deletes1(t)) pushTo(deletes, d, id);
  });
  return deletes;
}

/** Vocabulary words within one edit (insert, delete, substitute, transpose) of `t`. */
export function fuzzyOf(t: string, vocab: readonly string[], vocabSet: ReadonlySet<string>, deletes: ReadonlyMap<string, number[]>): Set<string> {
  const out = new Set<string>();
  if (!/^\p{L}{4,}$/u.test(t)) return out;
  const consider = (id: number) => {
    const cand = vocab[id];
    if (cand !== t && editDistanceAtMost(t, cand, 1)) out.add(cand);
  };
  for (const id of deletes.get(t) ?? []) consider(id);
  for (const d of deletes1(t)) {
    if (vocabSet.has(d) && d.length >= 4) out.add(d);
    for (const id of deletes.get(d) ?? []) consider(id);
  }
  return out;
}
