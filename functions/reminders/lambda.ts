import { systemClock } from '../clock.js';
import { withLogFields } from '../log.js';
import { runReminderSweep, ZSweepPayloadSchema } from './run-sweep.js';

/** EventBridge Scheduler's hourly call: a sweep as of the scheduled moment, of the agencies whose hour it is. */
export const handler = async (payload: unknown, context?: { awsRequestId?: string }) => {
  const { at, scheduled } = ZSweepPayloadSchema.parse(payload ?? {});
  return withLogFields({ requestId: context?.awsRequestId }, () =>
    runReminderSweep(at ?? systemClock.now(), { scheduled }),
  );
};
