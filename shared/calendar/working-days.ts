/**
 * Working days as the regulation counts them: Monday to Friday, except the national holidays and
 * the cuti bersama of the region's calendar. Dates are local calendar days, "YYYY-MM-DD", so
 * nothing here depends on a time zone; the arithmetic runs on UTC midnights.
 */

const dayMs = 86_400_000;

const toMs = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day after (or `days` after, or before when negative) a calendar day. */
export const addDays = (date: string, days: number): string => fromMs(toMs(date) + days * dayMs);

/** Saturday or Sunday. */
export const isWeekend = (date: string): boolean => {
  const weekday = new Date(toMs(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
};

/** Neither a weekend nor one of `holidays` (the national holidays and cuti bersama, as dates). */
export const isWorkingDay = (date: string, holidays: ReadonlySet<string>): boolean =>
  !isWeekend(date) && !holidays.has(date);

/**
 * The `count`-th working day after `date` (not counting `date` itself): "within 5 working days
 * after the quarter ends" is the 5th working day after its last day. Past a quarter's end the
 * count crosses into the next year, so `holidays` must hold that year's too.
 */
export function addWorkingDays(date: string, count: number, holidays: ReadonlySet<string>): string {
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`count must be a whole number ≥ 1: ${count}`);
  let day = date;
  for (let found = 0; found < count; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, holidays)) found++;
  }
  return day;
}

/** The last day of a quarter, "YYYY-MM-DD": 31 March, 30 June, 30 September, 31 December. */
export const quarterLastDay = (year: number, quarter: 1 | 2 | 3 | 4): string =>
  fromMs(Date.UTC(year, quarter * 3, 0));
