import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as z from 'zod';
import type { BenchRow } from './measure.js';

export type BenchReportsOptions = {
  /** Also an agency with ten times the seed's activities. */ scaled: boolean;
};

const ZFilesSchema = z.object({ files: z.number(), ms: z.number(), cpuMs: z.number() });
const ZProbeSchema = z.object({
  coldMs: z.number(),
  warm: ZFilesSchema,
  warmWithoutE81: ZFilesSchema,
  rssMb: z.number(),
});

/** One fresh process making a year's files (bench/report-year-probe.ts). */
function probe(times: number) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'report-year-probe.ts'), '--scaled', String(times)],
    { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) throw new Error(`making the report files: ${result.stderr}`);
  return ZProbeSchema.parse(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? ''));
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Every file of the seed year, and of an agency with ten times its activities, each in a fresh
 * process: the first run as a cold outbox pays it (modules, fonts), the second's time and CPU
 * time (the steadier figure on a busy machine), without Tabel E.81 (the 53 files issue 16
 * measured) and with it, and the process's peak RSS (tsx included).
 */
export async function benchReports(options: BenchReportsOptions): Promise<BenchRow[]> {
  return [1, ...(options.scaled ? [10] : [])].flatMap((times) => {
    const result = probe(times);
    const seed = times === 1;
    const benchmark = `report files, ${seed ? 'seed year (2019)' : `${times}× the seed’s indicators`}`;
    const { warm, warmWithoutE81 } = result;
    return [
      {
        benchmark,
        figure: `${warmWithoutE81.files} files (all but Tabel E.81): time (CPU), warm`,
        value: `${s(warmWithoutE81.ms)} (${s(warmWithoutE81.cpuMs)})`,
        goal: seed ? '≤ 1 s' : undefined,
      },
      {
        benchmark,
        figure: `all ${warm.files} files: time (CPU), warm`,
        value: `${s(warm.ms)} (${s(warm.cpuMs)})`,
      },
      { benchmark, figure: 'all, first in a fresh process', value: s(result.coldMs) },
      {
        benchmark,
        figure: 'peak RSS of that process',
        value: `${result.rssMb.toFixed(0)} MB`,
        goal: seed ? '≤ 256 MB' : undefined,
      },
    ];
  });
}
