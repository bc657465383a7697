import { putItems } from '../functions/db/batch.js';
import { documents } from '../functions/db/client.js';
import { quarterEntity } from '../functions/db/entities.js';
import { fanOutSweep } from '../functions/reminders/fan-out-sweep.js';
import { sweepAgencies } from '../functions/reminders/sweep-agencies.js';
import { formatNumber } from '../shared/calc/format.js';
import type { TSweepBatch } from '../shared/reminders/sweep-batches.js';
import { syntheticAgencyItems, syntheticRegionItem } from '../test/support/synthetic-agencies.js';
import { type BenchRow, quantile } from './measure.js';

export type TNationalSizes = { regions: number; agenciesPerRegion: number };
/** Indonesia: 38 provinces and 514 regencies and cities, about 40 agencies each. */
export const indonesia: TNationalSizes = { regions: 550, agenciesPerRegion: 40 };

const year = 2032;
const dueAt = '2032-04-09T23:59:00+08:00';
/** The hourly run on a reminder day (D-3), at the agencies' sending hour, and an hour later. */
const inHour = '2032-04-06T08:00:00+08:00';
const outOfHour = '2032-04-06T09:00:00+08:00';
const workerTimeoutSeconds = 300;
const tracked = { revision: 1, updatedAt: `${year}-01-02T09:00:00+08:00`, updatedBy: 'system' };

/** DynamoDB calls by command while `work` runs. */
async function counted<T>(work: () => Promise<T>): Promise<{ result: T; calls: Map<string, number> }> {
  const calls = new Map<string, number>();
  const name = `national-${Math.random()}`;
  documents.middlewareStack.add(
    (next, context) => (args) => {
      calls.set(context.commandName ?? '?', (calls.get(context.commandName ?? '?') ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name },
  );
  try {
    return { result: await work(), calls };
  } finally {
    documents.middlewareStack.remove(name);
  }
}
const listed = (calls: Map<string, number>) =>
  [...calls].map(([command, n]) => `${command.replace('Command', '')} ${n}`).join(', ');

/**
 * The reminder sweep over a simulated Indonesia: every agency of every region with its Q1 open and
 * due in three days (its quarter item only: what the hourly run reads), then one region in full
 * (40 agencies of 5 units) swept batch by batch by the worker, in the agencies' sending hour and
 * outside it. Prints the fan-out (batches, messages, time, calls) and each batch's time against the
 * worker's timeout.
 */
export async function benchNationalSweep(sizes: TNationalSizes): Promise<BenchRow[]> {
  const agencies = sizes.regions * sizes.agenciesPerRegion;
  const seeding = performance.now();
  const quarters = Array.from({ length: agencies }, (_, i) =>
    quarterEntity.item({
      agencyId: `r${Math.floor(i / sizes.agenciesPerRegion)}-a${i % sizes.agenciesPerRegion}`,
      year,
      quarter: 1,
      state: 'open',
      dueAt,
      signOffCount: 0,
      ...tracked,
    }),
  );
  await putItems(quarters);
  const seeded = (performance.now() - seeding) / 1000;

  const batches: TSweepBatch[] = [];
  const fanStarted = performance.now();
  const fan = await counted(() =>
    fanOutSweep(inHour, { scheduled: true }, async (sent) => void batches.push(...sent)),
  );
  const fanSeconds = (performance.now() - fanStarted) / 1000;
  const perBatch = batches.map((batch) => batch.agencies.length);

  // One region in full, as its workers see it.
  const regionId = 'r-full';
  const full = Array.from({ length: sizes.agenciesPerRegion }, (_, i) => `${regionId}-a${i}`);
  await putItems([
    syntheticRegionItem(regionId),
    ...full.flatMap((agencyId) => syntheticAgencyItems({ regionId, agencyId, year, dueAt, units: 5 })),
  ]);
  const regionBatches = (at: string): TSweepBatch[] =>
    Array.from({ length: Math.ceil(full.length / 10) }, (_, b) => ({
      at,
      scheduled: true,
      agencies: full.slice(b * 10, b * 10 + 10).map((agencyId) => ({ agencyId, year })),
    }));
  const timeBatches = async (at: string) => {
    const seconds: number[] = [];
    let sent = 0;
    const { calls } = await counted(async () => {
      for (const batch of regionBatches(at)) {
        const started = performance.now();
        sent += (await sweepAgencies(batch)).sent;
        seconds.push((performance.now() - started) / 1000);
      }
    });
    seconds.sort((a, b) => a - b);
    return { seconds, sent, calls };
  };
  const swept = await timeBatches(inHour);
  const skipped = await timeBatches(outOfHour);

  const name = `reminder sweep, ${sizes.regions} regions × ${sizes.agenciesPerRegion} agencies (${agencies.toLocaleString('id')})`;
  const worker = `a worker, one batch of 10 agencies × 5 units`;
  const seconds = (s: number[]) =>
    `${formatNumber(quantile(s, 0.5), { decimals: 2 })} / ${formatNumber(s.at(-1) ?? Number.NaN, { decimals: 2 })} s`;
  return [
    {
      benchmark: name,
      figure: 'seeding the open quarters',
      value: `${formatNumber(seeded, { decimals: 1 })} s`,
    },
    {
      benchmark: name,
      figure: 'hourly run: batches (messages), SendMessageBatch calls, agencies per batch',
      value: `${batches.length}, ${Math.ceil(batches.length / 10)}, ≤ ${Math.max(0, ...perBatch)}`,
    },
    {
      benchmark: name,
      figure: 'hourly run: time to fan out (without SQS), DynamoDB calls',
      value: `${formatNumber(fanSeconds, { decimals: 2 })} s, ${listed(fan.calls)}`,
      goal: '≪ 300 s (its timeout)',
    },
    {
      benchmark: worker,
      figure: 'in their sending hour: p50 / slowest batch, emails, DynamoDB calls per batch',
      value: `${seconds(swept.seconds)}, ${swept.sent}, ${listed(new Map([...swept.calls].map(([c, n]) => [c, Math.round(n / swept.seconds.length)])))}`,
      goal: `≪ ${workerTimeoutSeconds} s (its timeout)`,
    },
    {
      benchmark: worker,
      figure: 'outside their hour (23 runs a day): p50 / slowest batch, DynamoDB calls per batch',
      value: `${seconds(skipped.seconds)}, ${listed(new Map([...skipped.calls].map(([c, n]) => [c, Math.round(n / skipped.seconds.length)])))}`,
    },
  ];
}
