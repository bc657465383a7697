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

const ZAgreementViewSchema = named(ZAgreementRecordSchema, 'AgreementVersion');
const ZVersionParamsSchema = ZYearParamsSchema.extend({ version: z.coerce.number().int().min(1) });
const path = '/agencies/{agencyId}/years/{year}/agreement';

const getRoute = createRoute({
  operationId: 'getAgreement',
  ...secured,
  method: 'get',
  path,
  tags: ['agreement'],
  summary: "The year's performance agreement: every version and the one in force",
  request: { params: ZYearParamsSchema },
  responses: {
    200: jsonResponse(
      z.object({ inForce: z.int().nullable(), versions: z.array(ZAgreementViewSchema) }),
      'The versions',
    ),
    ...errorResponses,
  },
});

const createDraftRoute = createRoute({
  operationId: 'createAgreementDraft',
  ...secured,
  method: 'post',
  path: `${path}/versions`,
  tags: ['agreement'],
  summary:
    'Start a draft: the PK Murni from the content given, or a PK Perubahan copied from the version in force',
  request: {
    params: ZYearParamsSchema,
    body: jsonBody(z.object({ content: ZAgreementContentSchema.optional() })),
  },
  responses: { 201: jsonResponse(ZAgreementViewSchema, 'The new draft'), ...changeErrorResponses },
});

const saveDraftRoute = createRoute({
  operationId: 'saveAgreementDraft',
  ...secured,
  method: 'put',
  path: `${path}/versions/{version}`,
  tags: ['agreement'],
  summary: "Replace a draft's content; `revision` is the one the edit started from",
  request: {
    params: ZVersionParamsSchema,
    body: jsonBody(z.object({ revision: z.int().min(1), content: ZAgreementContentSchema })),
  },
  responses: { 200: jsonResponse(ZAgreementViewSchema, 'The saved draft'), ...changeErrorResponses },
});

const transitionRoute = createRoute({
  operationId: 'transitionAgreementVersion',
  ...secured,
  method: 'post',
  path: `${path}/versions/{version}/{transition}`,
  tags: ['agreement'],
  summary: 'The planner submits (or withdraws) a version; the head signs it or returns it with a reason',
  request: {
    params: ZVersionParamsSchema.extend({ transition: z.enum(['submit', 'withdraw', 'return', 'sign']) }),
    body: jsonBody(z.object({ revision: z.int().min(1), reason: ZFreeTextSchema(4000).optional() })),
  },
  responses: { 200: jsonResponse(ZAgreementViewSchema, 'Moved'), ...changeErrorResponses },
});

const auditRoute = createRoute({
  operationId: 'getAgreementVersionTimeline',
  ...secured,
  method: 'get',
  path: `${path}/versions/{version}/audit`,
  tags: ['audit'],
  summary: "An agreement version's audit timeline",
  request: { params: ZVersionParamsSchema },
  responses: {
    200: jsonResponse(z.object({ events: z.array(ZAuditEventSchema) }), 'The events'),
    ...errorResponses,
  },
});

export const agreementRoutes = createRouter<AuthEnv>()
  .openapi(getRoute, async (c) =>
    c.json(await getAgreement({ user: c.get('user'), ...c.req.valid('param') }), 200),
  )
  .openapi(createDraftRoute, async (c) =>
    c.json(
      await createAgreementDraft({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }),
      201,
    ),
  )
  .openapi(saveDraftRoute, async (c) =>
    c.json(
      await saveAgreementDraft({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }),
      200,
    ),
  )
  .openapi(transitionRoute, async (c) =>
    c.json(
      await transitionAgreement({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }),
      200,
    ),
  )
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
