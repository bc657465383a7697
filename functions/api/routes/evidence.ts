import * as z from 'zod';
import { ZEvidenceRequestSchema, ZEvidenceSchema } from '../../../shared/model/evidence.js';
import { evidenceDownloadUrl, listPartEvidence, requestEvidenceUpload } from '../../evidence/evidence.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  named,
  partPath,
  secured,
  ZPartParamsSchema,
} from '../schemas/common.js';

const ZEvidenceViewSchema = named(ZEvidenceSchema, 'Evidence');

const evidenceUploadRoute = createRoute({
  operationId: 'requestEvidenceUpload',
  ...secured,
  method: 'post',
  path: `${partPath}/evidence`,
  tags: ['evidence'],
  summary:
    'Record an evidence file of an indicator and get a 5-minute URL to PUT it to (photos, PDFs, spreadsheets; ≤ 10 MB)',
  request: { params: ZPartParamsSchema, body: jsonBody(ZEvidenceRequestSchema) },
  responses: {
    201: jsonResponse(
      z.object({
        evidence: ZEvidenceViewSchema,
        uploadUrl: z.string(),
        uploadHeaders: z.record(z.string(), z.string()),
      }),
      'Upload with PUT to uploadUrl, sending uploadHeaders',
    ),
    ...changeErrorResponses,
  },
});

const evidenceListRoute = createRoute({
  operationId: 'listPartEvidence',
  ...secured,
  method: 'get',
  path: `${partPath}/evidence`,
  tags: ['evidence'],
  summary: "A part's evidence files",
  request: { params: ZPartParamsSchema },
  responses: {
    200: jsonResponse(z.object({ evidence: z.array(ZEvidenceViewSchema) }), 'The files'),
    ...errorResponses,
  },
});

const evidenceDownloadRoute = createRoute({
  operationId: 'getEvidenceDownloadUrl',
  ...secured,
  method: 'get',
  path: `${partPath}/evidence/{evidenceId}/download`,
  tags: ['evidence'],
  summary: 'A 5-minute download URL of an evidence file',
  request: { params: ZPartParamsSchema.extend({ evidenceId: z.uuid() }) },
  responses: { 200: jsonResponse(z.object({ url: z.string() }), 'The URL'), ...errorResponses },
});

// Registered before the part routes: POST …/evidence must not be taken for a transition.
export const evidenceRoutes = createRouter<AuthEnv>()
  .openapi(evidenceUploadRoute, async (c) =>
    c.json(
      await requestEvidenceUpload({
        user: c.get('user'),
        ...c.req.valid('param'),
        file: c.req.valid('json'),
      }),
      201,
    ),
  )
  .openapi(evidenceListRoute, async (c) =>
    c.json({ evidence: await listPartEvidence({ user: c.get('user'), ...c.req.valid('param') }) }, 200),
  )
  .openapi(evidenceDownloadRoute, async (c) =>
    c.json(await evidenceDownloadUrl({ user: c.get('user'), ...c.req.valid('param') }), 200),
  );
