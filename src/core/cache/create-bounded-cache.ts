/** A cache of values made once and asked for again: a map that starts afresh when full, so memory stays bounded in any batch. */
export interface BoundedCache<K, V> {
  /** The value kept for `key`, or the one `make` makes, kept. */
  remember(key: K, make: () => V): V;
}

export function createBoundedCache<K, V>(maxEntries: number): BoundedCache<K, V> {
  const entries = new Map<K, V>();
  return {
    remember(key, make) {
      let value = entries.get(key);
      if (value === undefined) {
        value = make();
        if (entries.size >= maxEntries) entries.clear();
        entries.set(key, value);
      }
      return value;
    },
  };
}
