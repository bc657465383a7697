import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.js';
import type { TEntity, TItemKey } from './entity.js';

/** The most requests DynamoDB takes in one BatchWriteItem, and keys in one BatchGetItem. */
const writeBatchSize = 25;
const readBatchSize = 100;

/** Sends `requests`, then what DynamoDB left unprocessed (throttled), backing off, until none is left. */
async function untilProcessed<R>(requests: R[], send: (requests: R[]) => Promise<R[]>): Promise<void> {
  let left = requests;
  for (let attempt = 0; left.length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    left = await send(left);
  }
}

const batches = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Writes items in batches of 25, retrying what DynamoDB leaves unprocessed. For bulk loads only. */
export async function putItems(items: Record<string, unknown>[]): Promise<void> {
  for (const batch of batches(items, writeBatchSize))
    await untilProcessed(
      batch.map((Item) => ({ PutRequest: { Item } })),
      async (requests) => {
        const result = await documents.send(
          new BatchWriteCommand({ RequestItems: { [tableName]: requests } }),
        );
        return (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
      },
    );
}

/**
 * The records of an entity at these keys, those there are, in no particular order: one
 * BatchGetItem per 100 keys (each key once: DynamoDB refuses a batch naming one twice), at once,
 * each asked again for the keys DynamoDB left unprocessed. Eventually consistent, like an index:
 * for what a page shows, never for what decides access.
 */
export async function getItems<T>(entity: TEntity<T, never[]>, keys: readonly TItemKey[]): Promise<T[]> {
  // Only the primary key, not the index keys a key builder may add.
  const distinct = new Map(keys.map(({ pk, sk }) => [`${pk}\u0000${sk}`, { pk, sk }]));
  const found: T[] = [];
  await Promise.all(
    batches([...distinct.values()], readBatchSize).map((batch) =>
      untilProcessed(batch, async (Keys) => {
        const result = await documents.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys } } }));
        found.push(...(result.Responses?.[tableName] ?? []).map(entity.parse));
        return (result.UnprocessedKeys?.[tableName]?.Keys ?? []) as typeof Keys;
      }),
    ),
  );
  return found;
}
