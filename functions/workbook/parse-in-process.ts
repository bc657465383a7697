import type { TWorkbookParser } from './workbook-parser.js';

/** The parser of local mode and the tests: in-process, exceljs loaded with the first upload. */
export const parseInProcess: TWorkbookParser = async (request) =>
  (await import('./parse-stored-workbook.js')).parseStoredWorkbook(request);
