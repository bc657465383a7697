import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { documents, tableName } from './client.js';
import type { TItemKey } from './entity.js';
import { writtenIf } from './written-if.js';

/** A conditional write's outcome: written, or not, with the item as it stood (absent: no item). */
type TWriteOutcome<R> = { written: true; result: R } | { written: false; current?: Record<string, unknown> };

/**
 * Like writtenIf, but a lost condition answers with the item as it stands, so a claim knows at
 * once who holds what without a second read (claims go through claimOrCurrent). The write must ask for it with
 * `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`.
 */
async function writtenOrCurrent<R>(write: Promise<R>): Promise<TWriteOutcome<R>> {
  try {
    return { written: true, result: await write };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return { written: false, current: error.Item && unmarshall(error.Item) };
  }
}

/** A claim's outcome: ours, with the item as our write left it (when asked for), or not, with the item as it stands. */
export type TClaimOutcome =
  | { claimed: true; item?: Record<string, unknown> }
  | { claimed: false; current?: Record<string, unknown> };

/**
 * Takes a claim: a conditional write that stores `claimId`, an id made here for this one claim.
 * The SDK's retries send the same request, so a retry of a write whose answer was lost finds its
 * own id and takes the claim, where it would count it another run's and leave it until its lease
 * lapses. Like writtenOrCurrent, the write must ask for `ALL_OLD` on a failed condition.
 */
export async function claimOrCurrent(
  write: (claimId: string) => Promise<{ Attributes?: Record<string, unknown> }>,
): Promise<TClaimOutcome> {
  const claimId = randomUUID();
  const outcome = await writtenOrCurrent(write(claimId));
  if (outcome.written) return { claimed: true, item: outcome.result.Attributes };
  if (outcome.current?.claimId === claimId) return { claimed: true, item: outcome.current };
  return { claimed: false, current: outcome.current };
}

/** Puts an item unless one with its key exists: true when written, false when it was there. */
export async function putIfAbsent(item: TItemKey & Record<string, unknown>): Promise<boolean> {
  return writtenIf(
    documents.send(
      new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }),
    ),
  );
}
