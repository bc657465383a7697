import { maxWorkbookColumns, maxWorkbookRows } from './workbook.js';
import { refuseWorkbook } from './workbook-problem.js';

/**
 * Problems of an upload listed at most: a file of 10.000 bad rows is told their count and the
 * first hundred, not answered with megabytes (a Lambda answers with 6 MB at most); the person
 * fixes those and uploads again.
 */
export const maxListedProblems = 100;

/** A sheet's extent, known before its cells are read. */
export type TSheetExtent = { name: string; rowCount: number; columnCount: number };

/** Refuses a workbook over the row or column limit before its cells are read. */
export function assertWithinLimits(sheets: readonly TSheetExtent[]): void {
  const rows = sheets.reduce((sum, sheet) => sum + sheet.rowCount, 0);
  if (rows > maxWorkbookRows) refuseWorkbook({ code: 'tooManyRows', rows, maxRows: maxWorkbookRows });
  const wide = sheets.find((sheet) => sheet.columnCount > maxWorkbookColumns);
  if (wide) refuseWorkbook({ code: 'tooManyColumns', sheet: wide.name, maxColumns: maxWorkbookColumns });
}
