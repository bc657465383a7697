import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as z from 'zod';
import { lambdaBundles } from '../infra/lambda-entries.js';
import { formatNumber } from '../shared/calc/format.js';
import { lambdaNodeFlags } from './lambda-node.js';
import type { BenchRow } from './measure.js';

const ZProbeSchema = z.object({
  agencies: z.number(),
  files: z.array(
    z.object({ file: z.string(), ms: z.number(), cpuMs: z.number(), kb: z.number(), peakMb: z.number() }),
  ),
  rssMb: z.number(),
});

const s = (ms: number) => `${formatNumber(ms / 1000, { decimals: 1 })} s`;

/**
 * The region's compilation of a quarter for 40 agencies (bench/region-files-probe.ts), in a fresh
 * process as an outbox that has sent only emails makes it, with the flags Lambda's runtime gives the
 * outbox's memory size: each file's time and CPU time, its size, the process's peak RSS after it
 * (which file raises it), against the outbox's memory.
 */
export function benchRegionFiles(agencies = 40): BenchRow[] {
  const memory = lambdaBundles.outbox.memorySize;
  const result = spawnSync(
    process.execPath,
    [
      ...lambdaNodeFlags(memory),
      '--import',
      'tsx',
      join(import.meta.dirname, 'region-files-probe.ts'),
      '--agencies',
      String(agencies),
    ],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`compiling the region's files: ${result.stderr}`);
  const probe = ZProbeSchema.parse(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? ''));
  const benchmark = `the region's files of a quarter, ${probe.agencies} agencies (TW2 2019 each)`;
  return [
    ...probe.files.map((file) => ({
      benchmark,
      figure: `${file.file}: time (CPU), size, peak RSS so far`,
      value: `${s(file.ms)} (${s(file.cpuMs)}), ${formatNumber(file.kb / 1024, { decimals: 1 })} MB, ${formatNumber(file.peakMb, { decimals: 0 })} MB`,
    })),
    {
      benchmark,
      figure: "peak RSS of the process (tsx included), against the outbox's memory",
      value: `${formatNumber(probe.rssMb, { decimals: 0 })} MB of ${formatNumber(memory)} MB`,
      goal: `well under ${memory} MB`,
    },
  ];
}
