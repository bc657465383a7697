import * as z from 'zod';

/**
 * A workbook as read from an upload: its visible sheets as grids of cells with the values Excel
 * saved (a formula's cached result, never evaluated here), merged ranges filled with their first
 * cell's value, and the names of the hidden sheets, which are not read.
 */

/** 5 MB: an agency's agreement with budget lines is far below it; stated in the import screen. */
export const maxWorkbookBytes = 5 * 1024 * 1024;
/** Rows over all visible sheets: a regency's agreement has a few hundred. */
export const maxWorkbookRows = 10_000;
/** Columns of a sheet: the widest report table (E.81) has about 30. */
export const maxWorkbookColumns = 200;

/** Whether a file's name is one the import takes, Excel's workbook or plain CSV (checked before any upload). */
export const isWorkbookFileName = (fileName: string): boolean => /\.(xlsx|csv)$/i.test(fileName);

/** One cell: its text as shown, and its number where it holds one. */
const ZSheetCellSchema = z.object({
  text: z.string(),
  /** A number cell's value, or its text read the Indonesian way ("65,74"). */
  number: z.number().optional(),
  /** Text that reads as a number either way ("1.5"): not taken, reported at its cell. */
  ambiguous: z.literal(true).optional(),
  /** Covered by a merged range: the value is its first cell's. */
  merged: z.literal(true).optional(),
  /** A date cell (its text the day, 2026-03-05): a figure typed under a date format reads as one. */
  date: z.literal(true).optional(),
});
export type TSheetCell = z.infer<typeof ZSheetCellSchema>;

/** A sheet: rows[r][c] is the cell at row r + 1, column c + 1 (null where empty). */
const ZSheetSchema = z.object({
  name: z.string(),
  rows: z.array(z.array(ZSheetCellSchema.nullable())),
});
export type TSheet = z.infer<typeof ZSheetSchema>;

export const ZWorkbookSchema = z.object({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  sheets: z.array(ZSheetSchema),
  /** Sheets hidden in Excel: named so the person knows they were left out. */
  hiddenSheets: z.array(z.string()),
});
export type TWorkbook = z.infer<typeof ZWorkbookSchema>;

/** A column's letters as Excel names it: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}
