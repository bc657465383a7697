import { runReminderSweep, ZSweepPayloadSchema } from './run-sweep.js';

/** EventBridge Scheduler's daily call: one sweep as of now (or of the payload's moment). */
export const handler = async (payload: unknown) =>
  runReminderSweep(ZSweepPayloadSchema.parse(payload ?? {}).at ?? new Date().toISOString());
