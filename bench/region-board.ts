import { cpus, loadavg } from 'node:os';
import { formatNumber } from '../shared/calc/format.js';
import type { TAppUnderTest } from './app-under-test.js';
import { tokenFor } from './app-under-test.js';
import { type BenchRow, cpuPerRequest, type LoadResult, load, quantile, resultOf } from './measure.js';
import { cpuDuring } from './process-cpu.js';

const agencies = 40;
/** Enough for DynamoDB Local's JIT and the process's own to settle before anything is counted. */
const warmUp = 500;
/** A p99 from 1.000 samples is the tenth slowest, not the slowest alone. */
const measured = 1_000;
const concurrency = 50;

/** The machine's 1-minute load average against its cores, as the bench ran: what its times stand on. */
const machineLoad = () => `load ${formatNumber(loadavg()[0], { decimals: 1 })} on ${cpus().length} cores`;

/**
 * The region's dashboard over a synthetic region of 40 agencies: each is the seed agency's 2019
 * (every quarter signed off) summarised under its own id, as the outbox keeps it. Measured after a
 * warm-up: the page's DynamoDB calls and its p50/p99 for one reader at a time, which is what a
 * reader waits for on Lambda (every reader arriving at once has an instance of their own), beside
 * the machine's load; then 50 readers at once to one server process (its queue, not Lambda's); and
 * the roll-up's cost per workflow event (one agency's summary made again from its year).
 */
export async function benchRegionBoard(app: TAppUnderTest): Promise<BenchRow[]> {
  const { seedAgency } = await import('../shared/seed/organisation.js');
  const { readYear } = await import('../functions/db/year.js');
  const { getAgencyWithUnits } = await import('../functions/db/organisation.js');
  const { agencySummaryItem, putSummaryIfNewer } = await import('../functions/db/agency-summaries.js');
  const { refreshAgencySummary } = await import('../functions/region/agency-summaries.js');
  const { versionForQuarter } = await import('../functions/agreement/agreement-in-force.js');
  const { summariseAgency } = await import('../shared/region/summarise-agency.js');

  const year = await readYear(seedAgency.id, 2019);
  const found = await getAgencyWithUnits(seedAgency.id);
  let itemBytes = 0;
  for (let i = 1; i <= agencies; i++) {
    const summary = summariseAgency({
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
    });
    itemBytes = JSON.stringify(agencySummaryItem(summary)).length;
    await putSummaryIfNewer(summary);
  }

  const authorization = `Bearer ${await tokenFor(app, 'bappeda')}`;
  const path = `/api/regions/${seedAgency.regionId}/years/2019/board`;
  const send = () => fetch(`${app.baseUrl}${path}`, { headers: { authorization } });
  // The first requests, as a cold DynamoDB Local and process answer them: not what a reader waits for.
  const cold = await load(send, 100, 1);
  await load(send, warmUp, 1);
  await app.resetCalls();
  const loadBefore = machineLoad();
  const { result: timed, cpuMs } = await cpuDuring(app.pids, () => oneAtATime(send, measured));
  const alone = quantiles(timed);
  const loadAfter = machineLoad();
  const pageCalls = (await app.counts()).total / alone.requests;
  const together = await load(send, measured, concurrency);
  const bytes = (await (await send()).arrayBuffer()).byteLength;
  const name = `GET …/regions/{region}/years/2019/board, ${agencies + 1} agencies`;
  const ms = (result: { p50: number; p99: number }) =>
    `${formatNumber(result.p50, { decimals: 1 })} / ${formatNumber(result.p99, { decimals: 1 })} ms`;

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
      figure: `p50 / p99, one reader (${measured} after ${warmUp} to warm up)`,
      value: `${ms(alone)}; ${loadBefore} before, ${loadAfter.replace('load ', '')} after`,
      goal: 'p99 ≤ 50 ms',
    },
    {
      benchmark: name,
      figure: 'where the time went, one reader: the slowest 1 % / the median 10 %',
      value: `${whereTheTimeWent(timed, 0.99, 1)} / ${whereTheTimeWent(timed, 0.45, 0.55)}`,
    },
    {
      benchmark: name,
      figure: 'DynamoDB calls / request',
      value: formatNumber(pageCalls, { decimals: 2 }),
      goal: '≤ 2',
    },
    {
      benchmark: name,
      figure: 'CPU per page: server + load generator + DynamoDB Local, errors',
      value: `${cpuPerRequest(cpuMs, alone.requests)}, ${alone.errors + together.errors}`,
    },
    {
      benchmark: name,
      figure: 'response size; a summary item',
      value: `${formatNumber(bytes / 1024, { decimals: 0 })} KB; ${formatNumber(itemBytes / 1024, { decimals: 1 })} KB`,
    },
    { benchmark: name, figure: 'p50 / p99, the first 100 (cold)', value: ms(cold) },
    {
      benchmark: name,
      figure: `p50 / p99, ${concurrency} readers at once to one server process (its queue)`,
      value: ms(together),
    },
    {
      benchmark: "an agency's summary made again (per workflow event)",
      figure: 'p50 / p99, DynamoDB calls',
      value: `${formatNumber(quantile(refreshes, 0.5), { decimals: 1 })} / ${formatNumber(quantile(refreshes, 0.99), { decimals: 1 })} ms, ${formatNumber(refreshCalls, { decimals: 0 })}`,
    },
  ];
}

/** One page as the reader waited for it, and as the API's Server-Timing header says it spent it. */
type TTimedPage = { ms: number; apiMs: number; dynamodbMs: number; ok: boolean };

const durationOf = (timing: string, name: string) =>
  Number(new RegExp(`(?:^|, )${name};dur=([\\d.]+)`).exec(timing)?.[1] ?? Number.NaN);

/** `total` pages read one after another, each with its own times. */
async function oneAtATime(send: () => Promise<Response>, total: number): Promise<TTimedPage[]> {
  const pages: TTimedPage[] = [];
  for (let i = 0; i < total; i++) {
    const started = performance.now();
    const response = await send();
    await response.arrayBuffer();
    const timing = response.headers.get('server-timing') ?? '';
    pages.push({
      ms: performance.now() - started,
      apiMs: durationOf(timing, 'api'),
      dynamodbMs: durationOf(timing, 'dynamodb'),
      ok: response.ok,
    });
  }
  return pages;
}

const quantiles = (pages: TTimedPage[]): LoadResult =>
  resultOf(
    pages.map((page) => page.ms),
    pages.filter((page) => !page.ok).length,
  );

/**
 * The mean of the pages between two quantiles of their time, split where it went: in DynamoDB
 * calls, in the API's own work (its time less the calls'), and outside the API (the HTTP server
 * and client, the load generator, and the time each process waited for a core).
 */
function whereTheTimeWent(pages: TTimedPage[], from: number, to: number): string {
  const sorted = [...pages].sort((a, b) => a.ms - b.ms);
  const slice = sorted.slice(Math.floor(from * sorted.length), Math.ceil(to * sorted.length));
  const mean = (of: (page: TTimedPage) => number) =>
    formatNumber(slice.reduce((sum, page) => sum + of(page), 0) / slice.length, { decimals: 1 });
  return `${mean((p) => p.ms)} ms = DynamoDB ${mean((p) => p.dynamodbMs)} + API ${mean((p) => p.apiMs - p.dynamodbMs)} + outside ${mean((p) => p.ms - p.apiMs)}`;
}
