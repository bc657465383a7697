import * as z from 'zod';
import { ZFailedOutboxEventSchema } from '../../../shared/model/outbox.js';
import { ZNameSchema } from '../../../shared/model/text.js';
import { listFailedEvents, retryFailedEvent } from '../../outbox/failed-events.js';
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

const path = '/agencies/{agencyId}/outbox/failed';

const listRoute = createRoute({
  operationId: 'listFailedOutboxEvents',
  ...secured,
  method: 'get',
  path,
  tags: ['outbox'],
  summary: "The agency's events (emails, report files, access changes) given up on after their last attempt",
  request: { params: ZAgencyParamsSchema },
  responses: {
    200: jsonResponse(
      z.object({ events: z.array(named(ZFailedOutboxEventSchema, 'FailedOutboxEvent')) }),
      'The failed events, oldest failure first',
    ),
    ...errorResponses,
  },
});

const retryRoute = createRoute({
  operationId: 'retryFailedOutboxEvent',
  ...secured,
  method: 'post',
  path: `${path}/{eventId}/retry`,
  tags: ['outbox'],
  summary: 'The planner or the administrator puts a failed event back in line, with a reason, on the record',
  request: {
    params: ZAgencyParamsSchema.extend({ eventId: z.string().min(1).max(100) }),
    body: jsonBody(z.object({ reason: ZNameSchema(500) })),
  },
  responses: {
    200: jsonResponse(z.object({ id: z.string(), dueAt: z.string() }), 'Back in line, due at once'),
    ...changeErrorResponses,
  },
});

export const outboxRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) =>
    c.json({ events: await listFailedEvents({ user: c.get('user'), ...c.req.valid('param') }) }, 200),
  )
  .openapi(retryRoute, async (c) =>
    c.json(
      await retryFailedEvent({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }),
      200,
    ),
  );
