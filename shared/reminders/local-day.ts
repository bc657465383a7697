import { utcOffsets } from '../calendar/due-date.js';
import type { TAgency } from '../model/organisation.js';

type TTimeZone = TAgency['timeZone'];

const dayMs = 24 * 60 * 60 * 1000;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Minutes east of UTC: Indonesia's zones keep one offset all year, so the table is exact. */
function offsetMinutes(timeZone: TTimeZone): number {
  const [, sign, hours, minutes] = /^([+-])(\d{2}):(\d{2})$/.exec(utcOffsets[timeZone]) ?? [];
  const total = Number(hours) * 60 + Number(minutes);
  return sign === '-' ? -total : total;
}

/** The instant as a wall-clock Date whose UTC fields read the agency's local time. */
function wallClock(instant: string, timeZone: TTimeZone): Date {
  // Without an offset Date.parse would read the server's zone; '10 April' it reads as 2001.
  const ms = isoInstant.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant with an offset: ${instant}`);
  return new Date(ms + offsetMinutes(timeZone) * 60_000);
}

/** The agency's calendar day of an instant, "YYYY-MM-DD": 2026-04-10T15:30Z is the 10th in WIB, WITA and WIT. */
export const localDate = (instant: string, timeZone: TTimeZone): string =>
  wallClock(instant, timeZone).toISOString().slice(0, 10);

/** The agency's local hour (0–23) of an instant. */
export const localHour = (instant: string, timeZone: TTimeZone): number =>
  wallClock(instant, timeZone).getUTCHours();

/** Whole calendar days from one "YYYY-MM-DD" to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);

/**
 * Local calendar days from `now` to the due date: 0 on the due day whatever the hour, 1 the day
 * before, −1 the day after. Counting days rather than 24-hour spans keeps "3 days left" true for
 * the whole of the local day, wherever the server clock is.
 */
export const daysLeft = (now: string, dueAt: string, timeZone: TTimeZone): number =>
  daysBetween(localDate(now, timeZone), localDate(dueAt, timeZone));
