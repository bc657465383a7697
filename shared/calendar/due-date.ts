import { t } from '../i18n.js';
import { ruleMessages } from '../messages/rules.js';
import type { TAgency } from '../model/organisation.js';
import type { TQuarter } from '../model/quarter.js';

/** Indonesia's zones keep one offset all year (no daylight saving), so a table is exact. */
export const utcOffsets: Record<TAgency['timeZone'], string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Pontianak': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/** Days after a quarter's end that its parts are due by default (regional practice: 10–15). */
export const defaultDueDays = 10;

/** The default due moment of a quarter: the 10th day after it ends, 23:59 in the agency's zone. */
export function defaultDueAt(year: number, quarter: TQuarter, timeZone: TAgency['timeZone']): string {
  // Day 0 of the month after the quarter is the quarter's last day; add the due days to it.
  const due = new Date(Date.UTC(year, quarter * 3, defaultDueDays));
  const date = due.toISOString().slice(0, 10);
  return `${date}T23:59:00${utcOffsets[timeZone]}`;
}

/** The moment a quarter ends: midnight starting the next quarter's first day, in the agency's zone. */
export function quarterEndsAt(year: number, quarter: TQuarter, timeZone: TAgency['timeZone']): string {
  const next = new Date(Date.UTC(year, quarter * 3, 1)).toISOString().slice(0, 10);
  return `${next}T00:00:00${utcOffsets[timeZone]}`;
}

/** The latest a quarter's parts may be due, in days after it ends. */
export const maxDueDays = 90;

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Why a moment cannot be a quarter's due date, in the reader's language; null when it can: not
 * before the quarter ends (1970-01-01 would make every part overdue at once), at most 90 days after.
 */
export function dueDateProblem(
  dueAt: string,
  year: number,
  quarter: TQuarter,
  timeZone: TAgency['timeZone'],
): string | null {
  const ends = quarterEndsAt(year, quarter, timeZone);
  const lastDay = new Date(Date.parse(ends) + maxDueDays * dayMs - 1).toISOString().slice(0, 10);
  if (Date.parse(dueAt) < Date.parse(ends))
    return t(ruleMessages).dueBeforeQuarterEnds(quarter, ends.slice(0, 10));
  if (Date.parse(dueAt) > Date.parse(ends) + maxDueDays * dayMs)
    return t(ruleMessages).dueTooLate(maxDueDays, lastDay);
  return null;
}

/** Whether a moment (ISO) falls after a due moment (ISO), comparing instants not strings. */
export const isAfter = (moment: string, due: string): boolean => Date.parse(moment) > Date.parse(due);

/** The calendar year in the agency's zone (a Makassar new year starts at 16:00 UTC). */
export function localYear(now: Date, timeZone: TAgency['timeZone']): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(now));
}
