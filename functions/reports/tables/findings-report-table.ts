import { nullMark } from '../../../shared/calc/format.js';
import type { TWorkbookCheck } from '../../../shared/checker/check-workbook.js';
import { findingReason } from '../../../shared/checker/finding-text.js';
import type { TLocale } from '../../../shared/i18n.js';
import { checkerMessages } from '../../../shared/messages/checker.js';
import type { TCell, TReportSheet } from './report-table.js';

const text = (value: string): TCell => ({ value });
const figure = (value: number | null | undefined, rupiah: boolean): TCell =>
  value == null
    ? { value: nullMark, align: 'right' }
    : { value, format: { decimals: rupiah ? 0 : 2 }, align: 'right' };

/**
 * The checker's findings as a report table: each figure typed otherwise, where it stands, the
 * typed and the computed figure and why; the sheets read and what was found in them as notes.
 */
export function findingsSheet(check: TWorkbookCheck, fileName: string, locale: TLocale): TReportSheet {
  const m = checkerMessages[locale];
  const c = m.columns;
  const rows = check.findings.map((f): TCell[] => [
    text(f.sheet),
    text(f.cell),
    text(f.rowLabel),
    text(f.columnLabel),
    { value: f.typed, align: 'right' },
    figure(f.computed, f.figure === 'rupiah'),
    figure(f.quarter ? f.toDate : undefined, false),
    text(m.kinds[f.kind]),
    text(findingReason(f, locale)),
  ]);
  const notes = check.sheets.map((sheet) => {
    const tables = sheet.tables.map((kind) => m.sheetTables[kind]).join(', ');
    return sheet.tables.length > 0
      ? `${sheet.name}: ${tables}, ${m.sheetCounts(sheet.rows, sheet.figures)}`
      : `${sheet.name}: ${m.noTable}`;
  });
  return {
    sheetName: m.sheetName,
    title: [m.fileTitle(fileName), m.found(check.findings.length)],
    table: {
      widths: [16, 8, 48, 20, 14, 16, 14, 18, 48],
      header: [
        [c.sheet, c.cell, c.row, c.column, c.typed, c.computed, c.toDate, c.kind, c.why].map((t) => ({
          text: t,
        })),
      ],
      rows,
      notes: [`${m.sheetsRead}:`, ...notes],
    },
  };
}
