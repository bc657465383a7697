import * as z from 'zod';
import {
  ZDeadlineRuleSchema,
  ZExtensionSchema,
  ZHolidayYearEntrySchema,
  ZRegionDeadlineRuleSchema,
  ZRegionHolidaysSchema,
} from '../../../shared/model/calendar.js';
import { ZQuarterRecordSchema } from '../../../shared/model/records.js';
import { getAgencyCalendar } from '../../calendar/get-calendar.js';
import { grantExtension } from '../../calendar/grant-extension.js';
import { saveDeadlineRule } from '../../calendar/save-deadline-rule.js';
import { saveHolidays } from '../../calendar/save-holidays.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import {
  jsonResponse,
  named,
  quartersPath,
  ZQuarterParamsSchema,
  ZRegionParamsSchema,
  ZYearParamsSchema,
} from '../schemas/common.js';

const ZHolidaysViewSchema = named(ZRegionHolidaysSchema, 'RegionHolidays');
const ZRuleViewSchema = named(ZRegionDeadlineRuleSchema, 'DeadlineRule');

const route = routes('calendar');

const calendarRoute = route.get('/agencies/{agencyId}/years/{year}/calendar', {
  operationId: 'getAgencyCalendar',
  summary: "The region's deadline rule and days off, and each of the agency's quarters' deadline that year",
  params: ZYearParamsSchema,
  response: {
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
  },
});

const holidaysRoute = route.put('/regions/{regionId}/holidays', {
  operationId: 'saveHolidays',
  summary:
    "The region's administrator replaces a year's national holidays and cuti bersama; open quarters move to their new deadlines",
  params: ZRegionParamsSchema,
  body: ZHolidayYearEntrySchema,
  response: { 200: jsonResponse(z.object({ holidays: ZHolidaysViewSchema, moved: z.int() }), 'Saved') },
});

const ruleRoute = route.put('/regions/{regionId}/deadline-rule', {
  operationId: 'saveDeadlineRule',
  summary:
    "The region's administrator sets its rule (a Perbup): quarters are due within so many working days after they end",
  params: ZRegionParamsSchema,
  body: ZDeadlineRuleSchema.extend({ revision: z.int().min(0) }),
  response: { 200: jsonResponse(z.object({ rule: ZRuleViewSchema, moved: z.int() }), 'Saved') },
});

const extensionRoute = route.put(`${quartersPath}/{quarter}/extension`, {
  operationId: 'grantExtension',
  summary:
    "The region's administrator gives the agency until a later working day for an open quarter, with the reason",
  params: ZQuarterParamsSchema,
  body: ZExtensionSchema.pick({ dueDate: true, reason: true }).extend({ revision: z.int().min(1) }),
  response: { 200: jsonResponse(named(ZQuarterRecordSchema, 'QuarterExtended'), 'Granted') },
});

export const calendarRoutes = createRouter<AuthEnv>()
  .openapi(calendarRoute, async (c) => c.json(await getAgencyCalendar(fromRequest(c)), 200))
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
  .openapi(extensionRoute, async (c) => c.json(await grantExtension(fromRequest(c)), 200));
