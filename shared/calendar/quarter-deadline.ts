import { defaultDeadlineRule, type TDeadlineRule, type THoliday } from '../model/calendar.js';
import type { TTimeZone } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';
import { utcOffsets } from './due-date.js';
import { nationalHolidaysOf } from './national-holidays.js';
import { addWorkingDays, quarterLastDay } from './working-days.js';

/**
 * What a region's deadlines are counted with: its rule, and its days off of the quarter's year and
 * the next (the fourth quarter's count runs into January).
 */
export type TDeadlineCalendar = { rule: TDeadlineRule; holidays: readonly Pick<THoliday, 'date'>[] };

/** The local day a quarter's report is due by the region's rule: the n-th working day after it ends. */
export function quarterDeadline(year: number, quarter: TQuarter, calendar: TDeadlineCalendar): string {
  const daysOff = new Set(calendar.holidays.map((holiday) => holiday.date));
  return addWorkingDays(quarterLastDay(year, quarter), calendar.rule.workingDays, daysOff);
}

/** The end of a local day in the agency's zone, the moment a report is due: 23:59. */
export const endOfDay = (date: string, timeZone: TTimeZone): string =>
  `${date}T23:59:00${utcOffsets[timeZone]}`;

/** The moment a quarter's parts are due: the end of its deadline day, or of an extension's. */
export const quarterDueAt = (
  year: number,
  quarter: TQuarter,
  timeZone: TTimeZone,
  calendar: TDeadlineCalendar,
  extension?: { dueDate: string },
): string => endOfDay(extension?.dueDate ?? quarterDeadline(year, quarter, calendar), timeZone);

/** The calendar of a region that has changed nothing: five working days, the national days off. */
export const nationalCalendar = (year: number): TDeadlineCalendar => ({
  rule: defaultDeadlineRule,
  holidays: [...nationalHolidaysOf(year).holidays, ...nationalHolidaysOf(year + 1).holidays],
});
