import { maxWorkbookColumns, maxWorkbookRows, type TWorkbook } from './workbook.js';
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

/**
 * What a workbook's cells may take as the API answers with them: 5 MB. The workbook function
 * answers the API through Lambda's invoke, and the API the browser through API Gateway, each at
 * most 6 MB (6.291.456 bytes); the second carries the cells as JSON inside the JSON of Lambda's
 * answer, each " and \ written twice, which is what is measured here, so both fit with room for
 * the rest. The other limits do not bound it: 10.000 rows × 200 columns are 2 million cells; a
 * cell of one digit, {"text":"1","number":1}, takes 32 bytes so written with its comma (64 MB for
 * them all), a CSV of 4 MB holds them all, one merged range fills them from one cell, and a cell
 * of Excel holds up to 32.767 characters. The planner's whole quarter at 10.000 rows takes 2,5 MB.
 */
const maxCellsAnswerBytes = 5 * 1024 * 1024;

/** Refuses a workbook whose cells the API could not answer with, measured a row at a time. */
export function assertCellsWithinAnswer(workbook: TWorkbook): void {
  const encoder = new TextEncoder();
  const bytes = (value: unknown) => encoder.encode(JSON.stringify(JSON.stringify(value))).length;
  let total = bytes({ ...workbook, sheets: workbook.sheets.map((sheet) => sheet.name) });
  for (const sheet of workbook.sheets) {
    for (const row of sheet.rows) {
      total += bytes(row);
      if (total > maxCellsAnswerBytes) refuseWorkbook({ code: 'cellsTooLarge' });
    }
  }
}
