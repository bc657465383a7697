import * as z from 'zod';
import { ZAgencySchema, ZUnitSchema } from '../../../shared/model/organisation.js';
import { listAgencies } from '../../agency/list-agencies.js';
import { loadAgency } from '../../agency/load-agency.js';
import { getBudgetTable, getPerformanceTable } from '../../performance/get-tables.js';
import { getTrends } from '../../performance/get-trends.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import {
  jsonResponse,
  ZAgencyParamsSchema,
  ZTableQuerySchema,
  ZYearParamsSchema,
} from '../schemas/common.js';
import { ZBudgetTableSchema, ZPerformanceTableSchema, ZTrendsSchema } from '../schemas/tables.js';

const route = routes('tables');

const listRoute = route.get('/agencies', {
  operationId: 'listAgencies',
  tag: 'agency',
  summary: 'The agencies the user may read: their own, their region’s, or all (admin)',
  response: { 200: jsonResponse(z.object({ agencies: z.array(ZAgencySchema) }), 'The agencies') },
});

const agencyRoute = route.get('/agencies/{agencyId}', {
  operationId: 'getAgency',
  tag: 'agency',
  summary: 'An agency with its units',
  params: ZAgencyParamsSchema,
  response: {
    200: jsonResponse(
      z.object({ agency: ZAgencySchema, units: z.array(ZUnitSchema) }).meta({ id: 'AgencyWithUnits' }),
      'The agency',
    ),
  },
});

const performanceRoute = route.get('/agencies/{agencyId}/years/{year}/performance', {
  operationId: 'getPerformanceTable',
  summary:
    'The computed performance table: achievement and status band per indicator, per quarter and for the year',
  params: ZYearParamsSchema,
  query: ZTableQuerySchema,
  response: { 200: jsonResponse(ZPerformanceTableSchema, 'The table') },
});

const budgetRoute = route.get('/agencies/{agencyId}/years/{year}/budget', {
  operationId: 'getBudgetTable',
  summary: 'The computed budget table: allocation, realised, absorption and remainder, with totals',
  params: ZYearParamsSchema,
  query: ZTableQuerySchema,
  response: { 200: jsonResponse(ZBudgetTableSchema, 'The table') },
});

const trendsRoute = route.get('/agencies/{agencyId}/years/{year}/trends', {
  operationId: 'getTrends',
  summary:
    "Trends: each indicator's realisation against target per quarter and in the past years that have it; budget absorption per quarter",
  params: ZYearParamsSchema,
  response: { 200: jsonResponse(ZTrendsSchema, 'The trends') },
});

export const agencyRoutes = createRouter<AuthEnv>()
  .openapi(listRoute, async (c) => c.json({ agencies: await listAgencies(c.get('user')) }, 200))
  .openapi(agencyRoute, async (c) =>
    c.json(await loadAgency(c.get('user'), c.req.valid('param').agencyId, 'agency.read'), 200),
  )
  .openapi(performanceRoute, async (c) => c.json(await getPerformanceTable(fromRequest(c)), 200))
  .openapi(budgetRoute, async (c) => c.json(await getBudgetTable(fromRequest(c)), 200))
  .openapi(trendsRoute, async (c) => c.json(await getTrends(fromRequest(c)), 200));
