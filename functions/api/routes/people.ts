import * as z from 'zod';
import { ZActingAssignmentSchema, ZActingOrderSchema } from '../../../shared/model/acting.js';
import { ZUserSchema } from '../../../shared/model/organisation.js';
import { appointActing, endActing, listActing } from '../../agency/acting-officials.js';
import { setUserAccess } from '../../agency/set-user-access.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  named,
  secured,
  ZAgencyParamsSchema,
} from '../schemas/common.js';

const accessRoute = createRoute({
  operationId: 'setUserAccess',
  ...secured,
  method: 'post',
  path: '/agencies/{agencyId}/users/{userId}/{access}',
  tags: ['settings'],
  summary:
    'Disables a user (their tokens stop working at once; on AWS their Cognito user is disabled and signed out) or enables them again',
  request: {
    params: ZAgencyParamsSchema.extend({
      userId: ZUserSchema.shape.id,
      access: z.enum(['disable', 'enable']),
    }),
    body: jsonBody(z.object({ reason: z.string().trim().max(500).optional() })),
  },
  responses: { 200: jsonResponse(named(ZUserSchema, 'AgencyUser'), 'Saved'), ...changeErrorResponses },
});

const ZActingViewSchema = named(ZActingAssignmentSchema, 'ActingAssignment');

const actingListRoute = createRoute({
  operationId: 'listActing',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/acting',
  tags: ['settings'],
  summary: "The agency's acting officials (Plt./Plh.), past, present and coming, in the order they begin",
  request: { params: ZAgencyParamsSchema },
  responses: {
    200: jsonResponse(z.object({ assignments: z.array(ZActingViewSchema) }), 'The assignments'),
    ...errorResponses,
  },
});

const appointRoute = createRoute({
  operationId: 'appointActing',
  ...secured,
  method: 'post',
  path: '/agencies/{agencyId}/acting',
  tags: ['settings'],
  summary:
    "Appoints an acting official for the head's duty (by the head or the region admin) or a division head's (by whoever gives that role), from one day to another",
  request: { params: ZAgencyParamsSchema, body: jsonBody(ZActingOrderSchema) },
  responses: { 201: jsonResponse(ZActingViewSchema, 'Appointed'), ...changeErrorResponses },
});

const endRoute = createRoute({
  operationId: 'endActing',
  ...secured,
  method: 'post',
  path: '/agencies/{agencyId}/acting/{actingId}/end',
  tags: ['settings'],
  summary: 'Ends an acting appointment before its last day (or cancels one not yet begun)',
  request: {
    params: ZAgencyParamsSchema.extend({ actingId: z.string().min(1).max(64) }),
    body: jsonBody(z.object({ reason: z.string().trim().max(500).optional() })),
  },
  responses: { 200: jsonResponse(ZActingViewSchema, 'Ended'), ...changeErrorResponses },
});

/** The agency's people beyond their profiles: who may sign in, who acts for whom. */
export const peopleRoutes = createRouter<AuthEnv>()
  .openapi(accessRoute, async (c) =>
    c.json(
      await setUserAccess({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }),
      200,
    ),
  )
  .openapi(actingListRoute, async (c) =>
    c.json({ assignments: await listActing({ user: c.get('user'), ...c.req.valid('param') }) }, 200),
  )
  .openapi(appointRoute, async (c) =>
    c.json(
      await appointActing({ user: c.get('user'), ...c.req.valid('param'), order: c.req.valid('json') }),
      201,
    ),
  )
  .openapi(endRoute, async (c) =>
    c.json(await endActing({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }), 200),
  );
