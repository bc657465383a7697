import type { TBoardRow, TBoardSummary, TQuarterSummary } from '../model/agency-summary.js';

const overdue = (quarter: TQuarterSummary, now: string): boolean =>
  quarter.state === 'open' &&
  quarter.submitted < quarter.parts &&
  Date.parse(now) > Date.parse(quarter.dueAt);

/**
 * The region's agencies for its dashboard, late ones first, then those at risk, then by name.
 * Lateness depends on the moment, so it is judged here at read time, not stored in the summary.
 */
export function regionBoard(summaries: readonly TBoardSummary[], now: string): TBoardRow[] {
  const rows = summaries.map((summary): TBoardRow => {
    const quarters = summary.quarters.map((quarter) => ({ ...quarter, overdue: overdue(quarter, now) }));
    const latest = quarters.filter((quarter) => quarter.submitted > 0).at(-1);
    return {
      ...summary,
      quarters,
      late: quarters.some((quarter) => quarter.overdue || quarter.late > 0),
      atRisk: (latest?.atRisk ?? 0) > 0,
    };
  });
  const rank = (row: TBoardRow) => (row.late ? 0 : row.atRisk ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'id'));
}
