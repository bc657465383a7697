import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TOutboxEvent } from '../../shared/model/outbox.js';
import { documents, tableName } from './client.js';
import { writtenIf } from './conditional.js';
import { outboxEntity } from './entities.js';
import { keys } from './keys.js';
import { queryItems } from './query.js';

/** Outbox events not processed yet, oldest first (a sparse index: processed events leave it). */
export async function listPendingOutboxEvents(limit = 25): Promise<TOutboxEvent[]> {
  const items = await queryItems({ index: 'gsi1', partition: keys.pendingOutbox, limit });
  return items.map(outboxEntity.parse);
}

/** Marks an event processed, once: false when another run got there first. */
export async function markOutboxEventProcessed(event: TOutboxEvent, at: string): Promise<boolean> {
  return writtenIf(
    documents.send(
      new UpdateCommand({
        TableName: tableName,
        Key: outboxEntity.key(event),
        UpdateExpression: 'SET processedAt = :at REMOVE gsi1pk, gsi1sk',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(processedAt)',
        ExpressionAttributeValues: { ':at': at },
      }),
    ),
  );
}

/** Records a failed attempt; the event stays pending and is tried again. */
export async function recordOutboxFailure(event: TOutboxEvent, message: string): Promise<void> {
  await documents.send(
    new UpdateCommand({
      TableName: tableName,
      Key: outboxEntity.key(event),
      UpdateExpression: 'SET attempts = if_not_exists(attempts, :zero) + :one, lastError = :error',
      ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':error': message.slice(0, 1000) },
    }),
  );
}

/** Whether an event was already processed (a retried stream record or a second local drain). */
export async function isOutboxEventProcessed(event: TOutboxEvent): Promise<boolean> {
  const { Item } = await documents.send(
    new GetCommand({
      TableName: tableName,
      Key: outboxEntity.key(event),
      ProjectionExpression: 'processedAt',
      ConsistentRead: true,
    }),
  );
  return Item?.processedAt !== undefined;
}
