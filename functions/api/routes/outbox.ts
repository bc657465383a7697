import * as z from 'zod';
import type { TActor } from '../../../shared/access/policy.js';
import { type TOutboxScope, ZFailedOutboxEventSchema } from '../../../shared/model/outbox.js';
import { ZNameSchema } from '../../../shared/model/text.js';
import { type TPageKey, ZCursorSchema } from '../../../shared/paging.js';
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
  nextCursor: z
    .string()
    .optional()
    .meta({ description: 'Present while older failures follow: ?cursor= for them' }),
});
const ZPageQuerySchema = z.object({
  cursor: ZCursorSchema.optional().meta({
    description: "The page before's nextCursor; the first page without",
  }),
});
const pageOf = 'A page of 50, the latest failure first; `nextCursor` while more follow';
const ZEventParamSchema = z.object({ eventId: z.string().min(1).max(100) });
const ZRetryBodySchema = z.object({ reason: ZNameSchema(500) });
const ZRetriedSchema = z.object({ id: z.string(), dueAt: z.string() });

const listRoute = route.get(agencyPath, {
  operationId: 'listFailedOutboxEvents',
  summary: "The agency's events (emails, report files, access changes) given up on after their last attempt",
  params: ZAgencyParamsSchema,
  query: ZPageQuerySchema,
  response: { 200: jsonResponse(ZFailedEventsSchema, pageOf) },
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
  query: ZPageQuerySchema,
  response: { 200: jsonResponse(ZFailedEventsSchema, pageOf) },
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

const listed = (user: TActor, param: TScopeParam, query: { cursor?: TPageKey }) =>
  listFailedEvents({ user, scope: scopeOf(param), after: query.cursor });

const retried = (user: TActor, param: TScopeParam & { eventId: string }, body: { reason: string }) =>
  retryFailedEvent({ user, scope: scopeOf(param), eventId: param.eventId, ...body });

export const outboxRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) =>
    c.json(await listed(c.get('user'), c.req.valid('param'), c.req.valid('query')), 200),
  )
  .openapi(retryRoute, async (c) =>
    c.json(await retried(c.get('user'), c.req.valid('param'), c.req.valid('json')), 200),
  )
  .openapi(regionListRoute, async (c) =>
    c.json(await listed(c.get('user'), c.req.valid('param'), c.req.valid('query')), 200),
  )
  .openapi(regionRetryRoute, async (c) =>
    c.json(await retried(c.get('user'), c.req.valid('param'), c.req.valid('json')), 200),
  );
