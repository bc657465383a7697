import * as z from 'zod';
import {
  ZDeadlineRuleSchema,
  ZExtensionSchema,
  ZHolidayYearEntrySchema,
  ZRegionDeadlineRuleSchema,
  ZRegionHolidaysSchema,
} from '../../../shared/model/calendar.js';
import { ZIdSchema } from '../../../shared/model/organisation.js';
import { ZQuarterRecordSchema } from '../../../shared/model/records.js';
import { getAgencyCalendar } from '../../calendar/get-calendar.js';
import { grantExtension } from '../../calendar/grant-extension.js';
import { saveDeadlineRule } from '../../calendar/save-deadline-rule.js';
import { saveHolidays } from '../../calendar/save-holidays.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  named,
  quartersPath,
  secured,
  ZQuarterParamsSchema,
  ZYearParamsSchema,
} from '../schemas/common.js';

const ZHolidaysViewSchema = named(ZRegionHolidaysSchema, 'RegionHolidays');
const ZRuleViewSchema = named(ZRegionDeadlineRuleSchema, 'DeadlineRule');
const ZRegionParamsSchema = z.object({ regionId: ZIdSchema });

const calendarRoute = createRoute({
  operationId: 'getAgencyCalendar',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/years/{year}/calendar',
  tags: ['calendar'],
  summary: "The region's deadline rule and days off, and each of the agency's quarters' deadline that year",
  request: { params: ZYearParamsSchema },
  responses: {
    200: jsonResponse(
      z
        .object({
          regionId: z.string(),
          rule: ZRuleViewSchema,
          holidays: ZHolidaysViewSchema,
          nextHolidays: ZHolidaysViewSchema,
          quarters: z.array(
            ZQuarterRecordSchema.pick({
              quarter: true,
              state: true,
              revision: true,
              dueAt: true,
              extension: true,
            })
              .extend({ deadline: z.string() })
              .meta({ id: 'QuarterDeadline' }),
          ),
        })
        .meta({ id: 'AgencyCalendar' }),
      'The calendar',
    ),
    ...errorResponses,
  },
});

const holidaysRoute = createRoute({
  operationId: 'saveHolidays',
  ...secured,
  method: 'put',
  path: '/regions/{regionId}/holidays',
  tags: ['calendar'],
  summary:
    "The region's administrator replaces a year's national holidays and cuti bersama; open quarters move to their new deadlines",
  request: {
    params: ZRegionParamsSchema,
    body: jsonBody(ZHolidayYearEntrySchema),
  },
  responses: {
    200: jsonResponse(z.object({ holidays: ZHolidaysViewSchema, moved: z.int() }), 'Saved'),
    ...changeErrorResponses,
  },
});

const ruleRoute = createRoute({
  operationId: 'saveDeadlineRule',
  ...secured,
  method: 'put',
  path: '/regions/{regionId}/deadline-rule',
  tags: ['calendar'],
  summary:
    "The region's administrator sets its rule (a Perbup): quarters are due within so many working days after they end",
  request: {
    params: ZRegionParamsSchema,
    body: jsonBody(ZDeadlineRuleSchema.extend({ revision: z.int().min(0) })),
  },
  responses: {
    200: jsonResponse(z.object({ rule: ZRuleViewSchema, moved: z.int() }), 'Saved'),
    ...changeErrorResponses,
  },
});

const extensionRoute = createRoute({
  operationId: 'grantExtension',
  ...secured,
  method: 'put',
  path: `${quartersPath}/{quarter}/extension`,
  tags: ['calendar'],
  summary:
    "The region's administrator gives the agency until a later working day for an open quarter, with the reason",
  request: {
    params: ZQuarterParamsSchema,
    body: jsonBody(
      ZExtensionSchema.pick({ dueDate: true, reason: true }).extend({ revision: z.int().min(1) }),
    ),
  },
  responses: {
    200: jsonResponse(named(ZQuarterRecordSchema, 'QuarterExtended'), 'Granted'),
    ...changeErrorResponses,
  },
});

export const calendarRoutes = createRouter<AuthEnv>()
  .openapi(calendarRoute, async (c) =>
    c.json(await getAgencyCalendar({ user: c.get('user'), ...c.req.valid('param') }), 200),
  )
  .openapi(holidaysRoute, async (c) => {
    const { revision, ...entry } = c.req.valid('json');
    return c.json(await saveHolidays({ user: c.get('user'), ...c.req.valid('param'), revision, entry }), 200);
  })
  .openapi(ruleRoute, async (c) => {
    const { revision, ...rule } = c.req.valid('json');
    return c.json(
      await saveDeadlineRule({ user: c.get('user'), ...c.req.valid('param'), revision, rule }),
      200,
    );
  })
  .openapi(extensionRoute, async (c) =>
    c.json(
      await grantExtension({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }),
      200,
    ),
  );
