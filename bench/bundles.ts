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
 * What a cold start answers first, measured through its answer besides the init: the web app's first
 * call to the API (without its token, a 401: the session's routes and the token check loaded), an
 * empty batch for the outbox and the reminders' worker (their handlers, loaded with the first
 * invocation, and nothing to do: no call leaves the process), and the yardsticks' one route, for the
 * ratio. The others are started (their init) and not invoked.
 */
const firstRequests: Partial<Record<BundleInfo['name'], object>> = {
  api: httpApiRequest('/api/me'),
  outbox: { Records: [] },
  remindersWorker: { Records: [] },
  empty: {},
  minimal: httpApiRequest('/'),
  floor: httpApiRequest('/'),
};

const kb = (bytes: number) => `${formatNumber(bytes / 1024, { decimals: 0 })} KB`;
const ms = (value: number) => `${formatNumber(value, { decimals: 0 })} ms`;
const times = (ratio: number) => `${formatNumber(ratio, { decimals: 1 })}×`;

/**
 * Each Lambda bundle built as the stack builds it and started as Lambda starts it: a fresh Node 24
 * process running AWS's runtime interface client, which loads the handler the template names from
 * a /var/task-like folder with the function's environment and answers a first invocation
 * (bench/lambda-runtime.ts). Beside it the yardsticks, started the same way in the same rounds (so
 * the ratios hold on a busy machine): an empty handler (the runtime's own start), the minimal Hono
 * Lambda, and the floor (the minimal Lambda with the DynamoDB client built, which every function
 * carries). The goals are judged on the init behind the runtime client, which is what Lambda's init
 * is; the bare import (a process importing the bundle alone) is shown beside it, with how much of
 * it is what the runtime client loads before any handler (Node's built-ins: http, net, …). A goal
 * below the floor's ratio cannot be reached by cutting our own code; the goal column says so.
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
    const cold = (name: BundleInfo['name']) => measured.find(({ bundle }) => bundle.name === name)?.cold;
    const minimal = cold('minimal');
    const empty = cold('empty');
    const ratio = (cpuMs: number) => cpuMs / (minimal?.initCpuMs ?? Number.NaN);
    const bareRatio = (cpuMs: number) => cpuMs / (minimal?.bare.cpuMs ?? Number.NaN);
    const floor = ratio(cold('floor')?.initCpuMs ?? Number.NaN);
    return [
      {
        benchmark: 'Lambda bundles',
        figure: 'the goals are judged on',
        value: 'the init behind Lambda’s runtime client (RIC), as Lambda runs it',
      },
      ...measured.flatMap(({ bundle, cold }) => {
        const name = `Lambda bundle: ${bundle.name}`;
        const goal = goals[bundle.name];
        // What of the bare start the runtime client had loaded before any handler: the bundle's
        // cost above an empty handler bare, less its cost above it behind the client.
        const loadedByRuntime =
          cold.bare.cpuMs -
          (empty?.bare.cpuMs ?? Number.NaN) -
          (cold.initCpuMs - (empty?.initCpuMs ?? Number.NaN));
        return [
          {
            benchmark: name,
            figure: 'minified: read at start, in all (gzip; source maps)',
            value: `${kb(bundle.startBytes)}, ${kb(bundle.bytes)} (${kb(bundle.gzipBytes)}; ${kb(bundle.sourceMapBytes)})`,
            goal: goal?.kb ? `≤ ${goal.kb} KB` : undefined,
          },
          {
            benchmark: name,
            figure: `init behind Lambda’s runtime client: CPU × minimal Hono’s (wall), median of ${runs}`,
            value: `${ms(cold.initCpuMs)}, ${times(ratio(cold.initCpuMs))} (${ms(cold.initMs)})`,
            goal: goal
              ? `≤ ${goal.ratio}× (floor ${times(floor)}${goal.ratio < floor ? ': the goal is below it' : ''})`
              : undefined,
          },
          ...(cold.firstAnswerCpuMs !== undefined && bundle.name !== 'minimal'
            ? [
                {
                  benchmark: name,
                  figure: 'CPU through its first answer × minimal Hono’s',
                  value: `${ms(cold.firstAnswerCpuMs)}, ${times(cold.firstAnswerCpuMs / (minimal?.firstAnswerCpuMs ?? Number.NaN))}`,
                },
              ]
            : []),
          {
            benchmark: name,
            figure:
              'bare import, no runtime client (not the goals’): CPU × minimal’s (import; loaded by the RIC first)',
            value: `${ms(cold.bare.cpuMs)}, ${times(bareRatio(cold.bare.cpuMs))} (${ms(cold.bare.importMs)}; ${bundle.name === 'empty' ? '—' : ms(loadedByRuntime)})`,
          },
          {
            benchmark: name,
            figure: 'peak RSS at init (memory size)',
            value: `${formatNumber(cold.rssMb, { decimals: 0 })} MB (${formatNumber(bundle.memorySize)} MB)`,
          },
        ];
      }),
    ];
  } finally {
    report.dispose();
  }
}
