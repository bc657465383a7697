import { spawnSync } from 'node:child_process';
import { buildLambdaBundles } from '../infra/bundle-report.js';
import { type BenchRow, quantile } from './measure.js';

const runs = 5;
// What the functions' configuration needs to load; nothing is called.
const environment = {
  ...process.env,
  TABLE_NAME: 'capaian-bench',
  REPORTS_BUCKET: 'bench-reports',
  EVIDENCE_BUCKET: 'bench-evidence',
  AUTH_MODE: 'cognito',
  COGNITO_USER_POOL_ID: 'ap-southeast-3_bench',
  COGNITO_CLIENT_ID: 'bench',
  COGNITO_DOMAIN: 'https://bench.example',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

/** Milliseconds a fresh `node` takes to import a bundle: what a cold start pays for the code. */
function importTime(file: string): number {
  const times = Array.from({ length: runs }, () => {
    const script = `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: environment,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`importing ${file}: ${result.stderr}`);
    return Number(result.stdout.trim().split('\n').at(-1));
  });
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

/** Each Lambda bundle's size and cold import time, beside a minimal Hono Lambda built the same way. */
export function benchBundles(): BenchRow[] {
  const report = buildLambdaBundles();
  try {
    const minimal = report.bundles.find((bundle) => bundle.name === 'minimal');
    const minimalTime = minimal ? importTime(minimal.file) : Number.NaN;
    return report.bundles.flatMap((bundle) => {
      const time = bundle === minimal ? minimalTime : importTime(bundle.file);
      const name = `Lambda bundle: ${bundle.name}`;
      const api = bundle.name === 'api';
      return [
        {
          benchmark: name,
          figure: 'size (gzip)',
          value: `${(bundle.bytes / 1024).toFixed(0)} KB (${(bundle.gzipBytes / 1024).toFixed(0)} KB)`,
          goal: api ? '≤ 1 MB' : undefined,
        },
        { benchmark: name, figure: 'cold import (median of 5)', value: `${time.toFixed(0)} ms` },
        ...(bundle === minimal
          ? []
          : [
              {
                benchmark: name,
                figure: 'import time / minimal Hono',
                value: `${(time / minimalTime).toFixed(1)}×`,
                goal: api ? '≤ 2×' : undefined,
              },
            ]),
      ];
    });
  } finally {
    report.dispose();
  }
}
