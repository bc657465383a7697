import * as z from 'zod';
import { ZAgreementContentSchema } from '../../../shared/model/agreement-content.js';
import { ZAuditEventSchema } from '../../../shared/model/audit.js';
import { ZAgreementRecordSchema } from '../../../shared/model/records.js';
import { ZFreeTextSchema } from '../../../shared/model/text.js';
import { createAgreementDraft } from '../../agreement/create-agreement-draft.js';
import { getAgreement } from '../../agreement/get-agreement.js';
import { saveAgreementDraft } from '../../agreement/save-agreement-draft.js';
import { transitionAgreement } from '../../agreement/transition-agreement.js';
import { getTimeline } from '../../audit/get-timeline.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZYearParamsSchema } from '../schemas/common.js';

const ZAgreementViewSchema = named(ZAgreementRecordSchema, 'AgreementVersion');
const ZVersionParamsSchema = ZYearParamsSchema.extend({ version: z.coerce.number().int().min(1) });
const path = '/agencies/{agencyId}/years/{year}/agreement';

const route = routes('agreement');

const getRoute = route.get(path, {
  operationId: 'getAgreement',
  summary: "The year's performance agreement: every version and the one in force",
  params: ZYearParamsSchema,
  response: {
    200: jsonResponse(
      z.object({ inForce: z.int().nullable(), versions: z.array(ZAgreementViewSchema) }),
      'The versions',
    ),
  },
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

const auditRoute = route.get(`${path}/versions/{version}/audit`, {
  operationId: 'getAgreementVersionTimeline',
  tag: 'audit',
  summary: "An agreement version's audit timeline",
  params: ZVersionParamsSchema,
  response: { 200: jsonResponse(z.object({ events: z.array(ZAuditEventSchema) }), 'The events') },
});

export const agreementRoutes = createRouter<AuthEnv>()
  .openapi(getRoute, async (c) => c.json(await getAgreement(fromRequest(c)), 200))
  .openapi(createDraftRoute, async (c) => c.json(await createAgreementDraft(fromRequest(c)), 201))
  .openapi(saveDraftRoute, async (c) => c.json(await saveAgreementDraft(fromRequest(c)), 200))
  .openapi(transitionRoute, async (c) => c.json(await transitionAgreement(fromRequest(c)), 200))
  .openapi(auditRoute, async (c) => {
    const { version, ...params } = c.req.valid('param');
    return c.json(
      {
        events: await getTimeline({
          user: c.get('user'),
          ...params,
          subject: { kind: 'agreement', version },
        }),
      },
      200,
    );
  });
