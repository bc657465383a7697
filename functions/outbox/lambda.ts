import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { outboxEntity } from '../db/entities.js';
import { outboxHandlers } from '../outbox-handlers.js';
import { processOutboxEvent } from './process-outbox-event.js';

type StreamRecord = {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, AttributeValue>; SequenceNumber?: string };
};

/**
 * The table stream's consumer: each new outbox item is processed; failures are reported per
 * record so the event source retries (and bisects) only those.
 */
export async function handler(event: { Records: StreamRecord[] }) {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) continue;
    const item = unmarshall(image);
    if (!outboxEntity.is(item)) continue;
    try {
      await processOutboxEvent(outboxEntity.parse(item), outboxHandlers);
    } catch (error) {
      console.error('outbox event failed', item.id, error);
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
}
