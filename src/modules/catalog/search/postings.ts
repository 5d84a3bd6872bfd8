/** Lists of ints per index (per variant, per vocabulary id) in one flat array: list i is `data[start[i]..start[i+1])`. */
export interface Ragged {
  data: Int32Array;
  start: Int32Array;
}

export function ragged(lists: readonly (readonly number[])[]): Ragged {
  const start = new Int32Array(lists.length + 1);
  for (let i = 0; i < lists.length; i++) start[i + 1] = start[i] + lists[i].length;
  const data = new Int32Array(start[lists.length]);
  for (let i = 0; i < lists.length; i++) data.set(lists[i], start[i]);
  return { data, start };
}

/** Appends `pos` to the list of `key` (positions arrive in order, so a repeat is the last one). */
export function pushTo<K>(map: Map<K, number[]>, key: K, pos: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [pos]);
  else if (list[list.length - 1] !== pos) list.push(pos);
}
