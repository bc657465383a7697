import type { TParseAnswer, TParseRequest } from './parse-request.js';

/**
 * How the API has an upload parsed, set by its entry point: on AWS by invoking the parse
 * function (invoke-parse-function.ts), locally and in tests in-process. The API's code names no
 * implementation, so exceljs never enters its bundle.
 */
export type TWorkbookParser = (request: TParseRequest) => Promise<TParseAnswer>;

let parser: TWorkbookParser | undefined;

export function setWorkbookParser(chosen: TWorkbookParser): void {
  parser = chosen;
}

/** The parser the entry point set; none set is a wiring mistake, not a user's. */
export function workbookParser(): TWorkbookParser {
  if (!parser) throw new Error('no workbook parser: the entry point must call setWorkbookParser');
  return parser;
}
