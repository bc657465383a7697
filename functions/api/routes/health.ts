import * as z from 'zod';
import { checkHealth } from '../../system/check-health.js';
import { retryAfterSeconds } from '../errors.js';
import { createRoute, createRouter } from '../router.js';
import { publicRoute, serviceResponses } from '../schemas/common.js';

const ZPartSchema = z.object({ ok: z.boolean(), error: z.string().optional() });
const ZHealthSchema = z
  .object({
    ok: z.boolean(),
    checkedAt: z.iso.datetime(),
    database: ZPartSchema,
    reportStorage: ZPartSchema,
    evidenceStorage: ZPartSchema,
  })
  .meta({ id: 'Health' });

const healthRoute = createRoute({
  operationId: 'getHealth',
  ...publicRoute,
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Whether the database, the report storage and the evidence storage answer',
  description: 'Checked at most once every few seconds; `checkedAt` says when.',
  responses: {
    200: { description: 'Every part answers', content: { 'application/json': { schema: ZHealthSchema } } },
    503: {
      description: 'A part is down: the one with `ok: false`',
      content: { 'application/json': { schema: ZHealthSchema } },
    },
    429: serviceResponses[429],
  },
});

export const healthRoutes = createRouter().openapi(healthRoute, async (c) => {
  const health = await checkHealth();
  if (health.ok) return c.json(health, 200);
  c.header('Retry-After', String(retryAfterSeconds));
  return c.json(health, 503);
});
