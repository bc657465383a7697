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
