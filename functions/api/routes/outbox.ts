import * as z from 'zod';
import { ZFailedOutboxEventSchema } from '../../../shared/model/outbox.js';
import { ZNameSchema } from '../../../shared/model/text.js';
import { listFailedEvents, retryFailedEvent } from '../../outbox/failed-events.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema } from '../schemas/common.js';

const path = '/agencies/{agencyId}/outbox/failed';

const route = routes('outbox');

const listRoute = route.get(path, {
  operationId: 'listFailedOutboxEvents',
  summary: "The agency's events (emails, report files, access changes) given up on after their last attempt",
  params: ZAgencyParamsSchema,
  response: {
    200: jsonResponse(
      z.object({ events: z.array(named(ZFailedOutboxEventSchema, 'FailedOutboxEvent')) }),
      'The failed events, oldest failure first',
    ),
  },
});

const retryRoute = route.post(`${path}/{eventId}/retry`, {
  operationId: 'retryFailedOutboxEvent',
  summary: 'The planner or the administrator puts a failed event back in line, with a reason, on the record',
  params: ZAgencyParamsSchema.extend({ eventId: z.string().min(1).max(100) }),
  body: z.object({ reason: ZNameSchema(500) }),
  response: {
    200: jsonResponse(z.object({ id: z.string(), dueAt: z.string() }), 'Back in line, due at once'),
  },
});

export const outboxRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) => c.json({ events: await listFailedEvents(fromRequest(c)) }, 200))
  .openapi(retryRoute, async (c) => c.json(await retryFailedEvent(fromRequest(c)), 200));
