import type { TBoardQuarter, TBoardRow } from '../model/agency-summary.js';
import { daysBetween, localDate } from '../reminders/local-day.js';

/** A signed-off quarter waiting on the region's Bappeda, and how many days it has waited. */
export type TAwaitingAcceptance = { row: TBoardRow; quarter: TBoardQuarter; daysWaiting: number };

/**
 * What waits on the Bappeda across the boards given (this year's and last): every quarter an
 * agency's head signed off and the Bappeda has neither accepted nor sent back, the oldest sign-off
 * first, its wait counted in the agency's calendar days.
 */
export function awaitingAcceptance(boards: readonly TBoardRow[], now: string): TAwaitingAcceptance[] {
  return boards
    .flatMap((row) =>
      row.quarters
        .filter((quarter) => quarter.state === 'signed_off')
        .map((quarter) => ({
          row,
          quarter,
          daysWaiting: quarter.signedOffAt
            ? daysBetween(localDate(quarter.signedOffAt, row.timeZone), localDate(now, row.timeZone))
            : 0,
        })),
    )
    .sort(
      (a, b) =>
        Date.parse(a.quarter.signedOffAt ?? a.quarter.dueAt) -
          Date.parse(b.quarter.signedOffAt ?? b.quarter.dueAt) || a.row.name.localeCompare(b.row.name, 'id'),
    );
}
