/**
 * `npm run bench`: speed and size figures against the real local parts, printed as one table.
 * Later work adds its benchmarks to the list below.
 */
import { benchApiLatency } from './api-latency.js';
import { startBenchStack } from './local-stack.js';
import type { BenchRow } from './measure.js';

const stack = await startBenchStack();
const rows: BenchRow[] = [];
try {
  rows.push(...(await benchApiLatency()));
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
