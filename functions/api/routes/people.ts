import { createRoute, z } from '@hono/zod-openapi';
import { ZUserSchema } from '../../../shared/model/organisation.js';
import { setUserAccess } from '../../agency/set-user-access.js';
import type { AuthEnv } from '../auth.js';
import { createRouter } from '../router.js';
import {
  changeErrorResponses,
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

/** The agency's people beyond their profiles: who may sign in. */
export const peopleRoutes = createRouter<AuthEnv>().openapi(accessRoute, async (c) =>
  c.json(await setUserAccess({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }), 200),
);
