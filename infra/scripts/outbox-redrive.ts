/**
 * Re-runs what the outbox gave up on, once its cause is mended (docs/DEPLOY.md, "When something
 * fails"): puts every failed event back in line, on each agency's (or region's) record as the
 * operator's with the reason, waits while the stage's own outbox function runs them (its minutely drain on AWS,
 * `npm start`'s every second locally: their role, their SES identity), and then clears the
 * stream's failure queue. Safe to run again: nothing is sent or stored twice.
 *
 *   npm run outbox:redrive -- --stage prod --reason "SES identity verified" [--region ap-southeast-3]
 *   npm run outbox:redrive -- --reason "…" [--data-dir .data]      the running `npm start`
 */
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { z } from 'zod';
import { readRunningEnvironment } from '../../functions/local/running-environment.js';
import type { TFailureQueue } from '../../functions/outbox/redrive-outbox.js';

const { values } = parseArgs({
  options: {
    stage: { type: 'string' },
    region: { type: 'string', default: process.env.AWS_REGION ?? 'ap-southeast-3' },
    reason: { type: 'string' },
    'data-dir': { type: 'string', default: process.env.CAPAIAN_DATA_DIR ?? '.data' },
  },
});
const args = z
  .object({
    stage: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    region: z.string().min(1),
    reason: z.string({ error: 'say why with --reason "…" (it goes on the record)' }).trim().min(3),
    dataDir: z.string().min(1),
  })
  .parse({ ...values, dataDir: values['data-dir'] });

/** The stack's outputs, by name. */
async function stackOutputs(stage: string): Promise<Record<string, string>> {
  const cloudFormation = new CloudFormationClient({ region: args.region });
  const { Stacks } = await cloudFormation.send(new DescribeStacksCommand({ StackName: `capaian-${stage}` }));
  return Object.fromEntries(
    (Stacks?.[0]?.Outputs ?? []).map((o) => [o.OutputKey ?? '', o.OutputValue ?? '']),
  );
}

/**
 * The stream's failure queue on SQS: the outbox stream's messages (a `DDBStreamBatchInfo` each),
 * hidden from others while this runs; a reminder sweep's are left where they are, for a person.
 */
function sqsQueue(queueUrl: string): TFailureQueue {
  const sqs = new SQSClient({ region: args.region });
  const receipts = new Map<string, string>();
  return {
    receiveAll: async () => {
      const messages: { id: string; body: string }[] = [];
      const others: string[] = [];
      for (;;) {
        const { Messages = [] } = await sqs.send(
          new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, VisibilityTimeout: 900 }),
        );
        if (Messages.length === 0) break;
        for (const message of Messages) {
          const id = message.MessageId ?? randomUUID();
          if (!message.Body?.includes('DDBStreamBatchInfo')) others.push(message.ReceiptHandle ?? '');
          else {
            receipts.set(id, message.ReceiptHandle ?? '');
            messages.push({ id, body: message.Body });
          }
        }
      }
      // Hidden while the queue was read to its end; visible again for whoever handles them.
      for (const receipt of others)
        await sqs.send(
          new ChangeMessageVisibilityCommand({
            QueueUrl: queueUrl,
            ReceiptHandle: receipt,
            VisibilityTimeout: 0,
          }),
        );
      return messages;
    },
    delete: async (ids) => {
      for (let i = 0; i < ids.length; i += 10) {
        const entries = ids.slice(i, i + 10).map((id) => ({ Id: id, ReceiptHandle: receipts.get(id) ?? '' }));
        await sqs.send(new DeleteMessageBatchCommand({ QueueUrl: queueUrl, Entries: entries }));
      }
    },
  };
}

let queueUrl: string | undefined;
if (args.stage) {
  const outputs = await stackOutputs(args.stage);
  queueUrl = outputs.FailureQueueUrl;
  Object.assign(process.env, {
    STAGE: args.stage,
    AWS_REGION: args.region,
    TABLE_NAME: outputs.TableName,
    REPORTS_BUCKET: outputs.ReportsBucketName,
    EVIDENCE_BUCKET: outputs.EvidenceBucketName,
    // This command signs nobody in; the configuration only asks for a sign-in mode.
    AUTH_MODE: 'local',
    LOCAL_AUTH_SECRET: randomUUID() + randomUUID(),
  });
} else {
  const running = readRunningEnvironment(resolve(args.dataDir));
  if (!running) {
    console.error(
      `Capaian is not running on ${resolve(args.dataDir)}: start it with \`npm start\`, or name a --stage.`,
    );
    process.exit(1);
  }
  Object.assign(process.env, running);
}
process.env.LOG_LEVEL = 'warn';

// Imported once the environment is set: the configuration is read at import.
const { redriveOutbox } = await import('../../functions/outbox/redrive-outbox.js');
const { getOutboxRecord } = await import('../../functions/db/outbox.js');

/** Waits while the stage's outbox runs the events put back (up to 3 minutes), then says what became of them. */
async function waitForTheOutbox(ids: readonly string[]) {
  const settled = new Set<string>();
  const result = { processed: 0, failed: 0, oldestPendingSeconds: 0 };
  for (const deadline = Date.now() + 180_000; settled.size < ids.length && Date.now() < deadline; ) {
    await sleep(5_000);
    for (const record of await Promise.all(ids.filter((id) => !settled.has(id)).map(getOutboxRecord))) {
      // Run through, or an attempt made and failed (its lease gone): the outbox has had its go.
      const tried = record && (record.attempts ?? 0) > 0 && record.leaseUntil === undefined;
      if (!record || (record.state !== 'processed' && !tried)) continue;
      settled.add(record.id);
      if (record.state === 'processed') result.processed++;
    }
  }
  result.failed = ids.length - result.processed;
  return result;
}

const operator = { id: 'operator', name: `outbox:redrive (${userInfo().username})` };
const result = await redriveOutbox({
  operator,
  reason: args.reason,
  runDue: waitForTheOutbox,
  failureQueue: queueUrl ? sqsQueue(queueUrl) : undefined,
});
console.log(`put back in line: ${result.requeued.length} failed event(s)`);
console.log(`failure queue: ${result.queueMessages} message(s)${result.queueCleared ? ', cleared' : ''}`);
for (const event of result.notDone)
  console.log(`still failing: ${event.id}: ${event.lastError ?? '(no error yet)'}`);
process.exit(result.notDone.length === 0 ? 0 : 1);
