/**
 * `npm run bench`: speed and size figures against the real local parts, printed as one table.
 */
import { startBenchStack } from './local-stack.js';
import type { BenchRow } from './measure.js';

const stack = await startBenchStack();
// Imported once the stack has set the environment the app's configuration is read from.
const { startAppUnderTest } = await import('./app-under-test.js');
const { benchApiLatency } = await import('./api-latency.js');
const { benchWorkflowLatency } = await import('./workflow-latency.js');
const { benchReports } = await import('./reports.js');
const { benchReminders } = await import('./reminders.js');
const { benchBundles } = await import('./bundles.js');
const { benchWeb } = await import('./web.js');
const rows: BenchRow[] = [];
try {
  const app = await startAppUnderTest();
  rows.push(...(await benchApiLatency(app)));
  rows.push(...(await benchWeb(app.baseUrl)));
  rows.push(...(await benchWorkflowLatency(app)));
  rows.push(...(await benchReports()));
  rows.push(...(await benchReminders(app)));
  rows.push(...benchBundles());
  await app.stop();
} finally {
  await stack.stop();
}

const columns = ['benchmark', 'figure', 'value', 'goal'] as const;
const widths = columns.map((column) =>
  Math.max(column.length, ...rows.map((row) => (row[column] ?? '').length)),
);
const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
console.log(line([...columns]));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows) console.log(line(columns.map((column) => row[column] ?? '')));
