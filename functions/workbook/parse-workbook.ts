import { workbookFormatOf } from '../../shared/workbook/file-kind.js';
import { readCsvWorkbook } from '../../shared/workbook/read-csv.js';
import type { TWorkbook } from '../../shared/workbook/workbook.js';
import { readXlsxWorkbook } from './read-xlsx.js';

/** An uploaded file's cells, by what its bytes are; a bad file throws a WorkbookProblemError. */
export async function parseWorkbook(bytes: Uint8Array, fileName: string): Promise<TWorkbook> {
  return workbookFormatOf(bytes, fileName) === 'xlsx'
    ? readXlsxWorkbook(bytes, fileName)
    : readCsvWorkbook(bytes, fileName);
}
