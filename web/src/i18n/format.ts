import {
  formatFileSize,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatTarget,
} from '../../../shared/calc/format';
import { utcOffsets } from '../../../shared/calendar/due-date';
import { formatInstant, zoneAbbreviations } from '../../../shared/calendar/format-date';
import type { TLocale } from '../../../shared/i18n';
import type { TTarget } from '../../../shared/model/indicator';
import type { TTimeZone } from '../../../shared/model/organisation';

/** Formatters bound to a language and the agency's time zone (never the browser's). */
export function formatters(lang: TLocale, timeZone: TTimeZone) {
  return {
    number: (x: number | null | undefined, maxDecimals = 2) => formatNumber(x, { locale: lang, maxDecimals }),
    percent: (x: number | null | undefined) => formatPercent(x, lang),
    /** A chart axis' ticks: "12.500", "37,5"; "50 %". */
    numberAxis: (x: number) => formatNumber(x, { locale: lang, maxDecimals: 2 }),
    percentAxis: (x: number) => formatPercent(x, lang, { maxDecimals: 1 }),
    rupiah: (x: number | null | undefined) => formatRupiah(x, lang),
    target: (target: TTarget) => formatTarget(target, lang),
    /** "193 B", "4,7 KB" */
    fileSize: (bytes: number) => formatFileSize(bytes, lang),
    /** "10 Apr 2026 23.59 WITA" */
    dateTime: (iso: string) =>
      `${formatInstant(iso, 'shortDateTime', timeZone, lang)} ${zoneAbbreviations[timeZone]}`,
    /** "Jumat, 10 Jan 23.59 WITA": a deadline counted down beside it. */
    deadline: (iso: string) =>
      `${formatInstant(iso, 'weekdayDay', timeZone, lang)} ${formatInstant(iso, 'time', timeZone, lang)} ${zoneAbbreviations[timeZone]}`,
    /** "10 April 2026" */
    date: (iso: string) => formatInstant(iso, 'longDate', timeZone, lang),
    /** A local calendar day ("2026-04-08") as "Rabu, 8 April 2026". */
    day: (date: string) =>
      formatInstant(`${date}T12:00:00${utcOffsets[timeZone]}`, 'weekdayDate', timeZone, lang),
  };
}

export type TFormatters = ReturnType<typeof formatters>;
