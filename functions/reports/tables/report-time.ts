import type { TLocale } from '../../../shared/calc/format.js';
import type { TQuarter } from '../../../shared/model/quarter.js';

const intlLocale: Record<TLocale, string> = { id: 'id-ID', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

/** Date formats are costly to create: one per locale, zone and style. */
function dateFormat(
  locale: TLocale,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, timeZone });
    formats.set(key, format);
  }
  return format;
}

/** Indonesia's zone abbreviations, which readers expect instead of "GMT+8". */
const zoneNames: Record<string, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** A date as letters and signatures write it: "2 Januari 2026" (en "2 January 2026"). */
export function formatLongDate(at: Date, timeZone: string, locale: TLocale): string {
  return dateFormat(locale, timeZone, { day: 'numeric', month: 'long', year: 'numeric' }).format(at);
}

/** "Januari 2020": the month a year-end report is dated with. */
export function formatMonthYear(at: Date, timeZone: string, locale: TLocale): string {
  return dateFormat(locale, timeZone, { month: 'long', year: 'numeric' }).format(at);
}

/** A generation time in the agency's zone: "14 Januari 2020 10.30 WITA". */
export function formatGeneratedAt(at: Date, timeZone: string, locale: TLocale): string {
  const time = dateFormat(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    at,
  );
  const zone = zoneNames[timeZone] ?? timeZone;
  return `${formatLongDate(at, timeZone, locale)} ${time} ${zone}`;
}

const romans = ['I', 'II', 'III', 'IV'] as const;

/** A quarter as the reports name it: "Triwulan II" (en "Quarter 2"). */
export const quarterName = (quarter: TQuarter, locale: TLocale): string =>
  locale === 'id' ? `Triwulan ${romans[quarter - 1]}` : `Quarter ${quarter}`;

/** A column heading for a quarter: "TW2" (en "Q2"). */
export const quarterShort = (quarter: TQuarter, locale: TLocale): string =>
  locale === 'id' ? `TW${quarter}` : `Q${quarter}`;
