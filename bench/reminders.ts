import { putItems } from '../functions/db/batch.js';
import { runReminderSweep } from '../functions/reminders/run-sweep.js';
import { formatNumber } from '../shared/calc/format.js';
import { seedRegion } from '../shared/seed/organisation.js';
import { syntheticAgencyItems } from '../test/support/synthetic-agencies.js';
import type { TAppUnderTest } from './app-under-test.js';
import type { BenchRow } from './measure.js';

const agencies = 1_000;
const unitsPerAgency = 5;
const year = 2031;
const dueAt = '2031-04-10T23:59:00+08:00';

/** One synthetic agency of the seed region: five units, a division head each and a head, an open Q1. */
const agencyItems = (index: number) =>
  syntheticAgencyItems({
    regionId: seedRegion.id,
    agencyId: `bench-${index}`,
    year,
    dueAt,
    units: unitsPerAgency,
  });

/** A sweep over 1,000 agencies × 5 units three days before the due date: time, emails per second, DynamoDB calls by kind. */
export async function benchReminders(app: TAppUnderTest): Promise<BenchRow[]> {
  const started = performance.now();
  await putItems(Array.from({ length: agencies }, (_, i) => agencyItems(i)).flat());
  const seeding = (performance.now() - started) / 1000;
  await app.resetCalls();
  const sweepStarted = performance.now();
  const result = await runReminderSweep('2031-04-07T08:00:00+08:00');
  const seconds = (performance.now() - sweepStarted) / 1000;
  const byCommand = Object.entries((await app.counts()).byCommand)
    .map(([name, count]) => `${name.replace('Command', '')} ${count}`)
    .join(', ');
  const name = `reminder sweep, ${agencies} agencies × ${unitsPerAgency} units`;
  return [
    { benchmark: name, figure: 'seeding the agencies', value: `${formatNumber(seeding, { decimals: 1 })} s` },
    { benchmark: name, figure: 'sweep time', value: `${formatNumber(seconds, { decimals: 1 })} s` },
    { benchmark: name, figure: 'emails sent / notices', value: `${result.sent} / ${result.planned}` },
    {
      benchmark: name,
      figure: 'emails per second',
      value: formatNumber(result.sent / seconds, { decimals: 0 }),
    },
    { benchmark: name, figure: 'DynamoDB calls', value: byCommand, goal: 'no Scan' },
  ];
}
