import { t } from '../i18n.js';
import { calendarMessages } from '../messages/calendar.js';
import { ruleMessages } from '../messages/rules.js';
import type { TQuarter } from '../model/quarter.js';
import { maxDueDays } from './due-date.js';
import { quarterDeadline, type TDeadlineCalendar } from './quarter-deadline.js';
import { addDays, isWorkingDay, quarterLastDay } from './working-days.js';

/**
 * Why a day cannot be a quarter's extended deadline, in the reader's language, or null: it must be
 * a working day (a report is handed in at an open office), later than the region's deadline (or
 * it extends nothing), and at most 90 days after the quarter ends.
 */
export function extensionProblem(
  dueDate: string,
  year: number,
  quarter: TQuarter,
  calendar: TDeadlineCalendar,
): string | null {
  const m = t(calendarMessages);
  const deadline = quarterDeadline(year, quarter, calendar);
  const latest = addDays(quarterLastDay(year, quarter), maxDueDays);
  if (dueDate <= deadline) return m.extensionNotLater(deadline);
  if (dueDate > latest) return t(ruleMessages).dueTooLate(maxDueDays, latest);
  if (!isWorkingDay(dueDate, new Set(calendar.holidays.map((holiday) => holiday.date))))
    return m.extensionNotWorkingDay;
  return null;
}
