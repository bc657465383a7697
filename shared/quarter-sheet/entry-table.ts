import { locales } from '../i18n.js';
import { quarterSheetMessages } from '../messages/quarter-sheet.js';
import { quarters, type TQuarter } from '../model/quarter.js';
import { looseText } from '../workbook/loose-text.js';
import { cellText } from '../workbook/sheet-cell-at.js';
import type { TSheet } from '../workbook/workbook.js';
import { entryColumnKeys, type TEntryColumn } from './entry-sheet.js';

/** Where an uploaded workbook's entry tables are: each sheet's header, and its name's quarter. */

/** A header label's column, in either language: a sheet downloaded in English is read as well. */
function columnOfLabel(label: string): TEntryColumn | undefined {
  const text = looseText(label);
  return entryColumnKeys.find((key) =>
    locales.some((l) => looseText(quarterSheetMessages[l].columns[key]) === text),
  );
}

export type TColumns = Map<TEntryColumn, number>;

/** The first row whose labels name the unit, code and realisation columns, and where each column is. */
export function findHeader(sheet: TSheet): { row: number; columns: TColumns } | undefined {
  for (let row = 0; row < sheet.rows.length; row++) {
    const columns: TColumns = new Map();
    (sheet.rows[row] ?? []).forEach((_, c) => {
      const key = columnOfLabel(cellText(sheet, row, c));
      if (key && !columns.has(key)) columns.set(key, c);
    });
    if (columns.has('unit') && columns.has('code') && columns.has('realisation')) return { row, columns };
  }
  return undefined;
}

/**
 * Whether a sheet keeps the name another quarter's entry sheet was downloaded with ("Isian TW4
 * 2025" in TW1 2026's upload): last quarter's file uploaded again. A renamed sheet is not told.
 */
export function namedForAnotherQuarter(name: string, { year, quarter }: { year: number; quarter: TQuarter }) {
  const years = Array.from({ length: 6 }, (_, i) => year - 5 + i);
  return locales.some((l) =>
    years.some((y) =>
      quarters.some(
        (q) =>
          (q !== quarter || y !== year) &&
          looseText(quarterSheetMessages[l].sheetName(q, y)) === looseText(name),
      ),
    ),
  );
}
