import type { TSheet, TSheetCell } from '../workbook/workbook.js';

/**
 * A sheet from rows of values as a spreadsheet keeps them: numbers as numbers, text as typed, a
 * cell as the parse reads it where the test needs one ("1.5" is ambiguous).
 */
export const sheetOf = (name: string, rows: (string | number | TSheetCell | null)[][]): TSheet => ({
  name,
  rows: rows.map((row) =>
    row.map((value): TSheetCell | null => {
      if (value === null || value === '') return null;
      if (typeof value === 'object') return value;
      return typeof value === 'number' ? { text: String(value), number: value } : { text: value };
    }),
  ),
});
