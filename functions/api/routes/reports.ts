import * as z from 'zod';
import { ZQuarterSchema } from '../../../shared/model/quarter.js';
import { ZReportFileRecordSchema } from '../../../shared/model/report-file.js';
import { listReports, regenerateReports, reportDownloadUrl } from '../../report-files/report-files.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  named,
  secured,
  ZYearParamsSchema,
} from '../schemas/common.js';

const ZPeriodSchema = z.union([z.literal(0), ZQuarterSchema]);
const ZFileSchema = named(ZReportFileRecordSchema.extend({ id: z.string() }), 'ReportFile');
const path = '/agencies/{agencyId}/years/{year}/reports';

const listRoute = createRoute({
  operationId: 'listReportFiles',
  ...secured,
  method: 'get',
  path,
  tags: ['reports'],
  summary:
    "The year's report files with every version (quarter=0: the agreement, annual tables and LKj draft)",
  request: {
    params: ZYearParamsSchema,
    query: z.object({ quarter: z.coerce.number().pipe(ZPeriodSchema).optional() }),
  },
  responses: { 200: jsonResponse(z.object({ files: z.array(ZFileSchema) }), 'The files'), ...errorResponses },
});

const downloadRoute = createRoute({
  operationId: 'getReportDownloadUrl',
  ...secured,
  method: 'get',
  path: `${path}/{fileId}/download`,
  tags: ['reports'],
  summary: 'A 5-minute download URL of a report file',
  request: { params: ZYearParamsSchema.extend({ fileId: z.string().min(1).max(300) }) },
  responses: { 200: jsonResponse(z.object({ url: z.string() }), 'The URL'), ...errorResponses },
});

const regenerateRoute = createRoute({
  operationId: 'regenerateReports',
  ...secured,
  method: 'post',
  path: `${path}/regenerate`,
  tags: ['reports'],
  summary:
    'The planner makes the files again as a new version (e.g. in English); generated in the background',
  request: {
    params: ZYearParamsSchema,
    body: jsonBody(z.object({ quarter: ZPeriodSchema, locale: z.enum(['id', 'en']).default('id') })),
  },
  responses: { 202: jsonResponse(z.object({ version: z.int() }), 'Queued'), ...changeErrorResponses },
});

export const reportRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) =>
    c.json(
      { files: await listReports({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('query') }) },
      200,
    ),
  )
  .openapi(downloadRoute, async (c) =>
    c.json(await reportDownloadUrl({ user: c.get('user'), ...c.req.valid('param') }), 200),
  )
  .openapi(regenerateRoute, async (c) =>
    c.json(
      await regenerateReports({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }),
      202,
    ),
  );
