import type { BenchRow } from './measure.js';
import { load } from './measure.js';

const concurrency = 50;
const total = 1_000;

/** p50/p99 of read endpoints under 50 concurrent requests, and DynamoDB calls per request. */
export async function benchApiLatency(): Promise<BenchRow[]> {
  const { dynamodb } = await import('../functions/db/client.js');
  const { createTableIfMissing } = await import('../functions/db/table.js');
  const { createBucketsIfMissing } = await import('../functions/s3/buckets.js');
  const { seedDemoDataIfEmpty } = await import('../functions/local/seed-demo.js');
  const { serveLocal } = await import('../functions/local/server.js');
  const { freePort } = await import('../functions/local/ports.js');

  let calls = 0;
  dynamodb.middlewareStack.add(
    (next) => (args) => {
      calls++;
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  await createTableIfMissing();
  await createBucketsIfMissing();
  await seedDemoDataIfEmpty();
  const port = await freePort();
  const server = serveLocal({ port, webRoot: 'web/public' });

  const endpoints = ['/api/health'];
  const rows: BenchRow[] = [];
  for (const path of endpoints) {
    const url = `http://127.0.0.1:${port}${path}`;
    await load(() => fetch(url), 100, 10); // warm-up
    calls = 0;
    const result = await load(() => fetch(url), total, concurrency);
    const name = `GET ${path} (${concurrency} concurrent)`;
    rows.push(
      { benchmark: name, figure: 'p50 latency', value: `${result.p50.toFixed(1)} ms` },
      { benchmark: name, figure: 'p99 latency', value: `${result.p99.toFixed(1)} ms` },
      { benchmark: name, figure: 'DynamoDB calls / request', value: (calls / result.requests).toFixed(2) },
      { benchmark: name, figure: 'errors', value: String(result.errors) },
    );
  }
  await new Promise((done) => server.close(done));
  return rows;
}
