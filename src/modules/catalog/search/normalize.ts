/**
 * Text normalization shared by the search index and queries: case, accents, punctuation,
 * "+" → "plus", storage sizes ("256 GB", "1tb" → "256gb", "1024gb").
 */

/** Storage sizes (GB) a bare number in a query may mean. */
export const STORAGE_SIZES = new Set([2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192]);

/** Lower case, accents stripped (NFD), "+" spelled out, everything but letters and digits → space. */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Canonical storage token for "256gb" / "1tb" / "512 gb", or null. */
export function storageToken(token: string): string | null {
  const m = /^(\d{1,4})(gb|tb|g|t)$/.exec(token);
  if (!m) return null;
  const n = Number(m[1]) * (m[2].startsWith('t') ? 1024 : 1);
  return `${n}gb`;
}

/** Tokens of a text: folded, split on spaces, "256 gb" joined, storage canonicalized. */
export function tokenize(s: string): string[] {
  const raw = foldText(s).split(' ').filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i];
    const next = raw[i + 1];
    if (/^\d{1,4}$/.test(t) && (next === 'gb' || next === 'tb')) {
      t += next;
      i++;
    }
    out.push(storageToken(t) ?? t);
  }
  return out;
}

/** Upper-case letters and digits only: how product codes and model numbers are compared. */
export function codeKey(s: string): string {
  return s.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Optimal string alignment distance, stopping early above `max`. */
export function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  if (a === b) return true;
  const n = a.length;
  const m = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return false;
    prev2 = prev;
    prev = cur;
  }
  return prev[m] <= max;
}

/** Every string obtained by deleting one character (the SymSpell neighbourhood of distance 1). */
export function deletes1(s: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < s.length; i++) out.add(s.slice(0, i) + s.slice(i + 1));
  return [...out];
}
