import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents, tableName } from './client.js';
import type { TItemKey } from './entity.js';

/**
 * Runs a conditional write (a put if absent, a claim, a once-only update): true when it was
 * written, false when its condition did not hold. Any other failure is thrown.
 */
export async function writtenIf(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** Puts an item unless one with its key exists: true when written, false when it was there. */
export async function putIfAbsent(item: TItemKey & Record<string, unknown>): Promise<boolean> {
  return writtenIf(
    documents.send(
      new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    ),
  );
}
