import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import * as z from 'zod';
import { outboxEntity } from '../db/entities.js';
import { log, withLogFields } from '../log.js';
import { putMetric } from '../metrics.js';
import { outboxHandlers } from '../outbox-handlers.js';
import { drainOutbox } from './drain-outbox.js';
import { processOutboxEvent } from './process-outbox-event.js';

type StreamRecord = {
  eventName?: string;
  dynamodb?: { NewImage?: Record<string, AttributeValue>; SequenceNumber?: string };
};

/** What the minutely schedule sends: run the due retries and report the outbox's lag. */
export const ZDrainPayloadSchema = z.object({ drain: z.literal(true) });
export type TDrainPayload = z.infer<typeof ZDrainPayloadSchema>;

type TLambdaContext = { awsRequestId?: string };

/**
 * The outbox function. From the table's stream: each new outbox item runs at once; a failure is
 * recorded on the item (retried later with back-off), so only a failure to record it — the table
 * unreachable — is reported back for the stream to retry and, in the end, the failure queue.
 * From the minutely schedule: the retries that are due, and the age of the oldest pending event.
 */
export async function handler(event: { Records: StreamRecord[] } | TDrainPayload, context?: TLambdaContext) {
  return withLogFields({ requestId: context?.awsRequestId }, () =>
    'Records' in event ? processStream(event.Records) : drain(ZDrainPayloadSchema.parse(event)),
  );
}

async function processStream(records: StreamRecord[]) {
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

async function drain(_payload: TDrainPayload) {
  const result = await drainOutbox(outboxHandlers);
  putMetric('oldestPendingEventAge', result.oldestPendingSeconds, 'Seconds');
  return result;
}
