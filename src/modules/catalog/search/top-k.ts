/**
 * The `k` smallest keys seen (a binary max-heap): a query keeps only the page it returns, and a
 * candidate whose lower bound cannot enter the page is dropped before its costly checks.
 */
export class TopK {
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
