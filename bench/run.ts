/**
 * `npm run bench`: speed and size figures against the real local parts, printed as one table.
 * `npm run bench -- --quick` (CI, after the tests): the Lambda bundles and the seed year's report
 * files and the seed's agreement import only, no servers, in a few seconds of CPU, so the bench cannot rot unnoticed.
 */
import { benchBundles } from './bundles.js';
import type { BenchRow } from './measure.js';
import { benchReports } from './reports.js';
import { benchWorkbook } from './workbook.js';

const quick = process.argv.includes('--quick');
const rows: BenchRow[] = quick ? await quickBench() : await fullBench();

async function quickBench(): Promise<BenchRow[]> {
  return [...benchBundles(3), ...(await benchReports({ scaled: false })), ...benchWorkbook()];
}

async function fullBench(): Promise<BenchRow[]> {
  const { startBenchStack } = await import('./local-stack.js');
  const stack = await startBenchStack();
  // Imported once the stack has set the environment the app's configuration is read from.
  const { startAppUnderTest } = await import('./app-under-test.js');
  const { benchApiLatency } = await import('./api-latency.js');
  const { benchWorkflowLatency } = await import('./workflow-latency.js');
  const { benchReminders } = await import('./reminders.js');
  const { benchWeb } = await import('./web.js');
  const { benchRegionBoard } = await import('./region-board.js');
  const rows: BenchRow[] = [];
  try {
    const app = await startAppUnderTest();
    rows.push(...(await benchApiLatency(app)));
    rows.push(...(await benchRegionBoard(app)));
    rows.push(...(await benchWeb(app.baseUrl)));
    rows.push(...(await benchWorkflowLatency(app)));
    rows.push(...(await benchReports({ scaled: true })));
    rows.push(...benchWorkbook());
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
