import * as z from 'zod';
import { sweepBatches, sweepHorizon, type TSweepBatch } from '../../shared/reminders/sweep-batches.js';
import { listOpenQuartersDueBefore } from '../db/open-quarters.js';

/**
 * The scheduler's payload (EventBridge Scheduler on AWS, the timer or the CLI locally): the
 * sweep's moment, and whether it is the hourly run, which sweeps only the agencies whose sending
 * hour it is (a manual run sweeps them all).
 */
export const ZSweepPayloadSchema = z.object({
  at: z.iso.datetime({ offset: true }).optional(),
  scheduled: z.boolean().default(false),
});

/** Where the sweep's batches go: the sweep queue on AWS, workers in this process locally. */
export type TSweepDispatch = (batches: TSweepBatch[]) => Promise<void>;

export type TFanOut = { batches: number; agencies: number };

/**
 * The reminder sweep's first step: finds the agencies with an open quarter due within the
 * reminder window (or overdue) through the due-date index, one query for the whole country, and
 * hands them out in batches of a few agencies each, so no worker comes near Lambda's time limit
 * however many regions there are. It reads no agency: the workers do, in parallel.
 */
export async function fanOutSweep(
  at: string,
  options: { scheduled?: boolean },
  dispatch: TSweepDispatch,
): Promise<TFanOut> {
  const quarters = await listOpenQuartersDueBefore(sweepHorizon(at));
  const batches = sweepBatches(quarters, { at, scheduled: options.scheduled ?? false });
  const fanned = {
    batches: batches.length,
    agencies: batches.reduce((n, batch) => n + batch.agencies.length, 0),
  };
  await dispatch(batches);
  return fanned;
}
