import * as z from 'zod';
import { ZWorkbookCheckSchema } from '../../../shared/checker/check-workbook.js';
import { ZWorkbookUploadSchema } from '../../../shared/workbook/upload-request.js';
import { checkUploadedWorkbook, findingsUrl } from '../../workbook/check-uploaded-workbook.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema } from '../schemas/common.js';

const route = routes('workbooks');
const checksPath = '/agencies/{agencyId}/workbook-checks';

const checkRoute = route.post(checksPath, {
  operationId: 'checkHandMadeReport',
  summary:
    "Check an uploaded report made by hand (an LKj's or a quarter's tables, a budget table): every achievement, absorption, sisa and total recomputed, each figure typed otherwise listed where it stands",
  params: ZAgencyParamsSchema,
  body: ZWorkbookUploadSchema,
  response: { 200: jsonResponse(named(ZWorkbookCheckSchema, 'WorkbookCheck'), 'What was read and found') },
});

const findingsRoute = route.post(`${checksPath}/findings`, {
  operationId: 'getCheckFindingsWorkbook',
  summary:
    "A 5-minute link to an uploaded report's check as XLSX: each figure typed otherwise, where it stands",
  params: ZAgencyParamsSchema,
  body: ZWorkbookUploadSchema,
  response: { 200: jsonResponse(z.object({ url: z.string() }), 'The link') },
});

export const workbookCheckRoutes = createRouter<AuthEnv>()
  .openapi(checkRoute, async (c) => c.json(await checkUploadedWorkbook(fromRequest(c)), 200))
  .openapi(findingsRoute, async (c) => c.json(await findingsUrl(fromRequest(c)), 200));
