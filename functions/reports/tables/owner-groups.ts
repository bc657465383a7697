import type { TIndicatorLevel } from '../../../shared/model/agreement-indicators.js';
import type { TCell } from './report-table.js';

/** A table row under its owner: the objective, program or activity its indicator belongs to. */
type TOwnedRow = { level: TIndicatorLevel; code: string };

/** Runs of consecutive rows that share an owner (an activity with several indicators). */
function ownerRuns(rows: readonly TOwnedRow[]): { start: number; length: number }[] {
  const key = (row: TOwnedRow) => `${row.level}:${row.code}`;
  const runs: { start: number; length: number }[] = [];
  rows.forEach((row, i) => {
    const last = runs.at(-1);
    if (last && i > 0 && key(rows[i - 1] as TOwnedRow) === key(row)) last.length += 1;
    else runs.push({ start: i, length: 1 });
  });
  return runs;
}

/** For each row, the length of the run it starts (0 for a row inside a run). */
export function runStarts(rows: readonly TOwnedRow[]): number[] {
  const starts = rows.map(() => 0);
  for (const { start, length } of ownerRuns(rows)) starts[start] = length;
  return starts;
}

/**
 * The owner's number and name, spanning the `span` rows of its run, bold unless an activity; none
 * inside a run. Objectives carry no number, as in the seed's tables: programs are numbered 1, 2, …
 */
export function ownerCells(row: TOwnedRow & { ownerName: string }, span: number): (TCell | null)[] {
  if (span === 0) return [null, null];
  const bold = row.level !== 'activity';
  return [
    { value: row.level === 'objective' ? '' : row.code, bold, align: 'center', rowSpan: span },
    { value: row.ownerName, bold, rowSpan: span },
  ];
}
