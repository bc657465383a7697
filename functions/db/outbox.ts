import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  outboxScope,
  outboxState,
  type TOutboxRecord,
  type TOutboxScope,
} from '../../shared/model/outbox.js';
import type { TPage, TPageKey } from '../../shared/paging.js';
import { documents, tableName } from './client.js';
import type { TItemUpdate } from './commit.js';
import { claimOrCurrent } from './conditional.js';
import { outboxEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem, queryItems, queryPage } from './query.js';
import { writtenIf } from './written-if.js';

/*
 * An outbox event's life: pending (in gsi1 by the moment it may run) → an attempt claims it for a
 * lease (its due moment becomes the lease's end, so a crashed attempt is picked up again once the
 * lease lapses) → processed (out of the indexes), or pending again after a back-off, or failed
 * (in gsi2, with its last error) after the last allowed attempt. A person may put a failed one
 * back in line. Every step is a conditional write, so concurrent runs never both hold an event.
 */

const outboxKey = (id: string) => ({ pk: `OUTBOX#${id}`, sk: 'OUTBOX' });

/** Every pending event, soonest due first (a sparse index: processed and failed events leave it). */
export async function listPendingOutboxEvents(limit?: number): Promise<TOutboxRecord[]> {
  const items = await queryItems({ index: 'gsi1', partition: keys.pendingOutbox, limit });
  return items.map(outboxEntity.parse);
}

/** Every event given up on, of one agency or region or of all, oldest failure first: what a redrive puts back. */
export async function listFailedOutboxEvents(scope?: TOutboxScope): Promise<TOutboxRecord[]> {
  const items = await queryItems({
    index: 'gsi2',
    partition: keys.failedOutbox,
    beginsWith: scope && keys.failedOutboxPrefix(scope),
  });
  return items.map(outboxEntity.parse);
}

/** A page of one agency's or region's events given up on, the latest failure first (one query). */
export async function listFailedOutboxPage(
  scope: TOutboxScope,
  page: { limit: number; after?: TPageKey },
): Promise<TPage<TOutboxRecord>> {
  const { items, nextCursor } = await queryPage({
    index: 'gsi2',
    partition: keys.failedOutbox,
    beginsWith: keys.failedOutboxPrefix(scope),
    descending: true,
    ...page,
  });
  return { items: items.map(outboxEntity.parse), nextCursor };
}

/** One event as stored, read strongly consistent. */
export const getOutboxRecord = (id: string): Promise<TOutboxRecord | undefined> =>
  getItem(outboxEntity, outboxKey(id), { consistent: true });

export type TOutboxClaim = { claimed: TOutboxRecord } | { claimed: null; current?: TOutboxRecord };

/**
 * Claims an attempt at a pending event until `leaseUntil`, unless another attempt holds an
 * unexpired lease on it: counts the attempt and moves the event's due moment to the lease's end.
 * When the claim is refused, says why with the event as it stands. A retry that finds its own
 * claim after a lost answer holds the event (claimOrCurrent), counted once.
 */
export async function claimOutboxAttempt(id: string, now: string, leaseUntil: string): Promise<TOutboxClaim> {
  const outcome = await claimOrCurrent((claimId) =>
    documents.send(
      new UpdateCommand({
        TableName: tableName,
        Key: outboxKey(id),
        UpdateExpression:
          'SET leaseUntil = :lease, claimId = :claim, dueAt = :lease, gsi1sk = :due, attempts = if_not_exists(attempts, :zero) + :one',
        ConditionExpression:
          'attribute_exists(pk) AND attribute_not_exists(processedAt) AND (attribute_not_exists(#state) OR #state = :pending) AND (attribute_not_exists(leaseUntil) OR leaseUntil < :now)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':lease': leaseUntil,
          ':due': keys.outboxDue(id, leaseUntil).gsi1sk,
          ':zero': 0,
          ':one': 1,
          ':pending': 'pending',
          ':now': now,
          ':claim': claimId,
        },
        ReturnValues: 'ALL_NEW',
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      }),
    ),
  );
  if (outcome.claimed) return { claimed: outboxEntity.parse(outcome.item) };
  return { claimed: null, current: outcome.current && outboxEntity.parse(outcome.current) };
}

/** Whether the event's outcome decided elsewhere: done, given up on, or held by another attempt. */
export const claimRefusal = (current: TOutboxRecord | undefined) =>
  current === undefined || outboxState(current) === 'processed'
    ? ('already-processed' as const)
    : outboxState(current) === 'failed'
      ? ('failed' as const)
      : ('in-progress' as const);

/** While the attempt holding `leaseUntil` still holds the event: a lapsed attempt settles nothing. */
const stillHeld = (leaseUntil: string) => ({
  ConditionExpression: 'leaseUntil = :held',
  ExpressionAttributeValues: { ':held': leaseUntil },
});

/** Marks a claimed event processed: false when its lease had lapsed and another attempt took it. */
export async function completeOutboxAttempt(id: string, leaseUntil: string, at: string): Promise<boolean> {
  const held = stillHeld(leaseUntil);
  return writtenIf(
    documents.send(
      new UpdateCommand({
        TableName: tableName,
        Key: outboxKey(id),
        UpdateExpression:
          'SET #state = :processed, processedAt = :at REMOVE leaseUntil, dueAt, gsi1pk, gsi1sk',
        ConditionExpression: held.ConditionExpression,
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ...held.ExpressionAttributeValues,
          ':processed': 'processed',
          ':at': at,
        },
      }),
    ),
  );
}

export type TAttemptFailure = {
  error: string;
  at: string;
  /** When to try again; null: that was the last attempt, the event is left failed. */
  retryAt: string | null;
};

/** Records a failed attempt: the event waits for its back-off, or is left failed with its error. */
export async function failOutboxAttempt(
  record: TOutboxRecord,
  leaseUntil: string,
  failure: TAttemptFailure,
): Promise<boolean> {
  const held = stillHeld(leaseUntil);
  const values = { ...held.ExpressionAttributeValues, ':error': failure.error.slice(0, 1000) };
  const update = failure.retryAt
    ? {
        UpdateExpression: 'SET lastError = :error, dueAt = :due, gsi1sk = :sk REMOVE leaseUntil',
        ExpressionAttributeValues: {
          ...values,
          ':due': failure.retryAt,
          ':sk': keys.outboxDue(record.id, failure.retryAt).gsi1sk,
        },
      }
    : {
        UpdateExpression:
          'SET lastError = :error, #state = :failed, failedAt = :at, gsi2pk = :gsi2pk, gsi2sk = :gsi2sk REMOVE leaseUntil, dueAt, gsi1pk, gsi1sk',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ...values,
          ':failed': 'failed',
          ':at': failure.at,
          ...Object.fromEntries(
            Object.entries(keys.outboxFailed(outboxScope(record), failure.at, record.id)).map(([k, v]) => [
              `:${k}`,
              v,
            ]),
          ),
        },
      };
  return writtenIf(
    documents.send(
      new UpdateCommand({
        TableName: tableName,
        Key: outboxKey(record.id),
        ConditionExpression: held.ConditionExpression,
        ...update,
      }),
    ),
  );
}

/**
 * Puts a failed event back in line, due at `at`, with a fresh set of attempts (its last error
 * stays until the next attempt). Part of a change: the person's retry is on the record.
 */
export function requeueFailedOutboxEvent(record: TOutboxRecord, at: string): TItemUpdate {
  return {
    key: outboxKey(record.id),
    set: {
      state: 'pending',
      attempts: 0,
      dueAt: at,
      ...keys.outboxDue(record.id, at),
      failedAt: undefined,
      gsi2pk: undefined,
      gsi2sk: undefined,
    },
    condition: {
      expression: '#state = :failed',
      names: { '#state': 'state' },
      values: { ':failed': 'failed' },
    },
  };
}
