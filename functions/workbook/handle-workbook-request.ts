import { parseStoredWorkbook } from './parse-stored-workbook.js';
import { ZWorkbookRequestSchema } from './workbook-requests.js';
import { writeStoredWorkbook } from './write-stored-workbook.js';

export { parseStoredWorkbook, writeStoredWorkbook };

/** The workbook function's one entry: a parse answers the cells, a write nothing. */
export async function handleWorkbookRequest(event: unknown) {
  const request = ZWorkbookRequestSchema.parse(event);
  return request.kind === 'parse' ? parseStoredWorkbook(request) : writeStoredWorkbook(request);
}
