import { formatNumber } from '../calc/format.js';
import type { TLocale } from '../i18n.js';
import { isFormulaLike } from './sheet-cells.js';

/** One cell of a CSV to write: text, a number, or nothing. */
export type TCsvValue = string | number | null;

function field(value: TCsvValue, locale: TLocale): string {
  if (value === null) return '';
  // Figures as the reader types them ("12,5", "15.959.915.800"); the upload reads them back.
  let text = typeof value === 'number' ? formatNumber(value, { locale, maxDecimals: 4 }) : value;
  // A text Excel would run as a formula is written as text (formula injection).
  if (typeof value === 'string' && isFormulaLike(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV as Excel opens it on an Indonesian Windows: UTF-8 with a byte-order mark, separated by
 * semicolons, figures in the reader's number format.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly TCsvValue[])[],
  locale: TLocale,
): string {
  const lines = [header, ...rows].map((row) => row.map((value) => field(value, locale)).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
