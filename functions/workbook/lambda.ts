import { handleWorkbookRequest } from './handle-workbook-request.js';

/** The workbook function: the API invokes it to read an upload's cells or write a template. */
export const handler = handleWorkbookRequest;
