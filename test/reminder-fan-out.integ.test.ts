import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putItems } from '../functions/db/batch.js';
import { fanOutSweep } from '../functions/reminders/fan-out-sweep.js';
import { runReminderSweep } from '../functions/reminders/run-sweep.js';
import { sweepAgencies } from '../functions/reminders/sweep-agencies.js';
import { handler as workerHandler } from '../functions/reminders/worker-lambda.js';
import { agenciesPerBatch, type TSweepBatch } from '../shared/reminders/sweep-batches.js';
import { emptyMailOutbox } from './support/mail-outbox.js';
import { withIsolatedStore } from './support/store.js';
import { syntheticAgencyItems, syntheticRegionItem } from './support/synthetic-agencies.js';

withIsolatedStore();
afterAll(emptyMailOutbox);

const year = 2031;
const dueAt = '2031-04-10T23:59:00+08:00';
/** Three regions of four agencies, two units each; one agency sends at 09:00, not 08:00. */
const regions = ['kab-a', 'kab-b', 'kota-c'];
const agencyIds = regions.flatMap((region) => [1, 2, 3, 4].map((n) => `${region}-dinas-${n}`));
const lateRiser = 'kota-c-dinas-4';
/** An agency whose open quarter is due far beyond any reminder: not swept. */
const farOff = 'kab-a-dinas-later';

beforeAll(async () => {
  await putItems([
    ...regions.map(syntheticRegionItem),
    ...agencyIds.flatMap((agencyId) =>
      syntheticAgencyItems({
        regionId: agencyId.replace(/-dinas-\d$/, ''),
        agencyId,
        year,
        dueAt,
        units: 2,
        sweepHour: agencyId === lateRiser ? 9 : undefined,
      }),
    ),
    ...syntheticAgencyItems({
      regionId: 'kab-a',
      agencyId: farOff,
      year,
      dueAt: '2031-10-10T23:59:00+08:00',
    }),
  ]);
});

/** A fan-out's batches, kept instead of sent. */
async function fannedOut(at: string, scheduled = false): Promise<TSweepBatch[]> {
  const batches: TSweepBatch[] = [];
  await fanOutSweep(at, { scheduled }, async (sent) => {
    batches.push(...sent);
  });
  return batches;
}

describe('the reminder sweep, fanned out over several regions', () => {
  it('hands every agency with a quarter due to exactly one batch, none larger than the batch size', async () => {
    const batches = await fannedOut('2031-04-03T08:00:00+08:00');
    const swept = batches.flatMap((batch) => batch.agencies.map((agency) => agency.agencyId));
    expect(swept.sort()).toEqual([...agencyIds].sort());
    expect(batches.map((batch) => batch.agencies.length)).toEqual([agenciesPerBatch, 2]);
    expect(batches.every((batch) => batch.at === '2031-04-03T08:00:00+08:00' && !batch.scheduled)).toBe(true);
  });

  it("sends each batch's reminders once: a batch delivered again sends nothing", async () => {
    const [first, second] = await fannedOut('2031-04-03T08:00:00+08:00');
    const results = [await sweepAgencies(first as TSweepBatch), await sweepAgencies(second as TSweepBatch)];
    // D-7: each unit's division head of every agency.
    expect(results.map((result) => result.sent)).toEqual([2 * agenciesPerBatch, 4]);
    const again = await sweepAgencies(first as TSweepBatch);
    expect(again).toMatchObject({ agencies: agenciesPerBatch, sent: 0, alreadySent: 2 * agenciesPerBatch });
  });

  it('sweeps on the hourly run only the agencies whose sending hour it is', async () => {
    // D-3 at 08:00 WITA, then at 09:00: every batch goes out both times, the workers pick.
    const atEight = await runReminderSweep('2031-04-07T08:00:00+08:00', { scheduled: true });
    expect(atEight).toMatchObject({
      batches: 2,
      agencies: agencyIds.length - 1,
      sent: 2 * (agencyIds.length - 1),
    });
    const atNine = await runReminderSweep('2031-04-07T09:00:00+08:00', { scheduled: true });
    expect(atNine).toMatchObject({ batches: 2, agencies: 1, sent: 2, alreadySent: 0 });
  });

  it('reports a batch the worker cannot read back to the queue, and sweeps the others of the delivery', async () => {
    const [batch] = await fannedOut('2031-04-09T08:00:00+08:00');
    const result = await workerHandler({
      Records: [
        { messageId: 'good', body: JSON.stringify(batch) },
        { messageId: 'garbled', body: '{"at":"yesterday"' },
        { messageId: 'empty', body: JSON.stringify({ ...batch, agencies: [] }) },
      ],
    });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'garbled' }, { itemIdentifier: 'empty' }]);
    // The good batch was swept: its reminders of D-1 are sent, so the whole sweep finds them done.
    const rest = await runReminderSweep('2031-04-09T08:00:00+08:00');
    expect(rest).toMatchObject({ agencies: agencyIds.length, alreadySent: 2 * agenciesPerBatch, sent: 4 });
  });
});
