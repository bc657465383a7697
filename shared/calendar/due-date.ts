import type { TAgency } from '../model/organisation.js';

/** Indonesia's zones keep one offset all year (no daylight saving), so a table is exact. */
export const utcOffsets: Record<TAgency['timeZone'], string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Pontianak': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/** The latest a quarter's parts may be due, in days after it ends. */
export const maxDueDays = 90;

/** Whether a moment (ISO) falls after a due moment (ISO), comparing instants not strings. */
export const isAfter = (moment: string, due: string): boolean => Date.parse(moment) > Date.parse(due);

/** The calendar year in the agency's zone (a Makassar new year starts at 16:00 UTC). */
export function localYear(now: Date, timeZone: TAgency['timeZone']): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(now));
}
