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
