import { intlLocale, type TLocale } from '../i18n.js';
import type { TTarget } from '../model/indicator.js';
import { roundHalfUp } from './rounding.js';

/** What a missing figure (no target, nothing reported) is shown as. */
export const nullMark = '–';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: TLocale, minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${locale}:${minDecimals}:${maxDecimals}`;
  let found = formatters.get(key);
  if (!found) {
    const options = { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals };
    found = new Intl.NumberFormat(intlLocale[locale], options);
    formatters.set(key, found);
  }
  return found;
}

export type FormatNumberOptions = {
  locale?: TLocale;
  /** Always show this many decimals ("95,10"); otherwise up to `maxDecimals` ("6.294", "37,63"). */
  decimals?: number;
  maxDecimals?: number;
};

/** A number for display, rounded half-up first: id "20.100.440.800,5", en "20,100,440,800.5". */
export function formatNumber(x: number | null | undefined, options: FormatNumberOptions = {}): string {
  if (x == null || !Number.isFinite(x)) return nullMark;
  const { locale = 'id', decimals, maxDecimals = 2 } = options;
  const max = decimals ?? maxDecimals;
  return formatter(locale, decimals ?? 0, max).format(roundHalfUp(x, max));
}

/**
 * An achievement or absorption: id "95,14 %", en "95.14%"; "–" when there is none. A chart's
 * axis passes `{ maxDecimals }` for ticks without trailing zeros ("50 %").
 */
export function formatPercent(
  x: number | null | undefined,
  locale: TLocale = 'id',
  digits: FormatNumberOptions = { decimals: 2 },
): string {
  if (x == null || !Number.isFinite(x)) return nullMark;
  const number = formatNumber(x, { locale, ...digits });
  return locale === 'id' ? `${number} %` : `${number}%`;
}

/** A Rupiah amount without decimals: "Rp 15.959.915.800" (en "Rp 15,959,915,800"). */
export function formatRupiah(x: number | null | undefined, locale: TLocale = 'id'): string {
  if (x == null || !Number.isFinite(x)) return nullMark;
  return `Rp ${formatNumber(x, { locale, decimals: 0 })}`;
}

/**
 * A file's size as people read it: "193 B", "4,7 KB", "2,3 MB" (en "4.7 KB"). Never "0 KB" for a
 * small file that is there.
 */
export function formatFileSize(bytes: number, locale: TLocale = 'id'): string {
  if (bytes < 1024) return `${formatNumber(bytes, { locale, decimals: 0 })} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, { locale, maxDecimals: 1 })} KB`;
  return `${formatNumber(bytes / (1024 * 1024), { locale, maxDecimals: 1 })} MB`;
}

/** A target with its grade, if any: "81,57 (A)", "6.562". */
export function formatTarget(target: TTarget, locale: TLocale = 'id'): string {
  if (typeof target === 'number') return formatNumber(target, { locale });
  return `${formatNumber(target.value, { locale })} (${target.grade})`;
}

/**
 * Reads a number as the reports type it ("Rp 15.959.915.800", "95,14 %", "81,57(A)" → 81.57);
 * null when the text holds no number.
 */
export function parseNumber(text: string, locale: TLocale = 'id'): number | null {
  const [, number] = /^\s*(?:Rp\.?\s*)?(-?[\d.,]+)/.exec(text) ?? [];
  if (!number) return null;
  const [group, decimal] = locale === 'id' ? ['.', ','] : [',', '.'];
  const plain = number.split(group).join('').replace(decimal, '.');
  const value = Number(plain);
  return Number.isFinite(value) && plain !== '' ? value : null;
}
