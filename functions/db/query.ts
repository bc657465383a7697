import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { cursorNotOfThisList, encodeCursor, type TPage, type TPageKey } from '../../shared/paging.js';
import { documents, tableName } from './client.js';
import type { TEntity, TItemKey } from './entity.js';
import { type IndexName, tableDesign } from './table-design.js';

/** One key condition: a partition of the table or of an index, optionally a range of its sort keys. */
export type TKeyQuery = {
  /** The index to query; the table itself when absent. */
  index?: IndexName;
  partition: string;
  /** Only the sort keys that begin with this. */
  beginsWith?: string;
  /** Only the sort keys that sort before this. */
  before?: string;
  /** Only the sort keys from the first to the last of these, both included. */
  between?: readonly [string, string];
  /** At most this many items; every item when absent. */
  limit?: number;
  /** Read every write made so far (the table only; an index is always eventually consistent). */
  consistent?: boolean;
  /** Only these top-level attributes of each item; every attribute when absent. */
  attributes?: readonly string[];
};

/** The key attribute names of the table or of one of its indexes. */
function keyNames(index: IndexName | undefined) {
  const design = index ? tableDesign.indexes.find((candidate) => candidate.name === index) : undefined;
  return design ?? tableDesign;
}

function sortKeyRange({ beginsWith, before, between }: TKeyQuery) {
  if (beginsWith !== undefined) return { condition: 'begins_with(#sk, :sk)', values: { ':sk': beginsWith } };
  if (before !== undefined) return { condition: '#sk < :sk', values: { ':sk': before } };
  if (between !== undefined)
    return { condition: '#sk BETWEEN :sk AND :last', values: { ':sk': between[0], ':last': between[1] } };
  return undefined;
}

/**
 * Every item a key condition matches, page after page to the end: one page stops at 1 MB, so a
 * listing that reads one page only silently loses what lies beyond. The one way to query.
 */
export async function queryItems(query: TKeyQuery): Promise<Record<string, unknown>[]> {
  const { partitionKey, sortKey } = keyNames(query.index);
  const range = sortKeyRange(query);
  const projected = Object.fromEntries((query.attributes ?? []).map((name, i) => [`#a${i}`, name]));
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await documents.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: query.index,
        KeyConditionExpression: range ? `#pk = :pk AND ${range.condition}` : '#pk = :pk',
        ExpressionAttributeNames: { '#pk': partitionKey, ...(range && { '#sk': sortKey }), ...projected },
        ProjectionExpression: query.attributes ? Object.keys(projected).join(', ') : undefined,
        ExpressionAttributeValues: { ':pk': query.partition, ...range?.values },
        Limit: query.limit === undefined ? undefined : query.limit - items.length,
        ConsistentRead: query.consistent,
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey && (query.limit === undefined || items.length < query.limit));
  return items;
}

export type TPageQuery = Omit<TKeyQuery, 'limit' | 'before' | 'between'> & {
  /** At most this many items. */
  limit: number;
  /** Newest first: the sort keys descending. */
  descending?: boolean;
  /** Where the page before ended (a checked cursor); the first page when absent. */
  after?: TPageKey;
};

/** What names an item's place in the table or an index: its key, and the index's key with it. */
function placeNames(index: IndexName | undefined): string[] {
  const design = keyNames(index);
  const table = [tableDesign.partitionKey, tableDesign.sortKey];
  return index ? [...table, design.partitionKey, design.sortKey] : table;
}

/** The key attributes of an item in the table or an index: a page that ends at it goes on after it. */
const keyOf = (item: Record<string, unknown>, index: IndexName | undefined): TPageKey =>
  Object.fromEntries(placeNames(index).map((name) => [name, String(item[name])]));

/** The cursor of the page after one that ends at `item` (a page cut shorter than its query's). */
export const cursorAfter = (item: Record<string, unknown>, index: IndexName | undefined): string =>
  encodeCursor(keyOf(item, index));

/**
 * Whether a page key continues this query: its own partition, within its sort-key range, no other
 * attribute, none empty (DynamoDB refuses an empty key value: a 500, where no page handed one out).
 */
function continues(key: TPageKey, query: TPageQuery): boolean {
  const { partitionKey, sortKey } = keyNames(query.index);
  const expected = new Set(placeNames(query.index));
  const names = Object.keys(key);
  return (
    names.length === expected.size &&
    names.every((name) => expected.has(name) && key[name] !== '') &&
    key[partitionKey] === query.partition &&
    (query.beginsWith === undefined || (key[sortKey] ?? '').startsWith(query.beginsWith))
  );
}

/**
 * One page of what a key condition matches, in one call: `limit` items and, while more follow,
 * the cursor after the last. It reads one item more than it hands out, so the last page says so
 * (no "more" that turns out empty). A cursor of another list is a 400 naming `cursor`.
 */
export async function queryPage(query: TPageQuery): Promise<TPage<Record<string, unknown>>> {
  if (query.after && !continues(query.after, query)) throw cursorNotOfThisList();
  const { partitionKey, sortKey } = keyNames(query.index);
  const range = sortKeyRange(query);
  const page = await documents.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: query.index,
      KeyConditionExpression: range ? `#pk = :pk AND ${range.condition}` : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': partitionKey, ...(range && { '#sk': sortKey }) },
      ExpressionAttributeValues: { ':pk': query.partition, ...range?.values },
      Limit: query.limit + 1,
      ScanIndexForward: !query.descending,
      ExclusiveStartKey: query.after,
    }),
  );
  const items = page.Items ?? [];
  if (items.length > query.limit) {
    const shown = items.slice(0, query.limit);
    return { items: shown, nextCursor: cursorAfter(shown[shown.length - 1] ?? {}, query.index) };
  }
  // Cut short by DynamoDB's 1 MB a call: the rest follows from where it stopped.
  const stopped = page.LastEvaluatedKey && keyOf(page.LastEvaluatedKey, query.index);
  return { items, ...(stopped && { nextCursor: encodeCursor(stopped) }) };
}

/** One item by its primary key, read back as its entity's record; undefined when there is none. */
export async function getItem<T>(
  entity: TEntity<T, never[]>,
  key: TItemKey,
  options: { consistent?: boolean } = {},
): Promise<T | undefined> {
  const { pk, sk } = key; // not the index keys a key builder may add
  const { Item } = await documents.send(
    new GetCommand({ TableName: tableName, Key: { pk, sk }, ConsistentRead: options.consistent }),
  );
  return Item ? entity.parse(Item) : undefined;
}
