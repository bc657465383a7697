import { formatNumber } from '../shared/calc/format.js';

/** The q-quantile (0..1) of sorted samples. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/** A load's latencies (ms, sorted), their p50 and p99, and the requests that failed. */
export type LoadResult = { requests: number; p50: number; p99: number; errors: number; latencies: number[] };

/** Latencies (ms, in any order) and the failures among them as a load's result. */
export function resultOf(latencies: number[], errors: number): LoadResult {
  const sorted = latencies.toSorted((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    errors,
    latencies: sorted,
  };
}

/** Loads taken in turns, as one. */
export const together = (results: LoadResult[]): LoadResult =>
  resultOf(
    results.flatMap((result) => result.latencies),
    results.reduce((sum, result) => sum + result.errors, 0),
  );

/** Sends `total` requests from `concurrency` workers and returns latency quantiles in ms. */
export async function load(
  send: () => Promise<Response>,
  total: number,
  concurrency: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const started = performance.now();
      // A reset connection is an error of the run, counted, not the end of the bench.
      const ok = await send()
        .then(async (response) => {
          await response.arrayBuffer();
          return response.ok;
        })
        .catch(() => false);
      latencies.push(performance.now() - started);
      if (!ok) errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return resultOf(latencies, errors);
}

export type BenchRow = { benchmark: string; figure: string; value: string; goal?: string };

/** p50 / p99 of a load, in ms. */
export const ms = (result: LoadResult) =>
  `${formatNumber(result.p50, { decimals: 1 })} / ${formatNumber(result.p99, { decimals: 1 })} ms`;
/** A load's p50 and p99 over its floor's. */
export const ratio = (result: LoadResult, floor: LoadResult) =>
  `${formatNumber(result.p50 / floor.p50, { decimals: 1 })}× / ${formatNumber(result.p99 / floor.p99, { decimals: 1 })}×`;

/** CPU time (ms) of the three processes a load runs on. */
export type TProcessCpu = Record<'server' | 'loadGenerator' | 'dynamodb', number>;

/** CPU per request of the server, the load generator and DynamoDB Local, in ms. */
export function cpuPerRequest(cpuMs: TProcessCpu, requests: number) {
  const per = (ms: number) => formatNumber(ms / requests, { decimals: 2 });
  return `${per(cpuMs.server)} + ${per(cpuMs.loadGenerator)} + ${per(cpuMs.dynamodb)} ms`;
}

/** A load's latencies and the CPU it cost. */
export type TMeasured = { result: LoadResult; cpuMs: TProcessCpu };

/** The CPU of loads taken in turns, as one. */
export const summed = (cpu: TProcessCpu[]): TProcessCpu => {
  const sum = (name: keyof TProcessCpu) => cpu.reduce((total, turn) => total + turn[name], 0);
  return { server: sum('server'), loadGenerator: sum('loadGenerator'), dynamodb: sum('dynamodb') };
};
