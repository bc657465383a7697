import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { outboxEntity } from '../db/entities.js';
import { log } from '../log.js';
import { putMetric } from '../metrics.js';
import { outboxHandlers } from '../outbox-handlers.js';
import { drainOutbox } from './drain-outbox.js';
import type { TDrainPayload } from './lambda.js';
import { processOutboxEvent } from './process-outbox-event.js';

export type TStreamRecord = {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, AttributeValue>; SequenceNumber?: string };
};

/**
 * The table's stream: each new outbox item runs at once; a failure is recorded on the item
 * (retried later with back-off), so only a failure to record it — the table unreachable — is
 * reported back for the stream to retry and, in the end, the failure queue.
 */
export async function processStream(records: TStreamRecord[]) {
  const batchItemFailures: { itemIdentifier: string }[] = [];
  for (const record of records) {
    const image = record.dynamodb?.NewImage;
    if (record.eventName !== 'INSERT' || !image) continue;
    const item = unmarshall(image);
    if (!outboxEntity.is(item)) continue;
    try {
      await processOutboxEvent(outboxEntity.parse(item), outboxHandlers);
    } catch (error) {
      log.error('outbox event could not be run; the stream retries it', error, { eventId: item.id });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
  }
  return { batchItemFailures };
}

/** The minutely schedule: the retries that are due, and the age of the oldest pending event. */
export async function drainDue(_payload: TDrainPayload) {
  const result = await drainOutbox(outboxHandlers);
  putMetric('oldestPendingEventAge', result.oldestPendingSeconds, 'Seconds');
  return result;
}
