import { formatNumber, formatPercent } from '../../../shared/calc/format.js';
import type { TPerformanceRow } from '../../../shared/calc/performance-table.js';
import { yearPartsDifference } from '../../../shared/calc/year-parts.js';
import type { TLocale } from '../../../shared/i18n.js';
import { reportMessages } from '../../../shared/messages/reports.js';

/**
 * A note under a table for each ratio whose year is read from the year's own parts (the LKj's
 * 10.249 / 16.982), with what the quarters add up to and the difference where they differ.
 */
export function yearPartsNotes(rows: readonly TPerformanceRow[], locale: TLocale): string[] {
  const l = reportMessages[locale];
  return rows.flatMap((row) => {
    if (!row.yearParts || row.yearRealisation === null) return [];
    const { numerator, denominator } = row.yearParts;
    const parts = `${formatNumber(numerator, { locale, maxDecimals: 4 })} / ${formatNumber(denominator, { locale, maxDecimals: 4 })}`;
    const note = l.yearFromParts(
      `${row.indicatorCode} ${row.indicatorName}`,
      parts,
      formatPercent(row.yearRealisation, locale),
    );
    const difference = yearPartsDifference(row.yearRealisation, row.yearFromQuarters);
    if (difference === null) return [note];
    const points = formatNumber(difference, { locale, decimals: 2 });
    return [`${note}${l.quartersDiffer(formatPercent(row.yearFromQuarters, locale), points)}`];
  });
}
