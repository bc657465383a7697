import type { z } from 'zod';

/** An item's primary key. */
export type TItemKey = { pk: string; sk: string };

/** Its primary key and the index keys it is listed under (absent: not in that index). */
export type TItemKeys = TItemKey & Partial<Record<'gsi1pk' | 'gsi1sk' | 'gsi2pk' | 'gsi2sk', string>>;

/** One kind of item in the single table: how a record becomes an item and is read back. */
export type TEntity<T, W extends unknown[] = []> = {
  /** The `type` attribute every item of this kind carries. */
  type: string;
  /** The record as an item ready to put: its keys, its type tag and its attributes. */
  item: (record: T, ...where: W) => TItemKeys & { type: string } & T;
  /** The record's primary key. */
  key: (record: T, ...where: W) => TItemKey;
  /** Whether a stored item is of this kind. */
  is: (item: unknown) => boolean;
  /** A stored item as the record: its schema checks it and leaves out the keys and the tag. */
  parse: (item: unknown) => T;
};

/**
 * Defines an item type once: its tag, its record schema and the keys of a record. `where`
 * carries what a key needs that the record itself does not hold (an agency's settings).
 */
export function defineEntity<S extends z.ZodType<object>, W extends unknown[] = []>(
  type: string,
  schema: S,
  keysOf: (record: z.output<S>, ...where: W) => TItemKeys,
): TEntity<z.output<S>, W> {
  return {
    type,
    item: (record, ...where) => ({ ...keysOf(record, ...where), type, ...record }),
    key: (record, ...where) => {
      const { pk, sk } = keysOf(record, ...where);
      return { pk, sk };
    },
    is: (item) => typeof item === 'object' && item !== null && 'type' in item && item.type === type,
    parse: (item) => schema.parse(item),
  };
}
