import { createRoute, z } from '@hono/zod-openapi';
import { ZAgreementContentSchema } from '../../../shared/model/agreement-content.js';
import { ZAgreementRecordSchema } from '../../../shared/model/records.js';
import { createAgreementDraft } from '../../agreement/create-agreement-draft.js';
import { getAgreement } from '../../agreement/get-agreement.js';
import { saveAgreementDraft } from '../../agreement/save-agreement-draft.js';
import type { AuthEnv } from '../auth.js';
import { createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  secured,
  ZYearParamsSchema,
} from '../schemas/common.js';

const ZAgreementViewSchema = ZAgreementRecordSchema.openapi('AgreementVersion');
const ZVersionParamsSchema = ZYearParamsSchema.extend({ version: z.coerce.number().int().min(1) });
const path = '/agencies/{agencyId}/years/{year}/agreement';

const getRoute = createRoute({
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
  );
