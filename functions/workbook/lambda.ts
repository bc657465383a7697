import { parseStoredWorkbook } from './parse-stored-workbook.js';

/** The parse function: the API invokes it with an uploaded object's key and waits for the cells. */
export const handler = parseStoredWorkbook;
