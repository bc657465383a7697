import { workbookFormatOf } from '../../shared/workbook/file-kind.js';
import { assertCellsWithinAnswer } from '../../shared/workbook/limits.js';
import { readCsvWorkbook } from '../../shared/workbook/read-csv.js';
import type { TWorkbook } from '../../shared/workbook/workbook.js';
import { readXlsxWorkbook } from './read-xlsx.js';

/**
 * An uploaded file's cells, by what its bytes are, within what the API can answer with; a bad
 * file throws a WorkbookProblemError.
 */
export async function parseWorkbook(bytes: Uint8Array, fileName: string): Promise<TWorkbook> {
  const workbook =
    workbookFormatOf(bytes, fileName) === 'xlsx'
      ? await readXlsxWorkbook(bytes, fileName)
      : readCsvWorkbook(bytes, fileName);
  assertCellsWithinAnswer(workbook);
  return workbook;
}
