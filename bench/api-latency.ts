import { formatNumber } from '../shared/calc/format.js';
import type { TAppUnderTest } from './app-under-test.js';
import { tokenFor } from './app-under-test.js';
import { addCounts, type TCallCounts } from './dynamodb-calls.js';
import { byRequest, directCalls } from './dynamodb-floor.js';
import {
  type BenchRow,
  cpuPerRequest,
  load,
  ms,
  ratio,
  summed,
  type TMeasured,
  together,
} from './measure.js';
import { cpuDuring } from './process-cpu.js';

const concurrency = 50;
/** Requests whose DynamoDB calls are recorded for the floor, at the same concurrency. */
const recordedRequests = 100;
const year = '/api/agencies/dinsos-hss/years/2019';

/** The pages' reads: what each screen of the web app asks for first. */
const endpoints = [
  '/api/health',
  '/api/me',
  '/api/agencies/dinsos-hss',
  '/api/agencies/dinsos-hss/tasks',
  `${year}/dashboard`,
  `${year}/quarters`,
  `${year}/quarters/4/parts/pelayanan-rehabilitasi`,
  // The part's page names who submitted and verified it (and History, the acting list, whom they name).
  '/api/agencies/dinsos-hss/people?ids=kabid-rehabilitasi,verifikator',
  `${year}/agreement`,
  `${year}/performance`,
  `${year}/trends`,
];

type TSend = () => Promise<Response>;

/**
 * `total` requests of the API and as many of its floor, in turns (API, floor, floor, API): what
 * DynamoDB Local and the server still compile or collect from the turns before weighs on both
 * alike. Measured one after the other, the API first, DynamoDB Local spent up to 1,9× the CPU on
 * the API's calls that it spent on the very same calls of the floor a few seconds later (its JIT
 * compiler still at work). The API's DynamoDB calls are counted over its own turns.
 */
async function inTurns(app: TAppUnderTest, sides: { api: TSend; floor?: TSend }, total: number) {
  const turns = sides.floor ? (['api', 'floor', 'floor', 'api'] as const) : (['api'] as const);
  const taken = { api: [] as TMeasured[], floor: [] as TMeasured[] };
  const counted: TCallCounts[] = [];
  const each = Math.round(total / turns.filter((side) => side === 'api').length);
  for (const side of turns) {
    const send = sides[side];
    if (!send) continue;
    if (side === 'api') await app.resetCalls();
    const turn = await cpuDuring(app.pids, () => load(send, each, concurrency));
    if (side === 'api') counted.push(await app.counts());
    taken[side].push(turn);
  }
  const measured = (turns: TMeasured[]): TMeasured => ({
    result: together(turns.map((turn) => turn.result)),
    cpuMs: summed(turns.map((turn) => turn.cpuMs)),
  });
  return {
    api: measured(taken.api),
    floor: sides.floor && measured(taken.floor),
    counts: counted.reduce(addCounts),
  };
}

/**
 * p50/p99 of the pages' reads under 50 concurrent requests from this process to the API's own
 * (bench/api-server.ts), and beside each that calls DynamoDB its floor: the same calls its
 * requests made, made directly the same way (in parallel where it made them so) from this process
 * at the same concurrency against the same DynamoDB Local, in turns with the API's. With each,
 * the DynamoDB calls, items and bytes read per request and the CPU each process spent per request.
 */
export async function benchApiLatency(app: TAppUnderTest, total = 1_000): Promise<BenchRow[]> {
  const authorization = `Bearer ${await tokenFor(app, 'kepala-dinas')}`;
  const rows: BenchRow[] = [];
  for (const path of endpoints) {
    const send = () => fetch(`${app.baseUrl}${path}`, { headers: { authorization } });
    // Warmed up as long as it is measured, at its concurrency (connections, JIT, the user and
    // agency caches): after 100 requests at 10 the first signed-in routes were still compiling in
    // the server and DynamoDB Local (/me's server CPU 2,4 ms a request, 1,7 ms once warm).
    await load(send, total, concurrency);
    // The floor makes the calls the route makes: those of each of many requests, not of one,
    // since a route may call only now and then (the health check every 5 s, a cache's refill).
    const calls = await app.recordCalls(() => load(send, recordedRequests, concurrency));
    const requests = byRequest(calls);
    const callsPerRequest = `${calls.length} calls in ${recordedRequests} requests`;
    // Most requests call nothing: the floor would be a request without a call, nothing to measure.
    const floors =
      requests.length < recordedRequests / 2
        ? undefined
        : [
            ...requests.map(directCalls),
            ...Array.from({ length: recordedRequests - requests.length }, () => directCalls([])),
          ];
    let sent = 0;
    const floor = floors && (() => (floors[sent++ % floors.length] as TSend)());
    if (floor) await load(floor, total, concurrency); // its warm-up, as the API's
    const measured = await inTurns(app, { api: send, floor }, total);
    const { api, counts } = measured;
    const per = (n: number) => n / api.result.requests;
    const benchmark = `GET ${path.replace('/api/agencies/dinsos-hss', '…')} (${concurrency} concurrent)`;
    const row = (figure: string, value: string, goal?: string) => {
      rows.push({ benchmark, figure, value, goal });
      // As measured: a run that stops later (or is stopped) keeps what it measured.
      process.stderr.write(`${benchmark}: ${figure}: ${value}\n`);
    };
    row('p50 / p99 latency', ms(api.result));
    row(
      'DynamoDB calls, items, KB read / request',
      `${formatNumber(per(counts.total), { decimals: 2 })}, ${formatNumber(per(counts.itemsRead), { decimals: 1 })}, ${formatNumber(per(counts.bytesRead) / 1024, { decimals: 1 })} KB`,
      '≤ 2 calls',
    );
    row(
      'DynamoDB read units / request (the cost model’s)',
      formatNumber(per(counts.readUnits), { decimals: 1 }),
    );
    row(
      'CPU / request: server + load generator + DynamoDB Local',
      cpuPerRequest(api.cpuMs, api.result.requests),
    );
    row('errors', String(api.result.errors));
    if (!measured.floor) {
      row('floor: none', callsPerRequest);
      continue;
    }
    const { result, cpuMs } = measured.floor;
    row(`floor: the same DynamoDB calls (${callsPerRequest}) made directly, p50 / p99`, ms(result));
    row(
      'floor: CPU / request (as above), errors',
      `${cpuPerRequest(cpuMs, result.requests)}, ${result.errors}`,
    );
    row('p50 / p99 × floor', ratio(api.result, result), '≤ 1,5×');
  }
  return rows;
}
