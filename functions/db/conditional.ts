import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
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

/** A conditional write's outcome: written, or not, with the item as it stood (absent: no item). */
export type TWriteOutcome<R> =
  | { written: true; result: R }
  | { written: false; current?: Record<string, unknown> };

/**
 * Like writtenIf, but a lost condition answers with the item as it stands, so a claim knows at
 * once who holds what without a second read. The write must ask for it with
 * `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`.
 */
export async function writtenOrCurrent<R>(write: Promise<R>): Promise<TWriteOutcome<R>> {
  try {
    return { written: true, result: await write };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return { written: false, current: error.Item && unmarshall(error.Item) };
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
