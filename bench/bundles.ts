import { type BundleInfo, buildLambdaBundles } from '../infra/bundle-report.js';
import { formatNumber } from '../shared/calc/format.js';
import { coldStarts, httpApiRequest } from './cold-start.js';
import { lambdaNode } from './lambda-node.js';
import type { BenchRow } from './measure.js';

/** The issue 16 goals per bundle: minified size, and cold-start CPU against the minimal Hono Lambda's. */
const goals: Partial<Record<BundleInfo['name'], { kb?: number; ratio: number }>> = {
  api: { kb: 300, ratio: 2 },
  outbox: { ratio: 3 },
  reminders: { ratio: 3 },
};

/**
 * What a cold start answers first, measured through its answer besides the import alone: the web
 * app's first call to the API (without its token, a 401: the session's routes and the token check
 * loaded), an empty batch for the outbox and the reminders' worker (their handlers, loaded with the
 * first invocation, and nothing to do: no call leaves the process), and the minimal Lambda's one
 * route, for the ratio.
 */
const firstRequests: Partial<Record<BundleInfo['name'], object>> = {
  api: httpApiRequest('/api/me'),
  outbox: { Records: [] },
  remindersWorker: { Records: [] },
  minimal: httpApiRequest('/'),
};

const kb = (bytes: number) => `${formatNumber(bytes / 1024, { decimals: 0 })} KB`;
const times = (ratio: number) => `${formatNumber(ratio, { decimals: 1 })}×`;

/**
 * Each Lambda bundle built as the stack builds it, imported in fresh Node 24 processes from a
 * /var/task-like folder with the function's environment, beside a minimal Hono Lambda built and
 * imported the same way in the same rounds (so the ratios hold on a busy machine), and the floor: the
 * minimal Lambda with the DynamoDB client built, which every function carries. A goal below the
 * floor's ratio cannot be reached by cutting our own code; the goal column says so beside it.
 */
export function benchBundles(runs: number): BenchRow[] {
  const report = buildLambdaBundles();
  try {
    const node = lambdaNode();
    const measured = coldStarts(
      report.bundles.map((bundle) => ({ bundle, firstRequest: firstRequests[bundle.name] })),
      node,
      runs,
    );
    const minimal = measured.find(({ bundle }) => bundle.name === 'minimal')?.cold;
    const ratio = (cpuMs: number) => cpuMs / (minimal?.cpuMs ?? Number.NaN);
    const floor = ratio(measured.find(({ bundle }) => bundle.name === 'floor')?.cold.cpuMs ?? Number.NaN);
    return measured.flatMap(({ bundle, cold }) => {
      const name = `Lambda bundle: ${bundle.name}`;
      const goal = goals[bundle.name];
      return [
        {
          benchmark: name,
          figure: 'minified: read at start, in all (gzip; source maps)',
          value: `${kb(bundle.startBytes)}, ${kb(bundle.bytes)} (${kb(bundle.gzipBytes)}; ${kb(bundle.sourceMapBytes)})`,
          goal: goal?.kb ? `≤ ${goal.kb} KB` : undefined,
        },
        {
          benchmark: name,
          figure: `import alone (median of ${runs})`,
          value: `${formatNumber(cold.importMs, { decimals: 0 })} ms`,
        },
        {
          benchmark: name,
          figure: 'cold-start CPU × minimal Hono',
          value: `${formatNumber(cold.cpuMs, { decimals: 0 })} ms, ${times(ratio(cold.cpuMs))}`,
          goal: goal
            ? `≤ ${goal.ratio}× (floor ${times(floor)}${goal.ratio < floor ? ': the goal is below it' : ''})`
            : undefined,
        },
        ...(cold.firstAnswerCpuMs !== undefined && bundle.name !== 'minimal'
          ? [
              {
                benchmark: name,
                figure: 'CPU through its first answer × minimal Hono’s',
                value: `${formatNumber(cold.firstAnswerCpuMs, { decimals: 0 })} ms, ${times(cold.firstAnswerCpuMs / (minimal?.firstAnswerCpuMs ?? Number.NaN))}`,
              },
            ]
          : []),
        {
          benchmark: name,
          figure: 'peak RSS after import (memory size)',
          value: `${formatNumber(cold.rssMb, { decimals: 0 })} MB (${formatNumber(bundle.memorySize)} MB)`,
        },
      ];
    });
  } finally {
    report.dispose();
  }
}
