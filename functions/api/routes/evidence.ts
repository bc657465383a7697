import * as z from 'zod';
import {
  ZEvidenceRemovalSchema,
  ZEvidenceRequestSchema,
  ZEvidenceSchema,
  ZListedEvidenceSchema,
} from '../../../shared/model/evidence.js';
import {
  confirmEvidenceUpload,
  evidenceDownloadUrl,
  listPartEvidence,
  requestEvidenceUpload,
} from '../../evidence/evidence.js';
import { removeEvidence } from '../../evidence/remove-evidence.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, partPath, ZPartParamsSchema } from '../schemas/common.js';

const ZEvidenceViewSchema = named(ZEvidenceSchema, 'Evidence');
const ZListedEvidenceViewSchema = named(ZListedEvidenceSchema, 'ListedEvidence');

const route = routes('evidence');

const evidenceUploadRoute = route.post(`${partPath}/evidence`, {
  operationId: 'requestEvidenceUpload',
  summary:
    'Make the record of an evidence file of an indicator and get a 5-minute URL to PUT it to (photos, PDFs, spreadsheets; ≤ 10 MB); confirm it once it is uploaded',
  params: ZPartParamsSchema,
  body: ZEvidenceRequestSchema,
  response: {
    201: jsonResponse(
      z.object({
        evidence: ZEvidenceViewSchema,
        uploadUrl: z.string(),
        uploadHeaders: z.record(z.string(), z.string()),
      }),
      'Upload with PUT to uploadUrl, sending uploadHeaders',
    ),
  },
});

const evidenceConfirmRoute = route.post(`${partPath}/evidence/{evidenceId}/confirm`, {
  operationId: 'confirmEvidenceUpload',
  summary:
    "Take in an uploaded evidence file: it is listed as arrived and goes on the part's record (409 while it is not in storage; 409 and discarded when the part was submitted before it arrived)",
  params: ZPartParamsSchema.extend({ evidenceId: z.uuid() }),
  response: { 200: jsonResponse(z.object({ evidence: ZEvidenceViewSchema }), 'The file, arrived') },
});

const evidenceListRoute = route.get(`${partPath}/evidence`, {
  operationId: 'listPartEvidence',
  summary:
    "A part's evidence files, each saying whether it has arrived and, if not, whether its upload expired; one not arrived only while the part is a draft or returned in an open quarter",
  params: ZPartParamsSchema,
  response: { 200: jsonResponse(z.object({ evidence: z.array(ZListedEvidenceViewSchema) }), 'The files') },
});

const evidenceDownloadRoute = route.get(`${partPath}/evidence/{evidenceId}/download`, {
  operationId: 'getEvidenceDownloadUrl',
  summary: 'A 5-minute download URL of an evidence file',
  params: ZPartParamsSchema.extend({ evidenceId: z.uuid() }),
  response: { 200: jsonResponse(z.object({ url: z.string() }), 'The URL') },
});

const evidenceRemoveRoute = route.delete(`${partPath}/evidence/{evidenceId}`, {
  operationId: 'removeEvidence',
  summary:
    "Remove an evidence file (arrived or not) while the part is a draft or returned (409 otherwise), with a reason, on the part's record",
  params: ZPartParamsSchema.extend({ evidenceId: z.uuid() }),
  body: ZEvidenceRemovalSchema,
  response: { 200: jsonResponse(z.object({ evidence: ZEvidenceViewSchema }), 'The file removed') },
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
  .openapi(evidenceConfirmRoute, async (c) =>
    c.json({ evidence: await confirmEvidenceUpload(fromRequest(c)) }, 200),
  )
  .openapi(evidenceListRoute, async (c) => c.json({ evidence: await listPartEvidence(fromRequest(c)) }, 200))
  .openapi(evidenceDownloadRoute, async (c) => c.json(await evidenceDownloadUrl(fromRequest(c)), 200))
  .openapi(evidenceRemoveRoute, async (c) => c.json({ evidence: await removeEvidence(fromRequest(c)) }, 200));
