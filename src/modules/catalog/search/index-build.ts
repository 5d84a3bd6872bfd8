import type { CatalogVariant } from '../catalog.types.js';
import { codeKey, tokenize } from './normalize.js';
import { pushTo, ragged, type Ragged } from './postings.js';
import { compareStable } from './stable-order.js';
import { deletionIndex } from './typo-index.js';

/** Everything a {@link SearchIndex} holds, computed once from its variants. */
export interface IndexParts {
  /** Variants in stable order; a variant's position is its index here. */
  variants: CatalogVariant[];
  /** Vocabulary ids per position: every token, the family name's own tokens in order, the brand's. */
  tokens: Ragged;
  itemTokens: Ragged;
  brandTokens: Ragged;
  /** Distinct tokens, sorted (prefix ranges); a token's id is its index here. */
  vocab: string[];
  vocabSet: Set<string>;
  vocabId: Map<string, number>;
  /** Positions per vocabulary id. */
  postings: Ragged;
  /** Postings before each vocabulary id (the size of a prefix range without reading it). */
  cum: Float64Array;
  /** Vocabulary ids by one-deletion form (see `typo-index.ts`). */
  deletes: Map<string, number[]>;
  /** Positions by exact-name key ({@link keyOf}). */
  exact: Map<string, number[]>;
  /** Positions by product code / model number ({@link codeKey}, 4 characters or more). */
  codes: Map<string, number[]>;
  byItem: Map<number, number[]>;
  byId: Map<number, number>;
}

/** Exact-name key of some tokens: word order and repeats do not count. */
export function keyOf(tokens: Iterable<string>): string {
  return [...new Set(tokens)].sort().join(' ');
}

/**
 * Builds the index parts: an inverted index of normalized tokens (sorted vocabulary for prefix
 * ranges), the deletion neighbourhood for one typo per word, exact-name keys (word order free),
 * product codes and model numbers.
 */
export function buildIndex(list: readonly CatalogVariant[]): IndexParts {
  const variants = [...list].sort(compareStable);
  const posting = new Map<string, number[]>();
  const exact = new Map<string, number[]>();
  const codes = new Map<string, number[]>();
  const byItem = new Map<number, number[]>();
  const byId = new Map<number, number>();
  const rawTokens: string[][] = [];
  const rawItem: string[][] = [];
  const rawBrand: string[][] = [];
  variants.forEach((v, pos) => {
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
    for (const k of keys) if (k) pushTo(exact, k, pos);
    for (const c of [...v.productCodes, ...v.modelNumbers]) {
      const ck = codeKey(c);
      if (ck.length >= 4) pushTo(codes, ck, pos);
    }
    pushTo(byItem, v.itemId, pos);
    byId.set(v.id, pos);
  });
  const vocab = [...posting.keys()].sort();
  const vocabSet = new Set(vocab);
  const vocabId = new Map<string, number>();
  vocab.forEach((t, i) => vocabId.set(t, i));
  const ids = (lists: string[][]) => ragged(lists.map((list) => list.map((t) => vocabId.get(t) ?? -1)));
  const postings = ragged(vocab.map((t) => posting.get(t)!));
  const cum = new Float64Array(vocab.length + 1);
  for (let i = 0; i < vocab.length; i++) cum[i + 1] = postings.start[i + 1];
  return {
    variants,
    tokens: ids(rawTokens),
    itemTokens: ids(rawItem),
    brandTokens: ids(rawBrand),
    vocab,
    vocabSet,
    vocabId,
    postings,
    cum,
    deletes: deletionIndex(vocab),
    exact,
    codes,
    byItem,
    byId,
  };
}
