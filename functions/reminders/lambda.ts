import { systemClock } from '../clock.js';
import { config } from '../config.js';
// Every sweep reads the table: its client is built while Lambda initialises the function.
import '../db/client.js';
import { withLogFields } from '../log.js';

if (!config.SWEEP_QUEUE_URL) throw new Error('Capaian: SWEEP_QUEUE_URL is required by the reminder sweep');
const queueUrl = config.SWEEP_QUEUE_URL;

/**
 * EventBridge Scheduler's hourly call: the sweep as of the scheduled moment, handed out in batches
 * of agencies to the sweep queue, whose workers (worker-lambda.ts) send the reminders. The sweep,
 * the model's schemas and the queue's client load with the first call, not at a cold start
 * (docs/ARCHITECTURE.md, Lean Lambdas).
 */
export const handler = async (payload: unknown, context?: { awsRequestId?: string }) => {
  const { fanOutSweep, ZSweepPayloadSchema } = await import('./fan-out-sweep.js');
  const { sweepQueue } = await import('./sweep-queue.js');
  const { at, scheduled } = ZSweepPayloadSchema.parse(payload ?? {});
  return withLogFields({ requestId: context?.awsRequestId }, () =>
    fanOutSweep(at ?? systemClock.now(), { scheduled }, sweepQueue(queueUrl)),
  );
};
