import type { TCheckedCell, TCheckedSheet } from './checked-sheet.js';

/** A sheet from rows of values as a spreadsheet keeps them: numbers as numbers, text as typed. */
export const sheetOf = (name: string, rows: (string | number | null)[][]): TCheckedSheet => ({
  name,
  rows: rows.map((row) =>
    row.map((value): TCheckedCell | null => {
      if (value === null || value === '') return null;
      return typeof value === 'number' ? { text: String(value), number: value } : { text: value };
    }),
  ),
});
