import { type BundleInfo, buildLambdaBundles } from '../infra/bundle-report.js';
import { coldStart } from './cold-start.js';
import { lambdaNode } from './lambda-node.js';
import type { BenchRow } from './measure.js';

/** The issue 16 goals per bundle: minified size, and cold-start CPU against the minimal Hono Lambda's. */
const goals: Partial<Record<BundleInfo['name'], { kb?: number; ratio: number }>> = {
  api: { kb: 300, ratio: 2 },
  outbox: { ratio: 3 },
  reminders: { ratio: 3 },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * Each Lambda bundle built as the stack builds it, imported in fresh Node 24 processes from a
 * /var/task-like folder with the function's environment, beside a minimal Hono Lambda built and
 * imported the same way in the same run (so the ratios hold on a busy machine).
 */
export function benchBundles(runs: number): BenchRow[] {
  const report = buildLambdaBundles();
  try {
    const node = lambdaNode();
    const measured = report.bundles.map((bundle) => ({ bundle, cold: coldStart(bundle, node, runs) }));
    const floor = measured.find(({ bundle }) => bundle.name === 'minimal')?.cold.cpuMs ?? Number.NaN;
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
          value: `${cold.importMs.toFixed(0)} ms`,
        },
        {
          benchmark: name,
          figure: 'cold-start CPU × minimal Hono',
          value: `${cold.cpuMs.toFixed(0)} ms, ${(cold.cpuMs / floor).toFixed(1)}×`,
          goal: goal ? `≤ ${goal.ratio}×` : undefined,
        },
        {
          benchmark: name,
          figure: 'peak RSS after import (memory size)',
          value: `${cold.rssMb.toFixed(0)} MB (${bundle.memorySize} MB)`,
        },
      ];
    });
  } finally {
    report.dispose();
  }
}
