import type { TQuarter } from '../model/quarter.js';

type TReminderKind = 'reminder' | 'overdue';

export type ReminderKeyOptions = {
  agencyId: string;
  year: number;
  quarter: TQuarter;
  unitId: string;
  kind: TReminderKind;
  /** Local days before the due date (reminder) or after it (overdue day, from 1). */
  days: number;
  /** The due date's local calendar day, "YYYY-MM-DD". */
  dueDate: string;
  recipientId: string;
};

/**
 * The one key a notice is sent under, for the sent-marker's conditional put:
 * `dinsos-hss#2026#Q1#pemberdayaan-sosial#reminder#D-7#due-2026-04-10#kabid-pemberdayaan`
 * (overdue: `…#overdue#D+4#…`). Ids are slugs, so `#` cannot occur inside a field. The due date is
 * part of it so that a moved deadline starts its reminders afresh, while a rerun on the same day
 * (or a concurrent sweep) builds the same key and sends nothing.
 */
export function reminderKey(options: ReminderKeyOptions): string {
  const { agencyId, year, quarter, unitId, kind, days, dueDate, recipientId } = options;
  const step = kind === 'reminder' ? `D-${days}` : `D+${days}`;
  return [agencyId, year, `Q${quarter}`, unitId, kind, step, `due-${dueDate}`, recipientId].join('#');
}
