/**
 * Adds a value to the list a map keeps under a key, starting the list on first use: the index's
 * groupings (mentions by sentence, words by length or initial, people by article) are all built so.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A typed array's copy at another length (cut, or padded with zeros): how the packed columns of a
 * large corpus grow by doubling while built, instead of a number[] of eight bytes an element.
 */
export function resized<T extends Uint32Array | Uint16Array | Uint8Array>(a: T, size: number): T {
  const out = (a instanceof Uint8Array ? new Uint8Array(size) : a instanceof Uint16Array ? new Uint16Array(size) : new Uint32Array(size)) as T;
  out.set(a.subarray(0, Math.min(a.length, size)));
  return out;
}

/**
 * A value computed once per key, the store emptied when it reaches `max`: look-ups a process repeats
 * for as long as it runs (WordNet's answers, what states a word) stay bounded however many words it meets.
 */
export function memo<T>(store: Map<string, T>, key: string, compute: () => T, max: number): T {
  const hit = store.get(key);
  if (hit !== undefined) return hit;
  const value = compute();
  if (store.size >= max) store.clear();
  store.set(key, value);
  return value;
}

/**
 * A value made once per key object and kept as long as the key lives: what one question works out
 * (its ranking, its measure, a passage's counting figures) is read by several stages of its answer.
 */
export function onceFor<K extends object, V>(store: WeakMap<K, V>, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) store.set(key, (value = make()));
  return value;
}
