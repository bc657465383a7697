import * as z from 'zod';
import { ZHomeActingNoticeSchema } from '../../../shared/model/acting.js';
import { ZQuarterSchema } from '../../../shared/model/quarter.js';
import { ZPartRecordSchema, ZQuarterRecordSchema } from '../../../shared/model/records.js';
import { getDashboard } from '../../quarter/get-dashboard.js';
import { getMyTasks } from '../../quarter/get-my-tasks.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema, ZYearParamsSchema } from '../schemas/common.js';

/** The steps that wait on someone (TWaitingItem), and the quarter, unit or agreement version each is about. */
const waitingKinds = ['fillPart', 'reviewPart', 'signOffQuarter', 'signAgreement', 'editAgreement'] as const;
const waitingOn = {
  quarter: ZQuarterSchema.optional(),
  unitId: z.string().optional(),
  version: z.int().optional(),
};

const ZStandingSchema = z.object({
  unitId: z.string(),
  state: ZPartRecordSchema.shape.state,
  dueAt: z.string(),
  daysLeft: z.int().nullable(),
  submittedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
});
const ZDashboardSchema = z
  .object({
    quarter: named(ZQuarterRecordSchema.extend({ readyForSignOff: z.boolean() }), 'QuarterWithReadiness'),
    units: z.array(ZStandingSchema),
    completeness: z.object({ submitted: z.int(), total: z.int() }),
    timeliness: z.object({ onTime: z.int(), late: z.int() }),
    achievements: z.array(
      z.object({
        indicatorId: z.string(),
        code: z.string(),
        indicatorCode: z.string(),
        name: z.string(),
        unitIds: z.array(z.string()),
        quarter: z.number().nullable(),
        toDate: z.number().nullable(),
        band: z.string().nullable(),
        annualOnly: z.boolean(),
        target: z.number(),
        unit: z.string(),
        atRisk: z.object({ bestOnPlan: z.number(), bestAchievement: z.number().nullable() }).nullable(),
      }),
    ),
    waitingOnMe: z.array(z.object({ kind: z.enum(waitingKinds), ...waitingOn })),
  })
  .meta({ id: 'Dashboard' });

const route = routes('quarters');

const dashboardRoute = route.get('/agencies/{agencyId}/years/{year}/dashboard', {
  operationId: 'getDashboard',
  summary:
    "A quarter at a glance: each unit's standing, completeness, timeliness, achievements, and what waits on me",
  params: ZYearParamsSchema,
  query: z.object({ quarter: z.coerce.number().pipe(ZQuarterSchema).optional() }),
  response: { 200: jsonResponse(ZDashboardSchema, 'The dashboard') },
});

const ZMyTasksSchema = z
  .object({
    now: z.string(),
    tasks: z.array(
      z.object({
        kind: z.enum([...waitingKinds, 'writeAnnualReport']),
        year: z.int(),
        ...waitingOn,
        returned: z.boolean().optional(),
        dueAt: z.string().nullable(),
        daysLeft: z.int().nullable(),
      }),
    ),
    acting: z.array(named(ZHomeActingNoticeSchema, 'ActingNotice')),
  })
  .meta({ id: 'MyTasks' });

const myTasksRoute = route.get('/agencies/{agencyId}/tasks', {
  operationId: 'listMyTasks',
  summary:
    "What waits on me in the agency, most urgent first, across last year and this one (in January, last year's TW4 and LKj); and the acting duties I carry in any agency, or that carry mine, in force or coming",
  params: ZAgencyParamsSchema,
  response: { 200: jsonResponse(ZMyTasksSchema, 'My tasks, each with its deadline and the days left') },
});

export const dashboardRoutes = createRouter<AuthEnv>()
  .openapi(dashboardRoute, async (c) => c.json(await getDashboard(fromRequest(c)), 200))
  .openapi(myTasksRoute, async (c) => c.json(await getMyTasks(fromRequest(c)), 200));
