import { fanOutSweep } from './fan-out-sweep.js';
import { addSweepResult, emptySweepResult, sweepAgencies, type TSweepResult } from './sweep-agencies.js';

/** Batches swept at once in this process, as the sweep queue's bounded workers do on AWS. */
const batchesAtOnce = 2;

/**
 * A whole reminder sweep in one process (`npm start`'s hourly timer, `npm run reminders`, the
 * tests): the same fan-out as on AWS, each batch handed to the same worker as the queue's, a few
 * batches at a time; the workers' counts added up.
 */
export async function runReminderSweep(
  at: string,
  options: { scheduled?: boolean } = {},
): Promise<TSweepResult & { batches: number }> {
  const total = emptySweepResult();
  const { batches } = await fanOutSweep(at, options, async (sent) => {
    const waiting = [...sent];
    const worker = async () => {
      for (let batch = waiting.shift(); batch; batch = waiting.shift()) {
        addSweepResult(total, await sweepAgencies(batch));
      }
    };
    await Promise.all(Array.from({ length: batchesAtOnce }, worker));
  });
  return { ...total, batches };
}
