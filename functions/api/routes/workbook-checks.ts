import { ZWorkbookCheckSchema } from '../../../shared/checker/check-workbook.js';
import { ZWorkbookUploadSchema } from '../../../shared/workbook/upload-request.js';
import { checkUploadedWorkbook } from '../../workbook/check-uploaded-workbook.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema } from '../schemas/common.js';

const route = routes('workbooks');

const checkRoute = route.post('/agencies/{agencyId}/workbook-checks', {
  operationId: 'checkHandMadeReport',
  summary:
    "Check an uploaded report made by hand (an LKj's or a quarter's tables, a budget table): every achievement, absorption, sisa and total recomputed, each figure typed otherwise listed where it stands",
  params: ZAgencyParamsSchema,
  body: ZWorkbookUploadSchema,
  response: { 200: jsonResponse(named(ZWorkbookCheckSchema, 'WorkbookCheck'), 'What was read and found') },
});

export const workbookCheckRoutes = createRouter<AuthEnv>().openapi(checkRoute, async (c) =>
  c.json(await checkUploadedWorkbook(fromRequest(c)), 200),
);
