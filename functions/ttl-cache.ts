/**
 * A small per-process cache for data that changes rarely and is read on every request (agencies,
 * sign-in bindings). On Lambda a warm container keeps it for its short life; entries expire after
 * `ttlMs` so a change is seen within that time everywhere. Never for what decides access at once
 * (a user's roles): other instances would keep the old value until it expires.
 */
export function ttlCache<K, V>(ttlMs: number, load: (key: K) => Promise<V>) {
  const entries = new Map<K, { value: Promise<V>; expires: number }>();
  return {
    get(key: K): Promise<V> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value;
      const value = load(key);
      entries.set(key, { value, expires: now + ttlMs });
      // Neither a failed load nor a miss is remembered: a user added a moment ago can sign in.
      value.then(
        (found) => found === undefined && entries.delete(key),
        () => entries.delete(key),
      );
      return value;
    },
    /** Keeps a value this process has just written (a binding it made), as if it had loaded it. */
    keep(key: K, value: V) {
      entries.set(key, { value: Promise.resolve(value), expires: Date.now() + ttlMs });
    },
    /** Drops one entry: this process sees its own writes at once. */
    forget: (key: K) => entries.delete(key),
  };
}
