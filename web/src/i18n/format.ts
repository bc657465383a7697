import { formatNumber, formatPercent, formatRupiah, formatTarget } from '../../../shared/calc/format';
import type { TTarget } from '../../../shared/model/indicator';
import type { TAgency } from '../../../shared/model/organisation';
import type { TLanguage } from './language';

export type TTimeZone = TAgency['timeZone'];

/** The abbreviation Indonesians write after a time: WIB, WITA, WIT. */
export const zoneLabels: Record<TTimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const intl = { id: 'id-ID', en: 'en-GB' } as const;

/** Formatters bound to a language and the agency's time zone (never the browser's). */
export function formatters(lang: TLanguage, timeZone: TTimeZone) {
  const dateTime = new Intl.DateTimeFormat(intl[lang], {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const date = new Intl.DateTimeFormat(intl[lang], {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return {
    number: (x: number | null | undefined, maxDecimals = 2) => formatNumber(x, { locale: lang, maxDecimals }),
    percent: (x: number | null | undefined) => formatPercent(x, lang),
    rupiah: (x: number | null | undefined) => formatRupiah(x, lang),
    target: (target: TTarget) => formatTarget(target, lang),
    /** "10 Apr 2026 23.59 WITA" */
    dateTime: (iso: string) => `${dateTime.format(new Date(iso))} ${zoneLabels[timeZone]}`,
    /** "10 April 2026" */
    date: (iso: string) => date.format(new Date(iso)),
  };
}

export type TFormatters = ReturnType<typeof formatters>;
