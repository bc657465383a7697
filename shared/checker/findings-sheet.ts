import type { TLocale } from '../i18n.js';
import { checkerMessages } from '../messages/checker.js';
import type { TWorkbookCheck } from './check-workbook.js';
import { findingReason } from './finding-text.js';

/**
 * The findings as a sheet to download: each figure typed otherwise, where it stands, typed,
 * computed and to date (figures as numbers: percentages to 2 decimals, Rupiah whole), its kind
 * and why, in the reader's language.
 */
export function findingsSheet(check: TWorkbookCheck, locale: TLocale) {
  const m = checkerMessages[locale];
  const c = m.columns;
  const figure = (x: number | null | undefined) => (x == null ? null : Math.round(x * 100) / 100);
  return {
    columns: [c.sheet, c.cell, c.row, c.column, c.typed, c.computed, c.toDate, c.kind, c.why].map(
      (header) => ({ header }),
    ),
    rows: check.findings.map((f) => [
      f.sheet,
      f.cell,
      f.rowLabel,
      f.columnLabel,
      f.typed,
      figure(f.computed),
      f.quarter ? figure(f.toDate) : null,
      m.kinds[f.kind],
      findingReason(f, locale),
    ]),
  };
}
