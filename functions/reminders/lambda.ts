import { runReminderSweep, ZSweepPayloadSchema } from './run-sweep.js';

/** EventBridge Scheduler's hourly call: a sweep as of the scheduled moment, of the agencies whose hour it is. */
export const handler = async (payload: unknown) => {
  const { at, scheduled } = ZSweepPayloadSchema.parse(payload ?? {});
  return runReminderSweep(at ?? new Date().toISOString(), { scheduled });
};
