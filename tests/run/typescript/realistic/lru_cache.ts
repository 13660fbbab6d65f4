// Realistic: a generic LRU cache with eviction callbacks, stats via a private field, and a memoizing wrapper.
interface CacheStats {
  hits: number;
  misses: number;
  evictions: number;
}
class LRUCache<K, V> {
  #map = new Map<K, V>();
  #stats: CacheStats = { hits: 0, misses: 0, evictions: 0 };
  constructor(private readonly capacity: number, private readonly onEvict?: (key: K, value: V) => void) {
    if (capacity < 1) throw new RangeError("capacity must be >= 1");
  }
  get(key: K): V | undefined {
    if (!this.#map.has(key)) {
      this.#stats.misses++;
      return undefined;
    }
    const v = this.#map.get(key)!;
    this.#map.delete(key);
    this.#map.set(key, v);
    this.#stats.hits++;
    return v;
  }
  set(key: K, value: V): this {
    if (this.#map.has(key)) this.#map.delete(key);
    else if (this.#map.size >= this.capacity) {
      const oldest = this.#map.keys().next().value as K;
      const ov = this.#map.get(oldest)!;
      this.#map.delete(oldest);
      this.#stats.evictions++;
      this.onEvict?.(oldest, ov);
    }
    this.#map.set(key, value);
    return this;
  }
  get keys(): K[] {
    return [...this.#map.keys()];
  }
  get stats(): Readonly<CacheStats> {
    return { ...this.#stats };
  }
}
const evicted: string[] = [];
const cache = new LRUCache<string, number>(3, (k, v) => evicted.push(`${k}=${v}`));
cache.set("a", 1).set("b", 2).set("c", 3);
console.log(cache.get("a"), cache.get("z"), cache.keys);
cache.set("d", 4).set("e", 5);
console.log(cache.keys, evicted, cache.stats);
cache.set("a", 10);
console.log(cache.get("a"), cache.keys);
function memoize<A extends unknown[], R>(fn: (...args: A) => R, size: number): ((...args: A) => R) & { cache: LRUCache<string, R> } {
  const c = new LRUCache<string, R>(size);
  const wrapped = (...args: A): R => {
    const key = JSON.stringify(args);
    const hit = c.get(key);
    if (hit !== undefined) return hit;
    const r = fn(...args);
    c.set(key, r);
    return r;
  };
  return Object.assign(wrapped, { cache: c });
}
let computed = 0;
const slowAdd = memoize((a: number, b: number): number => {
  computed++;
  return a + b;
}, 2);
console.log(slowAdd(1, 2), slowAdd(1, 2), slowAdd(2, 3), slowAdd(3, 4), slowAdd(1, 2), computed);
console.log(slowAdd.cache.stats, slowAdd.cache.keys);
try {
  new LRUCache<number, number>(0);
} catch (e) {
  console.log(e instanceof RangeError, (e as Error).message);
}
