import type { TWorkbookFunction } from './workbook-function.js';

/** The workbook function of local mode and the tests: in-process, exceljs loaded with the first use. */
export const workbookInProcess: TWorkbookFunction = {
  parse: async (request) => (await import('./handle-workbook-request.js')).parseStoredWorkbook(request),
  write: async (request) => (await import('./handle-workbook-request.js')).writeStoredWorkbook(request),
};
