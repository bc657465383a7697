import * as z from 'zod';
import type { TActor } from '../../../shared/access/policy.js';
import { type TOutboxScope, ZFailedOutboxEventSchema } from '../../../shared/model/outbox.js';
import { ZNameSchema } from '../../../shared/model/text.js';
import { listFailedEvents, retryFailedEvent } from '../../outbox/failed-events.js';
import type { AuthEnv } from '../auth.js';
import { routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema, ZRegionParamsSchema } from '../schemas/common.js';

const agencyPath = '/agencies/{agencyId}/outbox/failed';
const regionPath = '/regions/{regionId}/outbox/failed';

const route = routes('outbox');

const ZFailedEventsSchema = z.object({
  events: z.array(named(ZFailedOutboxEventSchema, 'FailedOutboxEvent')),
});
const ZEventParamSchema = z.object({ eventId: z.string().min(1).max(100) });
const ZRetryBodySchema = z.object({ reason: ZNameSchema(500) });
const ZRetriedSchema = z.object({ id: z.string(), dueAt: z.string() });

const listRoute = route.get(agencyPath, {
  operationId: 'listFailedOutboxEvents',
  summary: "The agency's events (emails, report files, access changes) given up on after their last attempt",
  params: ZAgencyParamsSchema,
  response: { 200: jsonResponse(ZFailedEventsSchema, 'The failed events, oldest failure first') },
});

const retryRoute = route.post(`${agencyPath}/{eventId}/retry`, {
  operationId: 'retryFailedOutboxEvent',
  summary: 'The planner or the administrator puts a failed event back in line, with a reason, on the record',
  params: ZAgencyParamsSchema.extend(ZEventParamSchema.shape),
  body: ZRetryBodySchema,
  response: { 200: jsonResponse(ZRetriedSchema, 'Back in line, due at once') },
});

const regionListRoute = route.get(regionPath, {
  operationId: 'listRegionFailedOutboxEvents',
  summary:
    "The region's own events (its files asked for in English) given up on after their last attempt; no agency's",
  params: ZRegionParamsSchema,
  response: { 200: jsonResponse(ZFailedEventsSchema, 'The failed events, oldest failure first') },
});

const regionRetryRoute = route.post(`${regionPath}/{eventId}/retry`, {
  operationId: 'retryRegionFailedOutboxEvent',
  summary:
    "The Bappeda puts one of the region's failed events back in line, with a reason, on the region's record",
  params: ZRegionParamsSchema.extend(ZEventParamSchema.shape),
  body: ZRetryBodySchema,
  response: { 200: jsonResponse(ZRetriedSchema, 'Back in line, due at once') },
});

type TScopeParam = { agencyId: string } | { regionId: string };

/** Whose events a path names: an agency's, or its region's own. */
const scopeOf = (param: TScopeParam): TOutboxScope =>
  'regionId' in param
    ? { scope: 'region', regionId: param.regionId }
    : { scope: 'agency', agencyId: param.agencyId };

const listed = async (user: TActor, param: TScopeParam) => ({
  events: await listFailedEvents({ user, scope: scopeOf(param) }),
});

const retried = (user: TActor, param: TScopeParam & { eventId: string }, body: { reason: string }) =>
  retryFailedEvent({ user, scope: scopeOf(param), eventId: param.eventId, ...body });

export const outboxRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) => c.json(await listed(c.get('user'), c.req.valid('param')), 200))
  .openapi(retryRoute, async (c) =>
    c.json(await retried(c.get('user'), c.req.valid('param'), c.req.valid('json')), 200),
  )
  .openapi(regionListRoute, async (c) => c.json(await listed(c.get('user'), c.req.valid('param')), 200))
  .openapi(regionRetryRoute, async (c) =>
    c.json(await retried(c.get('user'), c.req.valid('param'), c.req.valid('json')), 200),
  );
