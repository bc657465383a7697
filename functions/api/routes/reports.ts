import * as z from 'zod';
import { ZQuarterSchema } from '../../../shared/model/quarter.js';
import { ZReportFileRecordSchema } from '../../../shared/model/report-file.js';
import {
  listReports,
  listReportVersions,
  regenerateReports,
  reportDownloadUrl,
} from '../../report-files/report-files.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZYearParamsSchema } from '../schemas/common.js';

const ZPeriodSchema = z.union([z.literal(0), ZQuarterSchema]);
const ZFileSchema = named(ZReportFileRecordSchema.extend({ id: z.string() }), 'ReportFile');
const ZLatestFileSchema = named(
  ZReportFileRecordSchema.extend({
    id: z.string(),
    olderVersions: z.int().min(0).meta({ description: 'How many older versions …/{id}/versions lists' }),
  }),
  'LatestReportFile',
);
const ZFileIdParamsSchema = ZYearParamsSchema.extend({ fileId: z.string().min(1).max(300) });
const path = '/agencies/{agencyId}/years/{year}/reports';

const route = routes('reports');

const listRoute = route.get(path, {
  operationId: 'listReportFiles',
  summary:
    "The year's report files, the latest version of each with how many older ones it has (quarter=0: the agreement, annual tables and LKj draft)",
  params: ZYearParamsSchema,
  query: z.object({ quarter: z.coerce.number().pipe(ZPeriodSchema).optional() }),
  response: {
    200: jsonResponse(
      z.object({ files: z.array(ZLatestFileSchema) }),
      'One row per report, its latest version',
    ),
  },
});

const versionsRoute = route.get(`${path}/{fileId}/versions`, {
  operationId: 'listReportFileVersions',
  summary: 'Every version of the report a file is one of (its period, kind, unit, language and format)',
  params: ZFileIdParamsSchema,
  response: { 200: jsonResponse(z.object({ files: z.array(ZFileSchema) }), 'The versions, newest first') },
});

const downloadRoute = route.get(`${path}/{fileId}/download`, {
  operationId: 'getReportDownloadUrl',
  summary: 'A 5-minute download URL of a report file',
  params: ZFileIdParamsSchema,
  response: { 200: jsonResponse(z.object({ url: z.string() }), 'The URL') },
});

const regenerateRoute = route.post(`${path}/regenerate`, {
  operationId: 'regenerateReports',
  summary:
    'The planner makes the files again as a new version (e.g. in English); generated in the background',
  params: ZYearParamsSchema,
  body: z.object({ quarter: ZPeriodSchema, locale: z.enum(['id', 'en']).default('id') }),
  response: { 202: jsonResponse(z.object({ version: z.int() }), 'Queued') },
});

export const reportRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) => c.json({ files: await listReports(fromRequest(c)) }, 200))
  .openapi(versionsRoute, async (c) => c.json({ files: await listReportVersions(fromRequest(c)) }, 200))
  .openapi(downloadRoute, async (c) => c.json(await reportDownloadUrl(fromRequest(c)), 200))
  .openapi(regenerateRoute, async (c) => c.json(await regenerateReports(fromRequest(c)), 202));
