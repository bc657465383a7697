import * as z from 'zod';
import { ZAgreementChangeSchema } from '../../../shared/agreement-workbook/agreement-changes.js';
import {
  ZColumnMappingSchema,
  ZMappingLevelViewSchema,
} from '../../../shared/agreement-workbook/column-mapping.js';
import {
  ZImportDefaultsSchema,
  ZImportProblemSchema,
} from '../../../shared/agreement-workbook/import-problems.js';
import { ZAgreementKindSchema } from '../../../shared/model/agreement.js';
import { ZAgreementContentSchema } from '../../../shared/model/agreement-content.js';
import { ZAgreementRecordSchema, ZAgreementSummarySchema } from '../../../shared/model/records.js';
import { ZFreeTextSchema } from '../../../shared/model/text.js';
import { ZWorkbookUploadSchema } from '../../../shared/workbook/upload-request.js';
import {
  agreementTemplateUrl,
  checkAgreementImport,
  importAgreementDraft,
  proposeAgreementMapping,
} from '../../agreement/agreement-workbook.js';
import { createAgreementDraft } from '../../agreement/create-agreement-draft.js';
import { getAgreement } from '../../agreement/get-agreement.js';
import { saveAgreementDraft } from '../../agreement/save-agreement-draft.js';
import { transitionAgreement } from '../../agreement/transition-agreement.js';
import { getTimeline } from '../../audit/get-timeline.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZYearParamsSchema } from '../schemas/common.js';
import { ZTimelinePageSchema, ZTimelineQuerySchema } from '../schemas/timeline-page.js';

const ZAgreementViewSchema = named(ZAgreementRecordSchema, 'AgreementVersion');
const ZVersionParamsSchema = ZYearParamsSchema.extend({ version: z.coerce.number().int().min(1) });
const path = '/agencies/{agencyId}/years/{year}/agreement';

const route = routes('agreement');

const ZAgreementPageSchema = z.object({
  inForce: z.int().nullable(),
  versions: z.array(named(ZAgreementSummarySchema, 'AgreementVersionSummary')),
  version: ZAgreementViewSchema.nullable(),
});

const getRoute = route.get(path, {
  operationId: 'getAgreement',
  summary:
    "The year's performance agreement: the version in force (else the latest draft) whole, and every version summed up (number, kind, state, who and when) without its content",
  params: ZYearParamsSchema,
  response: { 200: jsonResponse(ZAgreementPageSchema, 'The version and every version summed up') },
});

const getVersionRoute = route.get(`${path}/versions/{version}`, {
  operationId: 'getAgreementVersion',
  summary:
    "One version of the year's agreement whole, and every version summed up; a 404 naming a version the year does not have",
  params: ZVersionParamsSchema,
  response: { 200: jsonResponse(ZAgreementPageSchema, 'The version and every version summed up') },
});

const createDraftRoute = route.post(`${path}/versions`, {
  operationId: 'createAgreementDraft',
  summary:
    'Start a draft: the PK Murni from the content given, or a PK Perubahan copied from the version in force',
  params: ZYearParamsSchema,
  body: z.object({ content: ZAgreementContentSchema.optional() }),
  response: { 201: jsonResponse(ZAgreementViewSchema, 'The new draft') },
});

const saveDraftRoute = route.put(`${path}/versions/{version}`, {
  operationId: 'saveAgreementDraft',
  summary: "Replace a draft's content; `revision` is the one the edit started from",
  params: ZVersionParamsSchema,
  body: z.object({ revision: z.int().min(1), content: ZAgreementContentSchema }),
  response: { 200: jsonResponse(ZAgreementViewSchema, 'The saved draft') },
});

const transitionRoute = route.post(`${path}/versions/{version}/{transition}`, {
  operationId: 'transitionAgreementVersion',
  summary: 'The planner submits (or withdraws) a version; the head signs it or returns it with a reason',
  params: ZVersionParamsSchema.extend({ transition: z.enum(['submit', 'withdraw', 'return', 'sign']) }),
  body: z.object({ revision: z.int().min(1), reason: ZFreeTextSchema(4000).optional() }),
  response: { 200: jsonResponse(ZAgreementViewSchema, 'Moved') },
});

const templateRoute = route.get(`${path}/template`, {
  operationId: 'getAgreementTemplate',
  summary:
    'A 5-minute link to the agreement as an XLSX template (the latest version; empty without one): fill or edit it in Excel, upload it, import it',
  params: ZYearParamsSchema,
  response: { 200: jsonResponse(z.object({ url: z.string() }), 'The link') },
});

/**
 * An upload, with the columns the planner confirmed for a workbook not made from the template, and
 * whether they accepted the defaults proposed for what the file leaves out.
 */
const ZImportBodySchema = ZWorkbookUploadSchema.extend({
  mapping: ZColumnMappingSchema.optional(),
  /** The revision of the remembered mapping the planner was shown (0: none): a mapping changed since is a 409. */
  mappingRevision: z.int().min(0).optional(),
  defaultsConfirmed: z.boolean().optional(),
});

const importMappingRoute = route.post(`${path}/import/mapping`, {
  operationId: 'proposeAgreementImportMapping',
  summary:
    "Which sheet and column of an uploaded workbook each role is read from: none needed for Capaian's own template; the agency's remembered mapping for the layout, else one proposed from the header words, with each sheet's columns (header and a sample)",
  params: ZYearParamsSchema,
  body: ZWorkbookUploadSchema,
  response: {
    200: jsonResponse(
      z.object({
        template: z.boolean(),
        mapping: ZColumnMappingSchema,
        remembered: z.object({ by: z.string(), at: z.string(), revision: z.int() }).nullable(),
        levels: z.array(ZMappingLevelViewSchema),
      }),
      'The proposed mapping',
    ),
  },
});

const importCheckRoute = route.post(`${path}/import/check`, {
  operationId: 'checkAgreementImport',
  summary:
    "What importing an uploaded workbook would do, nothing of the agreement stored: its problems by sheet, row and column (the first 100, and how many in all), the defaults proposed for what it leaves out (direction, aggregation, annual target, kind, codes), and what it creates, changes and removes against the version in force. A mapping given is checked (a 400 naming a required role left empty or two roles on one column) and remembered for the agency's layout against the revision the planner was shown (a 409 naming who confirmed another mapping for it meanwhile)",
  params: ZYearParamsSchema,
  body: ZImportBodySchema,
  response: {
    200: jsonResponse(
      z.object({
        kind: ZAgreementKindSchema,
        version: z.int(),
        problems: z.array(ZImportProblemSchema),
        problemCount: z.int().min(0),
        defaults: z.array(ZImportDefaultsSchema),
        changes: z.array(ZAgreementChangeSchema),
        mappingRevision: z.int().nullable(),
      }),
      'The check',
    ),
  },
});

const importRoute = route.post(`${path}/import`, {
  operationId: 'importAgreementDraft',
  summary:
    'An uploaded workbook as the next draft (PK Murni, or Perubahan when one is in force), read by the mapping given (else the remembered one); a 400 with its problems while it has any, or while it has defaults not confirmed (defaultsConfirmed)',
  params: ZYearParamsSchema,
  body: ZImportBodySchema,
  response: { 201: jsonResponse(ZAgreementViewSchema, 'The new draft') },
});

const auditRoute = route.get(`${path}/versions/{version}/audit`, {
  operationId: 'getAgreementVersionTimeline',
  tag: 'audit',
  summary: "A page of an agreement version's audit timeline, newest first",
  params: ZVersionParamsSchema,
  query: ZTimelineQuerySchema,
  response: { 200: jsonResponse(ZTimelinePageSchema, 'The events') },
});

export const agreementRoutes = createRouter<AuthEnv>()
  .openapi(getRoute, async (c) => c.json(await getAgreement(fromRequest(c)), 200))
  .openapi(getVersionRoute, async (c) => c.json(await getAgreement(fromRequest(c)), 200))
  .openapi(createDraftRoute, async (c) => c.json(await createAgreementDraft(fromRequest(c)), 201))
  .openapi(saveDraftRoute, async (c) => c.json(await saveAgreementDraft(fromRequest(c)), 200))
  .openapi(transitionRoute, async (c) => c.json(await transitionAgreement(fromRequest(c)), 200))
  .openapi(templateRoute, async (c) => c.json(await agreementTemplateUrl(fromRequest(c)), 200))
  .openapi(importMappingRoute, async (c) => c.json(await proposeAgreementMapping(fromRequest(c)), 200))
  .openapi(importCheckRoute, async (c) => c.json(await checkAgreementImport(fromRequest(c)), 200))
  .openapi(importRoute, async (c) => c.json(await importAgreementDraft(fromRequest(c)), 201))
  .openapi(auditRoute, async (c) => {
    const { version, ...params } = c.req.valid('param');
    const { cursor } = c.req.valid('query');
    const subject = { kind: 'agreement', version } as const;
    return c.json(await getTimeline({ user: c.get('user'), ...params, cursor, subject }), 200);
  });
