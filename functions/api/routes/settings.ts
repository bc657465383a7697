import * as z from 'zod';
import { ZRecordAgencySchema } from '../../../shared/model/audit.js';
import { ZUserProfileSchema, ZUserSchema } from '../../../shared/model/organisation.js';
import { ZAgencySettingsSchema, ZStoredSettingsSchema } from '../../../shared/model/settings.js';
import { loadAgency } from '../../agency/load-agency.js';
import { listUsers, saveUser } from '../../agency/manage-users.js';
import { saveSettings } from '../../agency/settings.js';
import { getAgencyTimeline } from '../../audit/get-timeline.js';
import type { AuthEnv } from '../auth.js';
import { fromRequest, routes } from '../route.js';
import { createRouter } from '../router.js';
import { jsonResponse, named, ZAgencyParamsSchema, ZYearParamsSchema } from '../schemas/common.js';
import { ZTimelinePageSchema, ZTimelineQuerySchema } from '../schemas/timeline-page.js';

const ZSettingsViewSchema = named(ZStoredSettingsSchema, 'AgencySettings');

const route = routes('settings');

const getRoute = route.get('/agencies/{agencyId}/settings', {
  operationId: 'getSettings',
  summary: "The agency's status bands, reminder days and explanation thresholds",
  params: ZAgencyParamsSchema,
  response: { 200: jsonResponse(ZSettingsViewSchema, 'The settings') },
});

const saveRoute = route.put('/agencies/{agencyId}/settings', {
  operationId: 'saveSettings',
  summary: "The planner replaces the agency's settings",
  params: ZAgencyParamsSchema,
  body: z.object({ revision: z.int().min(0), settings: ZAgencySettingsSchema }),
  response: { 200: jsonResponse(ZSettingsViewSchema, 'Saved') },
});

const ZUserViewSchema = named(ZUserSchema, 'AgencyUser');
const ZUserEntrySchema = ZUserProfileSchema.omit({ agencyId: true, regionId: true });

const usersRoute = route.get('/agencies/{agencyId}/users', {
  operationId: 'listUsers',
  summary: "The agency's users with their roles and units",
  params: ZAgencyParamsSchema,
  response: { 200: jsonResponse(z.object({ users: z.array(ZUserViewSchema) }), 'The users') },
});

const saveUserRoute = route.put('/agencies/{agencyId}/users/{userId}', {
  operationId: 'saveUser',
  summary: 'The planner adds or changes a user of the agency (roles, unit, name, language)',
  params: ZAgencyParamsSchema.extend({ userId: ZUserSchema.shape.id }),
  body: ZUserEntrySchema.omit({ id: true }),
  response: { 200: jsonResponse(ZUserViewSchema, 'Saved') },
});

const auditRoute = route.get('/agencies/{agencyId}/years/{year}/settings/audit', {
  operationId: 'getAgencyTimeline',
  tag: 'audit',
  summary:
    "A page of the agency's own record of a year, newest first: its settings, and its people added, changed, disabled, acting; failed outbox events retried",
  params: ZYearParamsSchema,
  query: ZTimelineQuerySchema,
  response: {
    200: jsonResponse(
      ZTimelinePageSchema.extend({
        /** The agencies of the region the events name by id (a person moved), by short name, with the units of them they name. */
        agencies: z.array(named(ZRecordAgencySchema, 'RecordAgency')),
      }),
      'The events',
    ),
  },
});

export const settingsRoutes = createRouter<AuthEnv>()
  .openapi(auditRoute, async (c) => c.json(await getAgencyTimeline(fromRequest(c)), 200))
  .openapi(getRoute, async (c) =>
    c.json((await loadAgency(c.get('user'), c.req.valid('param').agencyId, 'agency.read')).settings, 200),
  )
  .openapi(saveRoute, async (c) => c.json(await saveSettings(fromRequest(c)), 200))
  .openapi(usersRoute, async (c) => c.json({ users: await listUsers(fromRequest(c)) }, 200))
  .openapi(saveUserRoute, async (c) => {
    const { agencyId, userId } = c.req.valid('param');
    return c.json(
      await saveUser({ user: c.get('user'), agencyId, entry: { ...c.req.valid('json'), id: userId } }),
      200,
    );
  });
