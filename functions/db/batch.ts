import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.js';

const batchSize = 25;

/** Writes items in batches of 25, retrying what DynamoDB leaves unprocessed. For bulk loads only. */
export async function putItems(items: Record<string, unknown>[]): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    let requests = items.slice(start, start + batchSize).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
      const result = await documents.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (result.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}
