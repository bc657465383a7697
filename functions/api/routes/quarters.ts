import { createRoute, z } from '@hono/zod-openapi';
import { ZAuditEventSchema } from '../../../shared/model/audit.js';
import { ZEvidenceRequestSchema, ZEvidenceSchema } from '../../../shared/model/evidence.js';
import { ZIdSchema } from '../../../shared/model/organisation.js';
import { ZQuarterSchema } from '../../../shared/model/quarter.js';
import { ZQuarterPartContentSchema } from '../../../shared/model/realisation.js';
import {
  ZPartRecordSchema,
  ZQuarterRecordSchema,
  ZReviewCommentsSchema,
} from '../../../shared/model/records.js';
import { getTimeline } from '../../audit/get-timeline.js';
import { evidenceDownloadUrl, listPartEvidence, requestEvidenceUpload } from '../../evidence/evidence.js';
import { getDashboard } from '../../quarter/get-dashboard.js';
import { getPart, listQuarters } from '../../quarter/list-quarters.js';
import { savePart } from '../../quarter/save-part.js';
import { transitionPart } from '../../quarter/transition-part.js';
import { transitionQuarter } from '../../quarter/transition-quarter.js';
import type { AuthEnv } from '../auth.js';
import { createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  named,
  secured,
  ZYearParamsSchema,
} from '../schemas/common.js';

const ZPartViewSchema = named(ZPartRecordSchema, 'Part');
const ZQuarterViewSchema = named(ZQuarterRecordSchema, 'Quarter');
const ZTimelineSchema = z.object({ events: z.array(named(ZAuditEventSchema, 'AuditEvent')) });
const ZQuarterParamsSchema = ZYearParamsSchema.extend({ quarter: z.coerce.number().pipe(ZQuarterSchema) });
const ZPartParamsSchema = ZQuarterParamsSchema.extend({ unitId: ZIdSchema });
const ZPartTransitionParamsSchema = ZPartParamsSchema.extend({
  transition: z.enum(['submit', 'withdraw', 'verify', 'return', 'head-return']),
});
const ZQuarterTransitionParamsSchema = ZQuarterParamsSchema.extend({
  transition: z.enum(['sign-off', 'reopen']),
});
const ZPartEntrySchema = ZQuarterPartContentSchema.pick({
  realisations: true,
  budget: true,
  narratives: true,
}).partial();

const quarters = '/agencies/{agencyId}/years/{year}/quarters';
const part = `${quarters}/{quarter}/parts/{unitId}`;

const listRoute = createRoute({
  ...secured,
  method: 'get',
  path: quarters,
  tags: ['quarters'],
  summary: "The year's quarters with due dates and each unit's part and state",
  request: { params: ZYearParamsSchema },
  responses: {
    200: jsonResponse(
      z.object({
        quarters: z.array(
          ZQuarterViewSchema.extend({ readyForSignOff: z.boolean(), parts: z.array(ZPartViewSchema) }),
        ),
      }),
      'The quarters',
    ),
    ...errorResponses,
  },
});

const getPartRoute = createRoute({
  ...secured,
  method: 'get',
  path: part,
  tags: ['quarters'],
  summary: "A unit's part of a quarter",
  request: { params: ZPartParamsSchema },
  responses: {
    200: jsonResponse(
      z.object({ part: ZPartViewSchema, quarter: ZQuarterViewSchema, agreementVersion: z.int() }),
      'The part',
    ),
    ...errorResponses,
  },
});

const savePartRoute = createRoute({
  ...secured,
  method: 'put',
  path: part,
  tags: ['quarters'],
  summary: "Save the draft of a unit's part (partially if need be)",
  request: {
    params: ZPartParamsSchema,
    body: jsonBody(z.object({ revision: z.int().min(1), entry: ZPartEntrySchema })),
  },
  responses: { 200: jsonResponse(ZPartViewSchema, 'Saved'), ...changeErrorResponses },
});

const partTransitionRoute = createRoute({
  ...secured,
  method: 'post',
  path: `${part}/{transition}`,
  tags: ['quarters'],
  summary: 'Submit, withdraw, verify or return a part; the head returns a verified part with head-return',
  request: {
    params: ZPartTransitionParamsSchema,
    body: jsonBody(
      z.object({ revision: z.int().min(1), review: ZReviewCommentsSchema.partial().optional() }),
    ),
  },
  responses: { 200: jsonResponse(ZPartViewSchema, 'Moved'), ...changeErrorResponses },
});

const quarterTransitionRoute = createRoute({
  ...secured,
  method: 'post',
  path: `${quarters}/{quarter}/{transition}`,
  tags: ['quarters'],
  summary: 'The head signs off a quarter (every part verified) or reopens it with a reason',
  request: {
    params: ZQuarterTransitionParamsSchema,
    body: jsonBody(z.object({ revision: z.int().min(1), reason: z.string().max(4000).optional() })),
  },
  responses: { 200: jsonResponse(ZQuarterViewSchema, 'Moved'), ...changeErrorResponses },
});

const quarterAuditRoute = createRoute({
  ...secured,
  method: 'get',
  path: `${quarters}/{quarter}/audit`,
  tags: ['audit'],
  summary: "A quarter's audit timeline, its parts' events included",
  request: { params: ZQuarterParamsSchema },
  responses: { 200: jsonResponse(ZTimelineSchema, 'The events'), ...errorResponses },
});

const partAuditRoute = createRoute({
  ...secured,
  method: 'get',
  path: `${part}/audit`,
  tags: ['audit'],
  summary: "A part's audit timeline",
  request: { params: ZPartParamsSchema },
  responses: { 200: jsonResponse(ZTimelineSchema, 'The events'), ...errorResponses },
});

const ZStandingSchema = z.object({
  unitId: z.string(),
  state: ZPartRecordSchema.shape.state,
  dueAt: z.string(),
  daysLeft: z.int().nullable(),
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
});
const ZDashboardSchema = z
  .object({
    quarter: named(ZQuarterRecordSchema, 'QuarterWithReadiness').extend({ readyForSignOff: z.boolean() }),
    units: z.array(ZStandingSchema),
    completeness: z.object({ submitted: z.int(), total: z.int() }),
    timeliness: z.object({ onTime: z.int(), late: z.int() }),
    achievements: z.array(
      z.object({
        indicatorId: z.string(),
        code: z.string(),
        indicatorCode: z.string(),
        name: z.string(),
        unitIds: z.array(z.string()),
        quarter: z.number().nullable(),
        toDate: z.number().nullable(),
        band: z.string().nullable(),
      }),
    ),
    waitingOnMe: z.array(
      z.object({
        kind: z.enum(['fillPart', 'reviewPart', 'signOffQuarter', 'signAgreement', 'editAgreement']),
        quarter: ZQuarterSchema.optional(),
        unitId: z.string().optional(),
        version: z.int().optional(),
      }),
    ),
  })
  .openapi('Dashboard');

const dashboardRoute = createRoute({
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/years/{year}/dashboard',
  tags: ['quarters'],
  summary:
    "A quarter at a glance: each unit's standing, completeness, timeliness, achievements, and what waits on me",
  request: {
    params: ZYearParamsSchema,
    query: z.object({ quarter: z.coerce.number().pipe(ZQuarterSchema).optional() }),
  },
  responses: { 200: jsonResponse(ZDashboardSchema, 'The dashboard'), ...errorResponses },
});

const ZEvidenceViewSchema = named(ZEvidenceSchema, 'Evidence');

const evidenceUploadRoute = createRoute({
  ...secured,
  method: 'post',
  path: `${part}/evidence`,
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
  ...secured,
  method: 'get',
  path: `${part}/evidence`,
  tags: ['evidence'],
  summary: "A part's evidence files",
  request: { params: ZPartParamsSchema },
  responses: {
    200: jsonResponse(z.object({ evidence: z.array(ZEvidenceViewSchema) }), 'The files'),
    ...errorResponses,
  },
});

const evidenceDownloadRoute = createRoute({
  ...secured,
  method: 'get',
  path: `${part}/evidence/{evidenceId}/download`,
  tags: ['evidence'],
  summary: 'A 5-minute download URL of an evidence file',
  request: { params: ZPartParamsSchema.extend({ evidenceId: z.uuid() }) },
  responses: { 200: jsonResponse(z.object({ url: z.string() }), 'The URL'), ...errorResponses },
});

export const quarterRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) =>
    c.json({ quarters: await listQuarters({ user: c.get('user'), ...c.req.valid('param') }) }, 200),
  )
  .openapi(dashboardRoute, async (c) =>
    c.json(
      await getDashboard({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('query') }),
      200,
    ),
  )
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
  )
  .openapi(getPartRoute, async (c) =>
    c.json(await getPart({ user: c.get('user'), ...c.req.valid('param') }), 200),
  )
  .openapi(savePartRoute, async (c) => {
    const { revision, entry } = c.req.valid('json');
    return c.json(await savePart({ user: c.get('user'), ...c.req.valid('param'), revision, entry }), 200);
  })
  .openapi(partTransitionRoute, async (c) => {
    const { transition, ...params } = c.req.valid('param');
    const name = transition === 'head-return' ? 'headReturn' : transition;
    return c.json(
      await transitionPart({ user: c.get('user'), ...params, ...c.req.valid('json'), transition: name }),
      200,
    );
  })
  .openapi(quarterTransitionRoute, async (c) => {
    const { transition, ...params } = c.req.valid('param');
    const name = transition === 'sign-off' ? 'signOff' : 'reopen';
    return c.json(
      await transitionQuarter({ user: c.get('user'), ...params, ...c.req.valid('json'), transition: name }),
      200,
    );
  })
  .openapi(quarterAuditRoute, async (c) => {
    const { quarter, ...params } = c.req.valid('param');
    return c.json(
      {
        events: await getTimeline({ user: c.get('user'), ...params, subject: { kind: 'quarter', quarter } }),
      },
      200,
    );
  })
  .openapi(partAuditRoute, async (c) => {
    const { quarter, unitId, ...params } = c.req.valid('param');
    return c.json(
      {
        events: await getTimeline({
          user: c.get('user'),
          ...params,
          subject: { kind: 'part', quarter, unitId },
        }),
      },
      200,
    );
  });
