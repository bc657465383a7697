import * as z from 'zod';
import { ZAgencySchema, ZUnitSchema } from '../../../shared/model/organisation.js';
import { listAgencies } from '../../agency/list-agencies.js';
import { loadAgency } from '../../agency/load-agency.js';
import { getBudgetTable, getPerformanceTable } from '../../performance/get-tables.js';
import { getTrends } from '../../performance/get-trends.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  errorResponses,
  jsonResponse,
  secured,
  ZAgencyParamsSchema,
  ZTableQuerySchema,
  ZYearParamsSchema,
} from '../schemas/common.js';
import { ZBudgetTableSchema, ZPerformanceTableSchema, ZTrendsSchema } from '../schemas/tables.js';

const listRoute = createRoute({
  operationId: 'listAgencies',
  ...secured,
  method: 'get',
  path: '/agencies',
  tags: ['agency'],
  summary: 'The agencies the user may read: their own, their region’s, or all (admin)',
  responses: {
    200: jsonResponse(z.object({ agencies: z.array(ZAgencySchema) }), 'The agencies'),
    ...errorResponses,
  },
});

const agencyRoute = createRoute({
  operationId: 'getAgency',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}',
  tags: ['agency'],
  summary: 'An agency with its units',
  request: { params: ZAgencyParamsSchema },
  responses: {
    200: jsonResponse(
      z.object({ agency: ZAgencySchema, units: z.array(ZUnitSchema) }).meta({ id: 'AgencyWithUnits' }),
      'The agency',
    ),
    ...errorResponses,
  },
});

const performanceRoute = createRoute({
  operationId: 'getPerformanceTable',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/years/{year}/performance',
  tags: ['tables'],
  summary:
    'The computed performance table: achievement and status band per indicator, per quarter and for the year',
  request: { params: ZYearParamsSchema, query: ZTableQuerySchema },
  responses: { 200: jsonResponse(ZPerformanceTableSchema, 'The table'), ...errorResponses },
});

const budgetRoute = createRoute({
  operationId: 'getBudgetTable',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/years/{year}/budget',
  tags: ['tables'],
  summary: 'The computed budget table: allocation, realised, absorption and remainder, with totals',
  request: { params: ZYearParamsSchema, query: ZTableQuerySchema },
  responses: { 200: jsonResponse(ZBudgetTableSchema, 'The table'), ...errorResponses },
});

const trendsRoute = createRoute({
  operationId: 'getTrends',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/years/{year}/trends',
  tags: ['tables'],
  summary:
    "Trends: each indicator's realisation against target per quarter and in the past years that have it; budget absorption per quarter",
  request: { params: ZYearParamsSchema },
  responses: { 200: jsonResponse(ZTrendsSchema, 'The trends'), ...errorResponses },
});

export const agencyRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) => c.json({ agencies: await listAgencies(c.get('user')) }, 200))
  .openapi(agencyRoute, async (c) =>
    c.json(await loadAgency(c.get('user'), c.req.valid('param').agencyId, 'agency.read'), 200),
  )
  .openapi(performanceRoute, async (c) =>
    c.json(
      await getPerformanceTable({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('query') }),
      200,
    ),
  )
  .openapi(budgetRoute, async (c) =>
    c.json(
      await getBudgetTable({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('query') }),
      200,
    ),
  )
  .openapi(trendsRoute, async (c) =>
    c.json(await getTrends({ user: c.get('user'), ...c.req.valid('param') }), 200),
  );
