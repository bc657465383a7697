import type { TDashboard } from '../../../../shared/workflow/dashboard';
import type { TChartRow } from '../../components/achievement-chart';

/** Where a part stands against its due date. */
export type TDeadline =
  | { kind: 'left'; days: number }
  | { kind: 'overdue'; days: number }
  | { kind: 'on-time' }
  | { kind: 'late' };

/** The dashboard API's standing of a unit, as the deadline column shows it. */
export function deadlineOf(standing: { daysLeft: number | null; onTime: boolean | null }): TDeadline | null {
  if (standing.daysLeft !== null)
    return standing.daysLeft >= 0
      ? { kind: 'left', days: standing.daysLeft }
      : { kind: 'overdue', days: -standing.daysLeft };
  if (standing.onTime === null) return null;
  return standing.onTime ? { kind: 'on-time' } : { kind: 'late' };
}

/** A share in % (completeness, timeliness); null when there is nothing to count. */
export const share = (part: number, whole: number): number | null =>
  whole > 0 ? (part / whole) * 100 : null;

/** The chart's bars: each labelled with the indicator's own code ("IKU-1", "1.4.b"), not its owner's. */
export const chartRows = (achievements: readonly TDashboard['achievements'][number][]): TChartRow[] =>
  achievements.map((row) => ({
    id: row.indicatorId,
    code: row.indicatorCode,
    name: row.name,
    quarter: row.quarter,
    toDate: row.toDate,
    annualOnly: row.annualOnly,
  }));
