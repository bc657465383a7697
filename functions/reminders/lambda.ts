import { systemClock } from '../clock.js';
import { config } from '../config.js';
import { withLogFields } from '../log.js';
import { fanOutSweep, ZSweepPayloadSchema } from './fan-out-sweep.js';
import { sweepQueue } from './sweep-queue.js';

if (!config.SWEEP_QUEUE_URL) throw new Error('Capaian: SWEEP_QUEUE_URL is required by the reminder sweep');
const dispatch = sweepQueue(config.SWEEP_QUEUE_URL);

/**
 * EventBridge Scheduler's hourly call: the sweep as of the scheduled moment, handed out in batches
 * of agencies to the sweep queue, whose workers (worker-lambda.ts) send the reminders.
 */
export const handler = async (payload: unknown, context?: { awsRequestId?: string }) => {
  const { at, scheduled } = ZSweepPayloadSchema.parse(payload ?? {});
  return withLogFields({ requestId: context?.awsRequestId }, () =>
    fanOutSweep(at ?? systemClock.now(), { scheduled }, dispatch),
  );
};
