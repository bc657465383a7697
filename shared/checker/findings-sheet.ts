import type { TLocale } from '../i18n.js';
import { checkerMessages } from '../messages/checker.js';
import type { TSheetModel } from '../workbook/sheet-model.js';
import type { TWorkbookCheck } from './check-workbook.js';
import { findingReason } from './finding-text.js';

/**
 * The findings as a sheet to download: each figure typed otherwise, where it stands, typed,
 * computed and to date (figures as numbers: percentages to 2 decimals, Rupiah whole), its kind
 * and why, in the reader's language; below the first 500, how many there are.
 */
export function findingsSheet(check: TWorkbookCheck, locale: TLocale): TSheetModel {
  const m = checkerMessages[locale];
  const c = m.columns;
  const figure = (x: number | null | undefined) => (x == null ? null : Math.round(x * 100) / 100);
  return {
    name: m.sheetName,
    columns: [
      { header: c.sheet, width: 16 },
      { header: c.cell, width: 8 },
      { header: c.row, width: 48 },
      { header: c.column, width: 24 },
      { header: c.typed, width: 12 },
      { header: c.computed, width: 12, decimals: 2 },
      { header: c.toDate, width: 12, decimals: 2 },
      { header: c.kind, width: 20 },
      { header: c.why, width: 60 },
    ],
    rows: [
      ...check.findings.map((f) => [
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
      // Past the first 500, their count.
      ...(check.findingsCount > check.findings.length
        ? [[m.listedFirst(check.findings.length, check.findingsCount), ...Array(8).fill(null)]]
        : []),
    ],
  };
}
