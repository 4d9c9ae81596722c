/**
 * Adds a value to the list a map keeps under a key, starting the list on first use: the index's
 * groupings (mentions by sentence, words by length or initial, people by article) are all built so.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** V8 copies a substring shorter than this; a longer one is a slice that keeps its whole string alive. */
const SLICED_FROM = 13;

/**
 * A string that holds no larger one: a word cut from an article's text, kept in a long-lived map, would
 * otherwise keep the whole article alive (at 9 M words, the forms of names held 1,260 articles, 3 MB).
 * Concatenating makes a new string that the slice then flattens into a copy of its own.
 */
export function detached(s: string): string {
  return s.length < SLICED_FROM ? s : (" " + s).slice(1);
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

/**
 * Lists of values by number, packed: the keys sorted in one typed array, each list a run of indexes
 * into one table of values. Read by `get` like a `Map<number, V[]>` (a fresh array a call): at 9 M
 * words the names by sentence held 100,000 arrays in a Map (about 10 MB); packed, a fifth of it.
 */
export class PackedLists<V> implements Iterable<[number, V[]]> {
  private readonly keys: Uint32Array;
  /** Where each key's run starts in `items`, and one past the last. */
  private readonly starts: Uint32Array;
  private readonly items: Uint32Array;
  /** Each distinct value once. */
  private readonly values: V[] = [];

  /** @param lists each key's values, keys in any order. */
  constructor(lists: Iterable<[number, readonly V[]]>) {
    const indexOf = new Map<V, number>();
    const sorted = [...lists].filter(([, list]) => list.length > 0).sort((a, b) => a[0] - b[0]);
    this.keys = Uint32Array.from(sorted, ([key]) => key);
    this.starts = new Uint32Array(sorted.length + 1);
    this.items = new Uint32Array(sorted.reduce((n, [, list]) => n + list.length, 0));
    let at = 0;
    sorted.forEach(([, list], i) => {
      for (const v of list) {
        let index = indexOf.get(v);
        if (index === undefined) indexOf.set(v, (index = this.values.push(v) - 1));
        this.items[at++] = index;
      }
      this.starts[i + 1] = at;
    });
  }

  get(key: number): V[] | undefined {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid] < key) lo = mid + 1;
      else if (this.keys[mid] > key) hi = mid - 1;
      else return this.listAt(mid);
    }
    return undefined;
  }

  *[Symbol.iterator](): Iterator<[number, V[]]> {
    for (let i = 0; i < this.keys.length; i++) yield [this.keys[i], this.listAt(i)];
  }

  private listAt(i: number): V[] {
    const out: V[] = [];
    for (let j = this.starts[i]; j < this.starts[i + 1]; j++) out.push(this.values[this.items[j]]);
    return out;
  }
}
