/** Freezes a record and everything in it: a record shared between requests must not change under them. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * What tells one stored version of a workflow item from another without reading all of it: its
 * key, its revision (which every write of it names and counts up: commit.ts; such items are never
 * deleted and made again) and the time of its write. An item without them is told by its whole
 * content.
 */
export function versionOf(item: Record<string, unknown>): string {
  const { pk, sk, revision, updatedAt } = item;
  if (typeof pk !== 'string' || typeof sk !== 'string' || typeof revision !== 'number')
    return JSON.stringify(item);
  return `${pk}\n${sk}\n${revision}\n${updatedAt ?? ''}`;
}

/**
 * A schema's check of stored items made once per process for each distinct item: the pages read
 * the same items request after request (the user, a year's parts), and checking them again on
 * every read was about a twentieth of the API's CPU (issue 16). Keyed by the item's whole content
 * unless `keyOf` says otherwise (`versionOf`, where telling a year's items apart by their content
 * cost about as much as checking them), so an item changed in any way is checked anew. The record
 * given back is frozen: every request that reads the item shares it. Bounded: a process keeps the
 * `kept` most recently read.
 */
export function checkedOnce<T>(
  parse: (item: unknown) => T,
  options: { keyOf?: (item: Record<string, unknown>) => string; kept?: number } = {},
): (item: Record<string, unknown>) => T {
  const { keyOf = (item) => JSON.stringify(item), kept = 2_000 } = options;
  const checked = new Map<string, T>();
  return (item) => {
    const key = keyOf(item);
    const found = checked.get(key) ?? deepFreeze(parse(item));
    checked.delete(key);
    checked.set(key, found);
    if (checked.size > kept) checked.delete(checked.keys().next().value ?? '');
    return found;
  };
}
