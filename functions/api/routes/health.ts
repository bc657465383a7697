import { createRoute, z } from '@hono/zod-openapi';
import { checkHealth } from '../../system/check-health.js';
import { createRouter } from '../router.js';

const ZCheckSchema = z.object({ ok: z.boolean(), error: z.string().optional() });
const ZHealthSchema = z
  .object({ ok: z.boolean(), dynamodb: ZCheckSchema, s3: ZCheckSchema })
  .openapi('Health');

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Reachability of DynamoDB and S3',
  responses: {
    200: { description: 'Everything reachable', content: { 'application/json': { schema: ZHealthSchema } } },
    503: {
      description: 'A dependency is unreachable',
      content: { 'application/json': { schema: ZHealthSchema } },
    },
  },
});

export const healthRoutes = createRouter().openapi(healthRoute, async (c) => {
  const health = await checkHealth();
  return health.ok ? c.json(health, 200) : c.json(health, 503);
});
