// The last few answers an immutable index gave, kept for a repeat: an index never changes, so neither do
// they, and the busiest actors' are both the costliest to make and the most asked for.

/** At most `size` values, the least recently used dropped first (a Map keeps insertion order). */
export class RecentlyUsed<K, V> {
  private readonly values = new Map<K, V>();

  constructor(private readonly size: number) {}

  /** The value kept for `key`, else the one `make` gives, kept. */
  get(key: K, make: () => V): V {
    let value = this.values.get(key);
    if (value !== undefined) this.values.delete(key);
    else value = make();
    this.values.set(key, value);
    if (this.values.size > this.size) this.values.delete(this.values.keys().next().value!);
    return value;
  }
}
