import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
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

/** The one Query a key condition makes, from `ExclusiveStartKey` on, at most `Limit` items. */
function queryCommand(
  query: TKeyQuery,
  page: { limit?: number; startKey?: Record<string, unknown>; backwards?: boolean },
) {
  const { partitionKey, sortKey } = keyNames(query.index);
  const range = sortKeyRange(query);
  const projected = Object.fromEntries((query.attributes ?? []).map((name, i) => [`#a${i}`, name]));
  return new QueryCommand({
    TableName: tableName,
    IndexName: query.index,
    KeyConditionExpression: range ? `#pk = :pk AND ${range.condition}` : '#pk = :pk',
    ExpressionAttributeNames: { '#pk': partitionKey, ...(range && { '#sk': sortKey }), ...projected },
    ProjectionExpression: query.attributes ? Object.keys(projected).join(', ') : undefined,
    ExpressionAttributeValues: { ':pk': query.partition, ...range?.values },
    Limit: page.limit,
    ConsistentRead: query.consistent,
    ExclusiveStartKey: page.startKey,
    ScanIndexForward: page.backwards ? false : undefined,
  });
}

/**
 * Every item a key condition matches, page after page to the end: one page stops at 1 MB, so a
 * listing that reads one page only silently loses what lies beyond. The one way to query a whole
 * listing; a listing shown a page at a time (a timeline) reads with `queryPage`.
 */
export async function queryItems(query: TKeyQuery): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const limit = query.limit === undefined ? undefined : query.limit - items.length;
    const page = await documents.send(queryCommand(query, { limit, startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey && (query.limit === undefined || items.length < query.limit));
  return items;
}

/** The attributes of a place in a key condition's results: the table's key, and the index's. */
export type TStartKey = Record<string, string>;

/**
 * One page of a key condition's items in descending sort-key order (one call): at most `limit`
 * items and at most what DynamoDB reads in one answer (1 MB), from after `startKey` on; `lastKey`
 * is where the next page starts, absent when DynamoDB read to the end.
 */
export async function queryPage(
  query: TKeyQuery & { limit: number },
  startKey?: TStartKey,
): Promise<{ items: Record<string, unknown>[]; lastKey?: TStartKey }> {
  const page = await documents.send(queryCommand(query, { limit: query.limit, startKey, backwards: true }));
  return { items: page.Items ?? [], lastKey: page.LastEvaluatedKey && keyOf(query, page.LastEvaluatedKey) };
}

/** The key attributes of an item that a key condition's page may start after (the table's, the index's). */
export function keyOf(query: TKeyQuery, item: Record<string, unknown>): TStartKey {
  const names = [...new Set([tableDesign.partitionKey, tableDesign.sortKey, ...indexKeys(query)])];
  return Object.fromEntries(names.map((name) => [name, String(item[name])]));
}

const indexKeys = (query: TKeyQuery) => {
  const { partitionKey, sortKey } = keyNames(query.index);
  return [partitionKey, sortKey];
};

/**
 * Whether `key` is a place among a key condition's results: exactly the key attributes it reads,
 * in its partition, its sort key within its range (`beginsWith` only: what pages use). A key of
 * another listing would make DynamoDB refuse the query.
 */
export function isPlaceIn(query: TKeyQuery, key: TStartKey): boolean {
  const { partitionKey, sortKey } = keyNames(query.index);
  const names = Object.keys(keyOf(query, key));
  const sort = key[sortKey];
  return (
    Object.keys(key).length === names.length &&
    names.every((name) => typeof key[name] === 'string') &&
    key[partitionKey] === query.partition &&
    sort !== undefined &&
    (query.beginsWith === undefined || sort.startsWith(query.beginsWith))
  );
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
