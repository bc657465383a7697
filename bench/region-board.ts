import type { TAppUnderTest } from './app-under-test.js';
import { tokenFor } from './app-under-test.js';
import { type BenchRow, load, quantile } from './measure.js';

const agencies = 40;
const concurrency = 50;
const total = 1_000;

/**
 * The region's dashboard over a synthetic region of 40 agencies: each is the seed agency's 2019
 * (every quarter signed off) summarised under its own id, as the outbox keeps it. Measured: the
 * page's DynamoDB calls and p50/p99 under 50 concurrent requests, and the roll-up's cost per
 * workflow event (one agency's summary made again from its year: its reads and its put).
 */
export async function benchRegionBoard(app: TAppUnderTest): Promise<BenchRow[]> {
  const { seedAgency } = await import('../shared/seed/organisation.js');
  const { readYear } = await import('../functions/db/year.js');
  const { getAgencyWithUnits } = await import('../functions/db/organisation.js');
  const { putSummaryIfNewer } = await import('../functions/db/agency-summaries.js');
  const { refreshAgencySummary } = await import('../functions/region/agency-summaries.js');
  const { versionForQuarter } = await import('../functions/agreement/agreement-in-force.js');
  const { summariseAgency } = await import('../shared/region/summarise-agency.js');

  const year = await readYear(seedAgency.id, 2019);
  const found = await getAgencyWithUnits(seedAgency.id);
  for (let i = 1; i <= agencies; i++) {
    await putSummaryIfNewer(
      summariseAgency({
        agency: { ...seedAgency, id: `dinas-bench-${i}`, name: `Dinas Uji ${i}`, shortName: `Uji ${i}` },
        year: 2019,
        bands: found?.settings.statusBands ?? [],
        settingsRevision: 0,
        agreements: year.agreements,
        quarters: year.quarters.map((record) => ({
          record,
          agreement: versionForQuarter(year.agreements, record.quarter)?.agreement,
        })),
        parts: year.parts,
        now: new Date().toISOString(),
      }),
    );
  }

  const authorization = `Bearer ${await tokenFor(app, 'bappeda')}`;
  const path = `/api/regions/${seedAgency.regionId}/years/2019/board`;
  const send = () => fetch(`${app.baseUrl}${path}`, { headers: { authorization } });
  await load(send, 100, 10); // warm-up
  await app.resetCalls();
  const result = await load(send, total, concurrency);
  const pageCalls = (await app.counts()).total / result.requests;
  // One reader at a time: what a person opening the page waits for, without the queue of 50.
  const alone = await load(send, 100, 1);
  const bytes = (await (await send()).arrayBuffer()).byteLength;
  const name = `GET …/regions/{region}/years/2019/board, ${agencies + 1} agencies (${concurrency} concurrent)`;

  // The roll-up: one agency's summary made again, as after each of its workflow events.
  const refreshes: number[] = [];
  await app.resetCalls();
  for (let i = 0; i < 50; i++) {
    const started = performance.now();
    await refreshAgencySummary(seedAgency.id, 2019, new Date().toISOString());
    refreshes.push(performance.now() - started);
  }
  const refreshCalls = (await app.counts()).total / refreshes.length;
  refreshes.sort((a, b) => a - b);
  return [
    {
      benchmark: name,
      figure: 'p50 / p99 latency',
      value: `${result.p50.toFixed(1)} / ${result.p99.toFixed(1)} ms`,
      goal: 'p99 ≤ 50 ms',
    },
    { benchmark: name, figure: 'DynamoDB calls / request', value: pageCalls.toFixed(2), goal: '≤ 2' },
    { benchmark: name, figure: 'errors', value: String(result.errors) },
    {
      benchmark: name.replace(`${concurrency} concurrent`, 'one at a time'),
      figure: 'p50 / p99 latency, response size',
      value: `${alone.p50.toFixed(1)} / ${alone.p99.toFixed(1)} ms, ${(bytes / 1024).toFixed(0)} KB`,
    },
    {
      benchmark: "an agency's summary made again (per workflow event)",
      figure: 'p50 / p99, DynamoDB calls',
      value: `${quantile(refreshes, 0.5).toFixed(1)} / ${quantile(refreshes, 0.99).toFixed(1)} ms, ${refreshCalls.toFixed(0)}`,
    },
  ];
}
