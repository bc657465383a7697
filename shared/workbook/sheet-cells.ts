import { readSheetNumber } from './sheet-number.js';
import type { TSheetCell } from './workbook.js';
import { refuseWorkbook } from './workbook-problem.js';

/**
 * Text a spreadsheet program would run as a formula if it were written back into a cell or a
 * CSV (formula injection): it starts with =, +, @, a tab or a carriage return, or with "-" where
 * it is no number ("-" alone is the tables' "nothing", "-12,5" a number).
 */
export function isFormulaLike(text: string): boolean {
  if (/^[=+@\t\r]/.test(text)) return true;
  return text.startsWith('-') && text.trim() !== '-' && readSheetNumber(text) === undefined;
}

/** Where a cell is, for the person: the sheet and Excel's name of the cell ("B14"). */
export type TCellPlace = { sheet: string; cell: string };

/** A text cell: refused where it is formula-like, read as an Indonesian number where it is one. */
export function textCell(text: string, place: TCellPlace): TSheetCell | null {
  if (text.trim() === '') return null;
  if (isFormulaLike(text)) return refuseWorkbook({ code: 'formulaText', ...place, text: text.slice(0, 40) });
  const read = readSheetNumber(text);
  return { text, ...read };
}

/** A number cell as Excel saved it. */
export const numberCell = (value: number): TSheetCell => ({ text: String(value), number: value });
