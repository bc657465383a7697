import { intlLocale, type TLocale } from '../i18n.js';
import type { TTimeZone } from '../model/organisation.js';

/**
 * The abbreviation Indonesians write after a time: WIB, WITA, WIT. Fixed here, because ICU's
 * short names differ between Node builds, browsers and locales ("GMT+8", "WITA").
 */
export const zoneAbbreviations: Record<TTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** How much of an instant is written; the examples in Indonesian. */
const styles = {
  /** "10 April 2026": a date beside a signature. */
  longDate: { day: 'numeric', month: 'long', year: 'numeric' },
  /** "10 Jan": a day near enough to need no year. */
  dayMonth: { day: 'numeric', month: 'short' },
  /** "Januari 2020": the month a year-end report is dated with. */
  monthYear: { month: 'long', year: 'numeric' },
  /** "10 Apr 2026, 23.59": a moment in a table. */
  shortDateTime: {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  /** "23.59" (en "23:59"). */
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  /** "23.59.07": a moment on the record, where steps a few seconds apart must keep their order. */
  timeWithSeconds: { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' },
  /** "Jumat" */
  weekday: { weekday: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * The weekday before a date, written "Jumat, 10 April 2026" / "Friday, 10 April 2026" in both
 * languages: ICU's own en-GB patterns drop the comma where the year is left out ("Friday 10 Jan").
 */
const withWeekday = {
  /** "Jumat, 10 April 2026": a due day in a letter. */
  weekdayDate: 'longDate',
  /** "Jumat, 10 Jan": a deadline near enough to need no year. */
  weekdayDay: 'dayMonth',
} satisfies Record<string, keyof typeof styles>;

export type TDateStyle = keyof typeof styles | keyof typeof withWeekday;

// Creating an Intl.DateTimeFormat costs far more than using one: one per style, zone and language.
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(style: keyof typeof styles, timeZone: TTimeZone, locale: TLocale): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}|${locale}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { ...styles[style], timeZone });
    formats.set(key, format);
  }
  return format;
}

/** An instant as people of the agency read it: in its time zone (never the machine's), in `locale`. */
export function formatInstant(
  instant: string | Date,
  style: TDateStyle,
  timeZone: TTimeZone,
  locale: TLocale,
): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (style === 'weekdayDate' || style === 'weekdayDay') {
    const weekday = formatOf('weekday', timeZone, locale).format(date);
    return `${weekday}, ${formatOf(withWeekday[style], timeZone, locale).format(date)}`;
  }
  return formatOf(style, timeZone, locale).format(date);
}
