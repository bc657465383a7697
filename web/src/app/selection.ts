import type { TTimeZone } from '../../../shared/model/organisation';
import type { TQuarter } from '../../../shared/model/quarter';
import { localDate } from '../../../shared/reminders/local-day';

/**
 * The period being reported: the last quarter that has ended in the agency's zone. In January
 * that is last year's TW4, which is due then, not the new year's TW1, which has not begun.
 */
export function currentPeriod(timeZone: TTimeZone, now = new Date().toISOString()) {
  const year = currentYear(timeZone, now);
  const month = Number(localDate(now, timeZone).slice(5, 7));
  const ended = Math.floor((month - 1) / 3);
  const quarter: TQuarter = isQuarter(ended) ? ended : 4;
  return { year: isQuarter(ended) ? year : year - 1, quarter };
}

/** The agency's calendar year now. */
export const currentYear = (timeZone: TTimeZone, now = new Date().toISOString()): number =>
  Number(localDate(now, timeZone).slice(0, 4));

/** Years the selector offers: from the demo data's first year to the current one. */
export function selectableYears(currentYear: number, firstYear = 2019): number[] {
  const years: number[] = [];
  for (let y = currentYear; y >= firstYear; y--) years.push(y);
  return years;
}

export const isQuarter = (n: number): n is TQuarter => n === 1 || n === 2 || n === 3 || n === 4;

/** Reads "?year=2026&quarter=1", falling back to the current period. */
export function periodFrom(query: URLSearchParams, fallback: { year: number; quarter: TQuarter }) {
  const year = Number(query.get('year'));
  const quarter = Number(query.get('quarter'));
  return {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : fallback.year,
    quarter: isQuarter(quarter) ? quarter : fallback.quarter,
  };
}
