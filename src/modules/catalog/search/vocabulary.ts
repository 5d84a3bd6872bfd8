/** Look-ups in an index's sorted vocabulary (its distinct normalized tokens). */

/** [lo, hi) range of vocabulary entries starting with `prefix`. */
export function prefixRange(vocab: readonly string[], prefix: string): [number, number] {
  let lo = 0;
  let hi = vocab.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocab[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  let step = 1;
  // Gallop, then binary search, for the end of the prefix range.
  while (end + step <= vocab.length && vocab[end + step - 1].startsWith(prefix)) {
    end += step;
    step *= 2;
  }
  let h = Math.min(vocab.length, end + step);
  while (end < h) {
    const mid = (end + h) >> 1;
    if (vocab[mid].startsWith(prefix)) end = mid + 1;
    else h = mid;
  }
  return [lo, end];
}

/** Splits a run-together token into vocabulary words ("s24ultra" → s24 ultra), fewest parts. */
export function wordBreak(vocabSet: ReadonlySet<string>, t: string): string[] | null {
  if (t.length > 40) return null;
  // Fewest parts wins; a one-letter part ("z" of "zflip6") counts double.
  const best: ({ parts: string[]; cost: number } | null)[] = [{ parts: [], cost: 0 }];
  for (let i = 1; i <= t.length; i++) {
    best[i] = null;
    for (let j = Math.max(0, i - 24); j < i; j++) {
      const prev = best[j];
      const part = t.slice(j, i);
      if (!prev || !vocabSet.has(part)) continue;
      const cost = prev.cost + (part.length === 1 ? 2 : 1);
      if (!best[i] || cost < best[i]!.cost) best[i] = { parts: [...prev.parts, part], cost };
    }
  }
  const r = best[t.length];
  return r && r.parts.length > 1 ? r.parts : null;
}
