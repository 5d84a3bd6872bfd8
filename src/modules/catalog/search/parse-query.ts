import { codeKey, tokenize } from './normalize.js';

/** A parsed query, independent of any one index (so base and tenant indexes rank alike). */
export interface ParsedQuery {
  /** Normalized form (cache key). */
  key: string;
  chunks: string[];
  tokens: string[];
}

/** Splits a term into whitespace chunks and normalized tokens. */
export function parseQuery(term: string): ParsedQuery {
  const chunks = term.trim().split(/\s+/).filter(Boolean);
  const tokens = tokenize(term);
  return { key: tokens.join(' ') + '|' + chunks.map(codeKey).join(' '), chunks, tokens };
}
