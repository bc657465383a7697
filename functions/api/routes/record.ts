import * as z from 'zod';
import { recordWorkbookUrl } from '../../audit/record-workbook.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, ZYearParamsSchema } from '../schemas/common.js';

// A file of its own: the words of the whole record load with the first download, not with the
// settings every agency page reads.
const route = routes('audit');

const workbookRoute = route.get('/agencies/{agencyId}/years/{year}/audit/workbook', {
  operationId: 'getRecordWorkbook',
  summary:
    "A 5-minute link to the agency's whole record of a year as XLSX: every event of every subject, a row per value changed, in the reader's language and the agency's time zone",
  params: ZYearParamsSchema,
  response: { 200: jsonResponse(z.object({ url: z.string() }), 'The link') },
});

export const recordRoutes = createRouter<AuthEnv>().openapi(workbookRoute, async (c) =>
  c.json(await recordWorkbookUrl(fromRequest(c)), 200),
);
