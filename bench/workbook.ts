import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as z from 'zod';
import type { BenchRow } from './measure.js';

const ZProbeSchema = z.object({
  bytes: z.number(),
  rows: z.number(),
  coldMs: z.number(),
  warmMs: z.number(),
  warmCpuMs: z.number(),
  rssMb: z.number(),
});

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * The seed's agreement imported from its XLSX template (bench/workbook-probe.ts, a fresh
 * process): read by the workbook function's parse and checked by the agreement's rules, first
 * cold (exceljs loaded), then warm; the process's peak RSS beside the function's memory size.
 */
export function benchWorkbook(): BenchRow[] {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'workbook-probe.ts')],
    {
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error(`reading the seed's agreement: ${result.stderr}`);
  const probe = ZProbeSchema.parse(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? ''));
  const benchmark = `agreement import, seed 2019 (${(probe.bytes / 1024).toFixed(0)} KB, ${probe.rows} rows)`;
  return [
    {
      benchmark,
      figure: 'read and checked: time (CPU), warm',
      value: `${s(probe.warmMs)} (${s(probe.warmCpuMs)})`,
    },
    { benchmark, figure: 'the same, first in a fresh process', value: s(probe.coldMs), goal: '< 1 s' },
    { benchmark, figure: 'peak RSS of that process', value: `${probe.rssMb.toFixed(0)} MB` },
  ];
}
