import { formatNumber } from '../shared/calc/format.js';
import type { TAppUnderTest } from './app-under-test.js';
import { tokenFor } from './app-under-test.js';
import { byRequest, directCalls } from './dynamodb-floor.js';
import { type BenchRow, type LoadResult, load } from './measure.js';
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
  `${year}/agreement`,
  `${year}/performance`,
  `${year}/trends`,
];

const ms = (result: LoadResult) =>
  `${formatNumber(result.p50, { decimals: 1 })} / ${formatNumber(result.p99, { decimals: 1 })} ms`;
export const ratio = (result: LoadResult, floor: LoadResult) =>
  `${formatNumber(result.p50 / floor.p50, { decimals: 1 })}× / ${formatNumber(result.p99 / floor.p99, { decimals: 1 })}×`;

/** CPU per request of the server, the load generator and DynamoDB Local, in ms. */
export function cpuPerRequest(
  cpuMs: Record<'server' | 'loadGenerator' | 'dynamodb', number>,
  requests: number,
) {
  const per = (ms: number) => formatNumber(ms / requests, { decimals: 2 });
  return `${per(cpuMs.server)} + ${per(cpuMs.loadGenerator)} + ${per(cpuMs.dynamodb)} ms`;
}

/**
 * p50/p99 of the pages' reads under 50 concurrent requests from this process to the API's own
 * (bench/api-server.ts), and beside each that calls DynamoDB its floor: the same calls its
 * requests made, made directly the same way (in parallel where it made them so) from this process
 * at the same concurrency against the same DynamoDB Local. With each,
 * the DynamoDB calls, items and bytes read per request and the CPU each process spent per request.
 */
export async function benchApiLatency(app: TAppUnderTest, total = 1_000): Promise<BenchRow[]> {
  const authorization = `Bearer ${await tokenFor(app, 'kepala-dinas')}`;
  const rows: BenchRow[] = [];
  for (const path of endpoints) {
    const send = () => fetch(`${app.baseUrl}${path}`, { headers: { authorization } });
    await load(send, 100, 10); // warm-up: connections, JIT, the user and agency caches
    await app.resetCalls();
    const api = await cpuDuring(app.pids, () => load(send, total, concurrency));
    const counts = await app.counts();
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
    // The floor makes the calls the route makes: those of each of many requests, not of one,
    // since a route may call only now and then (the health check every 5 s, a cache's refill).
    const calls = await app.recordCalls(() => load(send, recordedRequests, concurrency));
    const requests = byRequest(calls);
    const callsPerRequest = `${calls.length} calls in ${recordedRequests} requests`;
    // Most requests call nothing: the floor would be a request without a call, nothing to measure.
    if (requests.length < recordedRequests / 2) {
      row('floor: none', callsPerRequest);
      continue;
    }
    const floors = [
      ...requests.map(directCalls),
      ...Array.from({ length: recordedRequests - requests.length }, () => directCalls([])),
    ];
    let sent = 0;
    const floor = await cpuDuring(app.pids, () =>
      load(() => (floors[sent++ % floors.length] as () => Promise<Response>)(), total, concurrency),
    );
    row(`floor: the same DynamoDB calls (${callsPerRequest}) made directly, p50 / p99`, ms(floor.result));
    row(
      'floor: CPU / request (as above), errors',
      `${cpuPerRequest(floor.cpuMs, floor.result.requests)}, ${floor.result.errors}`,
    );
    row('p50 / p99 × floor', ratio(api.result, floor.result), '≤ 1,5×');
  }
  return rows;
}
