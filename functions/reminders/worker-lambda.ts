// Every batch reads the table: its client is built while Lambda initialises the function.
import '../db/client.js';
import { log, withLogFields } from '../log.js';

type TQueueRecord = { messageId: string; body: string };

/**
 * The sweep queue's consumer: each message a batch of agencies (fan-out-sweep.ts). A batch that
 * cannot be read through is reported back, so SQS delivers it again and, after its last attempt,
 * moves it to the failure queue, which raises the alarm; the sent-markers keep a redelivered
 * batch from sending any email twice. The sweep, and the model's schemas it reads records with,
 * load with the first batch, not at a cold start (docs/ARCHITECTURE.md, Lean Lambdas).
 */
export async function handler(event: { Records: TQueueRecord[] }, context?: { awsRequestId?: string }) {
  const { sweepAgencies } = await import('./sweep-agencies.js');
  const { ZSweepBatchSchema } = await import('../../shared/reminders/sweep-batches.js');
  const batchItemFailures: { itemIdentifier: string }[] = [];
  await withLogFields({ requestId: context?.awsRequestId }, async () => {
    for (const record of event.Records) {
      try {
        await sweepAgencies(ZSweepBatchSchema.parse(JSON.parse(record.body)));
      } catch (error) {
        log.error('reminder batch failed; the queue delivers it again', error, {
          messageId: record.messageId,
        });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
  });
  return { batchItemFailures };
}
