import type { TSheet, TSheetCell } from '../workbook/workbook.js';

/** A cell's text, trimmed; '' where the cell is empty or beyond the row. */
export const cellText = (sheet: TSheet, row: number, column: number): string =>
  sheet.rows[row]?.[column]?.text.trim() ?? '';

/** A cell as the sheet has it; undefined where it is empty. */
export const cellAt = (sheet: TSheet, row: number, column: number): TSheetCell | undefined =>
  sheet.rows[row]?.[column] ?? undefined;
