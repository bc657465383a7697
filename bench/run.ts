/**
 * `npm run bench`: speed and size figures against the real local parts, printed as one table.
 * `npm run bench -- --quick` (CI, after the tests): the Lambda bundles, the seed year's report
 * files, the workbook function's reads and writes and the reminder sweep's fan-out over a small simulated country
 * (DynamoDB Local, a few seconds), so the bench cannot rot unnoticed. `npm run bench -- --only
 * region`: the region's steps alone (its dashboard, the roll-up's writes, the sweep over Indonesia,
 * the compilation of its files).
 * `npm run bench -- --only api`: the API's reads and transitions against their floors alone
 * (`--requests N` of each read, 1,000 by default; `--cpu-prof` writes the API server's CPU profile
 * into bench-profiles/ when it stops).
 * `npm run bench -- --only bundles`: the Lambda bundles alone, 11 rounds of fresh processes (each
 * started behind Lambda's runtime client, and imported bare).
 * `npm run bench -- --only workbook`: the workbook function's reads and writes alone, 3 processes each.
 * `npm run bench -- --only reports`: the report files alone (with `--quick`: the seed year's, once;
 * `--cpu-prof` writes each outbox process's CPU profile into bench-profiles/).
 */

import type { TAppUnderTest } from './app-under-test.js';
import { benchBundles } from './bundles.js';
import type { BenchRow } from './measure.js';
import { benchWorkbook } from './workbook.js';

const quick = process.argv.includes('--quick');
const only = process.argv[process.argv.indexOf('--only') + 1];
const onlyRegion = process.argv.includes('--only') && only === 'region';
const onlyApi = process.argv.includes('--only') && only === 'api';
const requests = process.argv.includes('--requests')
  ? Number(process.argv[process.argv.indexOf('--requests') + 1])
  : undefined;
const cpuProfileDir = process.argv.includes('--cpu-prof') ? 'bench-profiles' : undefined;
const onlyBundles = process.argv.includes('--only') && only === 'bundles';
const onlyReports = process.argv.includes('--only') && only === 'reports';
const onlyWorkbook = process.argv.includes('--only') && only === 'workbook';
const rows: BenchRow[] = onlyBundles
  ? benchBundles(11)
  : onlyWorkbook
    ? await benchWorkbook(3)
    : onlyReports
      ? await reportsBench()
      : quick
        ? await quickBench()
        : await fullBench();

/** The report files alone: the seed year's and the largest agreement's, 3 processes each. */
async function reportsBench(): Promise<BenchRow[]> {
  const { startBenchStack } = await import('./local-stack.js');
  const stack = await startBenchStack();
  try {
    const { benchReports } = await import('./reports.js');
    return await benchReports({ scaled: !quick, runs: quick ? 1 : 3, cpuProfileDir });
  } finally {
    await stack.stop();
  }
}

async function quickBench(): Promise<BenchRow[]> {
  const bundles = benchBundles(3);
  const { startBenchStack } = await import('./local-stack.js');
  const stack = await startBenchStack();
  try {
    // Imported once the stack has set the environment the functions' configuration is read from.
    const { benchReports } = await import('./reports.js');
    return [
      ...bundles,
      ...(await benchReports({ scaled: false, runs: 1 })),
      ...(await benchWorkbook(3)),
      ...(await quickNational()),
    ];
  } finally {
    await stack.stop();
  }
}

/** The sweep's fan-out over 5 regions × 8 agencies: the same code as over Indonesia, in seconds. */
async function quickNational(): Promise<BenchRow[]> {
  const { createTableIfMissing } = await import('../functions/db/table.js');
  const { benchNationalSweep } = await import('./national.js');
  await createTableIfMissing();
  return await benchNationalSweep({ regions: 5, agenciesPerRegion: 8 });
}

/**
 * The region's figures: its dashboard at 40 agencies, the roll-up's writes, the sweep over
 * Indonesia, the compilation of its files for 40 agencies.
 */
async function regionBench(app: TAppUnderTest): Promise<BenchRow[]> {
  const { benchRegionBoard } = await import('./region-board.js');
  const { benchRegionFiles } = await import('./region-files.js');
  const { benchRollUp } = await import('./roll-up.js');
  const { benchNationalSweep, indonesia } = await import('./national.js');
  const { openYear } = await import('../functions/local/seed-demo.js');
  return [
    ...(await benchRegionBoard(app)),
    ...(await benchRollUp(app, openYear())),
    ...(await benchNationalSweep(indonesia)),
    ...benchRegionFiles(),
  ];
}

async function fullBench(): Promise<BenchRow[]> {
  const { startBenchStack } = await import('./local-stack.js');
  const stack = await startBenchStack();
  // Imported once the stack has set the environment the app's configuration is read from.
  const { startAppUnderTest } = await import('./app-under-test.js');
  const { benchApiLatency } = await import('./api-latency.js');
  const { benchWorkflowLatency } = await import('./workflow-latency.js');
  const { benchReminders } = await import('./reminders.js');
  const { benchReports } = await import('./reports.js');
  const { benchWeb } = await import('./web.js');
  const rows: BenchRow[] = [];
  try {
    const app = await startAppUnderTest({ dynamodbPid: stack.dynamodbPid, cpuProfileDir });
    if (onlyRegion || onlyApi) {
      if (onlyRegion) rows.push(...(await regionBench(app)));
      else rows.push(...(await benchApiLatency(app, requests)), ...(await benchWorkflowLatency(app)));
      await app.stop();
      return rows;
    }
    rows.push(...(await benchApiLatency(app, requests)));
    // Before the other steps add open quarters of their own to the sweep's index.
    rows.push(...(await regionBench(app)));
    rows.push(...(await benchWeb(app.baseUrl)));
    rows.push(...(await benchWorkflowLatency(app)));
    rows.push(...(await benchReports({ scaled: true, runs: 3 })));
    rows.push(...(await benchWorkbook(3)));
    rows.push(...(await benchReminders(app)));
    rows.push(...benchBundles(7));
    await app.stop();
  } finally {
    await stack.stop();
  }
  return rows;
}

const columns = ['benchmark', 'figure', 'value', 'goal'] as const;
const widths = columns.map((column) =>
  Math.max(column.length, ...rows.map((row) => (row[column] ?? '').length)),
);
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(line([...columns]));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => row[column] ?? '')));
