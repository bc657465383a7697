import * as z from 'zod';
import { ZYearSchema } from '../model/agreement.js';
import { ZIdSchema } from '../model/organisation.js';
import { maxOffsetDays } from './reminder-settings.js';

const day = 86_400_000;

/**
 * How far ahead a sweep as of `at` looks for due quarters: past the largest offset any agency may
 * set (each agency's own offsets then pick the days). Overdue quarters are always within it.
 */
export function sweepHorizon(at: string): string {
  return new Date(Date.parse(at) + (maxOffsetDays + 2) * day).toISOString();
}

/**
 * One message of the sweep's fan-out: a few agencies' years to sweep as of the sweep's moment.
 * The scheduler's run and each worker take the same moment, so a redelivered or retried batch
 * plans exactly what the first delivery did (and its sent-markers make it send nothing twice).
 */
export const ZSweepBatchSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  /** The hourly run: each agency only in its own sending hour. */
  scheduled: z.boolean(),
  agencies: z.array(z.object({ agencyId: ZIdSchema, year: ZYearSchema })).min(1),
});
export type TSweepBatch = z.infer<typeof ZSweepBatchSchema>;

/**
 * How many agency-years one message carries: a worker sweeps them in well under a minute (the
 * bench measures it), far from Lambda's limit, and a failing batch retries few agencies.
 */
export const agenciesPerBatch = 10;

/** The sweep's messages: each agency's year once, `size` to a message, in the order given. */
export function sweepBatches(
  quarters: { agencyId: string; year: number }[],
  sweep: { at: string; scheduled: boolean },
  size = agenciesPerBatch,
): TSweepBatch[] {
  const agencies = [
    ...new Map(quarters.map(({ agencyId, year }) => [`${agencyId}#${year}`, { agencyId, year }])).values(),
  ];
  const batches: TSweepBatch[] = [];
  for (let start = 0; start < agencies.length; start += size) {
    batches.push({ ...sweep, agencies: agencies.slice(start, start + size) });
  }
  return batches;
}
