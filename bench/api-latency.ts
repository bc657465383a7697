import type { TAppUnderTest } from './app-under-test.js';
import { tokenFor } from './app-under-test.js';
import { directCalls } from './dynamodb-floor.js';
import { type BenchRow, type LoadResult, load } from './measure.js';

const concurrency = 50;
const total = 1_000;

const ms = (result: LoadResult) => `${result.p50.toFixed(1)} / ${result.p99.toFixed(1)} ms`;

/**
 * p50/p99 of read endpoints under 50 concurrent requests and DynamoDB calls per request; beside
 * each that calls DynamoDB, its floor: the same calls made directly at the same concurrency.
 */
export async function benchApiLatency(app: TAppUnderTest): Promise<BenchRow[]> {
  const authorization = `Bearer ${await tokenFor(app, 'pengamat')}`;
  const endpoints = [
    '/api/health',
    '/api/agencies/dinsos-hss/years/2019/performance',
    '/api/agencies/dinsos-hss/years/2019/quarters/4/parts/pelayanan-rehabilitasi',
  ];
  const rows: BenchRow[] = [];
  for (const path of endpoints) {
    const send = () => fetch(`${app.baseUrl}${path}`, { headers: { authorization } });
    await load(send, 100, 10); // warm-up: connections, JIT, the user and agency caches
    app.resetCalls();
    const result = await load(send, total, concurrency);
    const name = `GET ${path.replace('/api/agencies/dinsos-hss/years', '…')} (${concurrency} concurrent)`;
    rows.push(
      {
        benchmark: name,
        figure: 'p50 / p99 latency',
        value: ms(result),
      },
      {
        benchmark: name,
        figure: 'DynamoDB calls / request',
        value: (app.calls.total / result.requests).toFixed(2),
        goal: path.includes('/parts/') ? '≤ 2' : undefined,
      },
      {
        benchmark: name,
        figure: 'DynamoDB read units / request (the cost model’s)',
        value: (app.calls.readUnits / result.requests).toFixed(1),
      },
      { benchmark: name, figure: 'errors', value: String(result.errors) },
    );
    const calls = await app.recordCalls(() => send().then((response) => response.arrayBuffer()));
    if (calls.length === 0) continue;
    const floor = await load(directCalls(calls), total, concurrency);
    rows.push(
      {
        benchmark: name,
        figure: `floor: its ${calls.length} DynamoDB calls made directly`,
        value: ms(floor),
      },
      {
        benchmark: name,
        figure: 'p50 / p99 × floor',
        value: `${(result.p50 / floor.p50).toFixed(1)}× / ${(result.p99 / floor.p99).toFixed(1)}×`,
        goal: '≤ 1,5×',
      },
    );
  }
  return rows;
}
