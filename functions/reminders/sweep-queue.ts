import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { TSweepBatch } from '../../shared/reminders/sweep-batches.js';
import { failFastClientOptions } from '../aws-client-options.js';
import { config } from '../config.js';
import type { TSweepDispatch } from './fan-out-sweep.js';

const sqs = new SQSClient({ region: config.AWS_REGION, ...failFastClientOptions });
/** SQS takes at most ten messages in one call. */
const messagesPerCall = 10;

/**
 * The sweep's batches onto the sweep queue (AWS), ten to a call. A message SQS refuses fails the
 * run, which Lambda retries: the batches sent again are harmless, as each notice's sent-marker
 * lets it out once.
 */
export function sweepQueue(queueUrl: string, client: Pick<SQSClient, 'send'> = sqs): TSweepDispatch {
  return async (batches: TSweepBatch[]) => {
    for (let start = 0; start < batches.length; start += messagesPerCall) {
      const entries = batches
        .slice(start, start + messagesPerCall)
        .map((batch, i) => ({ Id: String(i), MessageBody: JSON.stringify(batch) }));
      const { Failed = [] } = await client.send(
        new SendMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }),
      );
      if (Failed.length > 0) {
        throw new Error(
          `the sweep queue refused ${Failed.length} batch(es): ${Failed[0]?.Message ?? Failed[0]?.Code}`,
        );
      }
    }
  };
}
