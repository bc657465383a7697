import type { TValueChange } from './model/audit.js';

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The leaf values that differ between two JSON-like values, with dotted paths ("realisations.2.value").
 * Arrays compare by position. What the audit trail records as "changed values before/after".
 */
export function diffValues(before: Json, after: Json, path = ''): TValueChange[] {
  if (Object.is(before, after)) return [];
  const bothArrays = Array.isArray(before) && Array.isArray(after);
  if (bothArrays || (isObject(before) && isObject(after))) {
    const left = before as Record<string, Json>;
    const right = after as Record<string, Json>;
    const names = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...names].flatMap((name) => diffValues(left[name], right[name], path ? `${path}.${name}` : name));
  }
  return [{ path, before: before ?? null, after: after ?? null }];
}
