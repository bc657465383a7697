/** Runs of consecutive rows that share an owner (an activity with several indicators). */
function ownerRuns<T>(rows: readonly T[], key: (row: T) => string): { start: number; length: number }[] {
  const runs: { start: number; length: number }[] = [];
  rows.forEach((row, i) => {
    const last = runs.at(-1);
    if (last && i > 0 && key(rows[i - 1] as T) === key(row)) last.length += 1;
    else runs.push({ start: i, length: 1 });
  });
  return runs;
}

/** For each row, the length of the run it starts (0 for a row inside a run). */
export function runStarts<T>(rows: readonly T[], key: (row: T) => string): number[] {
  const starts = rows.map(() => 0);
  for (const { start, length } of ownerRuns(rows, key)) starts[start] = length;
  return starts;
}
