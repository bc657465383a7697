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

/**
 * A cell's text as a problem quotes it: its first 40 characters, so that a page pasted into many
 * cells makes a list of problems to read, not megabytes the API cannot answer with.
 */
export const cellExcerpt = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Where a cell is, for the person: the sheet and Excel's name of the cell ("B14"). */
export type TCellPlace = { sheet: string; cell: string };

/**
 * Excel's Text number format: a cell under it holds what is typed as text and never runs it as a
 * formula, even when it is edited. Capaian writes formula-like text under it ("- Persentase …"),
 * so its own files come back as written; a person may do the same in Excel (Format Cells → Text).
 */
export const textFormat = '@';

/**
 * A text cell: read as an Indonesian number where it is one; refused where it is formula-like,
 * unless the cell is formatted as text (`asText`; a CSV has no formats).
 */
export function textCell(text: string, place: TCellPlace, asText = false): TSheetCell | null {
  if (text.trim() === '') return null;
  if (!asText && isFormulaLike(text))
    return refuseWorkbook({ code: 'formulaText', ...place, text: cellExcerpt(text) });
  const read = readSheetNumber(text);
  return { text, ...read };
}

/**
 * A number cell as Excel shows it: to its 15 significant digits, all Excel keeps. A formula's
 * saved result carries the binary rest beyond them (=G2/10 saves 25.300000000000004), which the
 * person never sees and must not be refused for.
 */
export function numberCell(value: number): TSheetCell {
  const shown = Number(value.toPrecision(15));
  return { text: String(shown), number: shown };
}
