import type { TAgency, TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';

export type TEmailLocale = TUser['locale'];
export type TTimeZone = TAgency['timeZone'];

/** Fixed, because ICU's short names differ between Node builds and locales ("GMT+8", "WITA"). */
export const timeZoneAbbreviations: Record<TTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

// en-GB keeps the Indonesian order "Friday, 10 April 2026" and a 24-hour clock.
const intlLocales: Record<TEmailLocale, string> = { id: 'id-ID', en: 'en-GB' };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: TEmailLocale, timeZone: TTimeZone, part: 'date' | 'time'): Intl.DateTimeFormat {
  const key = `${locale}:${timeZone}:${part}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      part === 'date'
        ? { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
    found = new Intl.DateTimeFormat(intlLocales[locale], options);
    formatters.set(key, found);
  }
  return found;
}

/** The local day of an instant: "Jumat, 10 April 2026" / "Friday, 10 April 2026". */
export const formatDate = (instant: string, timeZone: TTimeZone, locale: TEmailLocale): string =>
  formatter(locale, timeZone, 'date').format(new Date(instant));

/** The local moment with its zone: "Jumat, 10 April 2026 pukul 23.59 WITA" / "… at 23:59 WITA". */
export function formatDateTime(instant: string, timeZone: TTimeZone, locale: TEmailLocale): string {
  const time = formatter(locale, timeZone, 'time').format(new Date(instant));
  const at = locale === 'id' ? 'pukul' : 'at';
  return `${formatDate(instant, timeZone, locale)} ${at} ${time} ${timeZoneAbbreviations[timeZone]}`;
}

const roman = ['I', 'II', 'III', 'IV'] as const;

/** "Triwulan I 2026", as the reports write it; "Quarter I 2026" in English. */
export const quarterLabel = (year: number, quarter: TQuarter, locale: TEmailLocale): string =>
  `${locale === 'id' ? 'Triwulan' : 'Quarter'} ${roman[quarter - 1]} ${year}`;

/** "hari ini", "besok", "3 hari lagi" / "today", "tomorrow", "in 3 days". */
export function daysLeftText(days: number, locale: TEmailLocale): string {
  if (locale === 'id') return days === 0 ? 'hari ini' : days === 1 ? 'besok' : `${days} hari lagi`;
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/** "terlambat 4 hari" / "4 days overdue". */
export const daysOverdueText = (days: number, locale: TEmailLocale): string =>
  locale === 'id' ? `terlambat ${days} hari` : `${days} day${days === 1 ? '' : 's'} overdue`;

/** The PK's name: "Perjanjian Kinerja 2026" or "Perjanjian Kinerja Perubahan 2026 (versi 2)". */
export function agreementLabel(year: number, version: number, locale: TEmailLocale): string {
  const name = locale === 'id' ? 'Perjanjian Kinerja' : 'Performance Agreement';
  if (version === 1) return `${name} ${year}`;
  return locale === 'id'
    ? `${name} Perubahan ${year} (versi ${version})`
    : `Revised ${name} ${year} (version ${version})`;
}
