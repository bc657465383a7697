import type { SendMessageBatchCommand, SendMessageBatchCommandOutput } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { sweepBatches, ZSweepBatchSchema } from '../../shared/reminders/sweep-batches.js';
import { sweepQueue } from './sweep-queue.js';

const queueUrl = 'https://sqs.ap-southeast-3.amazonaws.com/123456789012/sweep';
const batches = sweepBatches(
  Array.from({ length: 230 }, (_, i) => ({ agencyId: `agency-${i}`, year: 2031 })),
  { at: '2031-04-07T08:00:00+08:00', scheduled: true },
);

/** An SQS client that keeps what it is sent and answers with `failed` entries. */
function fakeSqs(failed: SendMessageBatchCommandOutput['Failed'] = []) {
  const sent: SendMessageBatchCommand[] = [];
  const client = {
    send: async (command: SendMessageBatchCommand) => {
      sent.push(command);
      return { Successful: [], Failed: failed, $metadata: {} };
    },
  };
  return { sent, client: client as Parameters<typeof sweepQueue>[1] };
}

describe('the sweep queue', () => {
  it('sends every batch once, ten to a call, each as the JSON its worker parses', async () => {
    const { sent, client } = fakeSqs();
    await sweepQueue(queueUrl, client)(batches);
    expect(sent.map((command) => command.input.Entries?.length)).toEqual([10, 10, 3]);
    expect(sent.every((command) => command.input.QueueUrl === queueUrl)).toBe(true);
    const bodies = sent.flatMap((command) => command.input.Entries ?? []).map((entry) => entry.MessageBody);
    expect(bodies.map((body) => ZSweepBatchSchema.parse(JSON.parse(body ?? '')))).toEqual(batches);
  });

  it('fails the run when SQS refuses a batch, so Lambda runs it again', async () => {
    const { client } = fakeSqs([
      { Id: '3', Code: 'InternalError', SenderFault: false, Message: 'try again' },
    ]);
    await expect(sweepQueue(queueUrl, client)(batches)).rejects.toThrow('refused 1 batch(es): try again');
  });
});
