import type { TParseAnswer, TParseRequest, TWriteRequest } from './workbook-requests.js';

/**
 * How the API has a workbook read or written, set by its entry point: on AWS by invoking the
 * workbook function (invoke-workbook-function.ts), locally and in tests in-process
 * (in-process.ts). The API's code names no implementation, so exceljs never enters its bundle.
 */
export type TWorkbookFunction = {
  parse: (request: TParseRequest) => Promise<TParseAnswer>;
  write: (request: TWriteRequest) => Promise<void>;
};

let chosen: TWorkbookFunction | undefined;

export function setWorkbookFunction(implementation: TWorkbookFunction): void {
  chosen = implementation;
}

/** The implementation the entry point set; none set is a wiring mistake, not a user's. */
export function workbookFunction(): TWorkbookFunction {
  if (!chosen) throw new Error('no workbook function: the entry point must call setWorkbookFunction');
  return chosen;
}
