/**
 * Adds a value to the list a map keeps under a key, starting the list on first use: the index's
 * groupings (mentions by sentence, words by length or initial, people by article) are all built so.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
