import * as z from 'zod';
import {
  ZWorkbookUploadRequestSchema,
  ZWorkbookUploadSchema,
} from '../../../shared/workbook/upload-request.js';
import { ZWorkbookSchema } from '../../../shared/workbook/workbook.js';
import { readUploadedWorkbook, requestWorkbookUpload } from '../../workbook/workbook-upload.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema } from '../schemas/common.js';

const route = routes('workbooks');
const workbooksPath = '/agencies/{agencyId}/workbooks';

const uploadRoute = route.post(workbooksPath, {
  operationId: 'requestWorkbookUpload',
  summary:
    'Get a 5-minute URL to PUT a workbook to (.xlsx, or .csv separated by ; or ,; ≤ 5 MB, ≤ 10.000 rows)',
  params: ZAgencyParamsSchema,
  body: ZWorkbookUploadRequestSchema,
  response: {
    201: jsonResponse(
      ZWorkbookUploadSchema.extend({
        uploadUrl: z.string(),
        uploadHeaders: z.record(z.string(), z.string()),
        limits: z.object({ maxBytes: z.number(), maxRows: z.number() }),
      }),
      'Upload with PUT to uploadUrl, sending uploadHeaders; then read its cells by uploadId',
    ),
  },
});

const cellsRoute = route.get(`${workbooksPath}/{uploadId}`, {
  operationId: 'readUploadedWorkbook',
  summary:
    "An uploaded workbook's cells: saved values (formulas' cached results), merged cells filled, Indonesian numbers read; a file that cannot be read is a 400 saying why, and is deleted",
  params: ZAgencyParamsSchema.extend({ uploadId: ZWorkbookUploadSchema.shape.uploadId }),
  query: z.object({ fileName: ZWorkbookUploadSchema.shape.fileName }),
  response: { 200: jsonResponse(z.object({ workbook: named(ZWorkbookSchema, 'Workbook') }), 'The cells') },
});

export const workbookRoutes = createRouter<AuthEnv>()
  .openapi(uploadRoute, async (c) => c.json(await requestWorkbookUpload(fromRequest(c)), 201))
  .openapi(cellsRoute, async (c) => c.json({ workbook: await readUploadedWorkbook(fromRequest(c)) }, 200));
