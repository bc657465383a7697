import * as z from 'zod';
import { ZAuditEventSchema } from '../../../shared/model/audit.js';
import { ZUserProfileSchema, ZUserSchema } from '../../../shared/model/organisation.js';
import { ZAgencySettingsSchema, ZStoredSettingsSchema } from '../../../shared/model/settings.js';
import { loadAgency } from '../../agency/load-agency.js';
import { listUsers, saveUser } from '../../agency/manage-users.js';
import { saveSettings } from '../../agency/settings.js';
import { getAgencyTimeline } from '../../audit/get-timeline.js';
import type { AuthEnv } from '../auth.js';
import { createRoute, createRouter } from '../router.js';
import {
  changeErrorResponses,
  errorResponses,
  jsonBody,
  jsonResponse,
  named,
  secured,
  ZAgencyParamsSchema,
  ZYearParamsSchema,
} from '../schemas/common.js';

const ZSettingsViewSchema = named(ZStoredSettingsSchema, 'AgencySettings');

const getRoute = createRoute({
  operationId: 'getSettings',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/settings',
  tags: ['settings'],
  summary: "The agency's status bands, reminder days and explanation thresholds",
  request: { params: ZAgencyParamsSchema },
  responses: { 200: jsonResponse(ZSettingsViewSchema, 'The settings'), ...errorResponses },
});

const saveRoute = createRoute({
  operationId: 'saveSettings',
  ...secured,
  method: 'put',
  path: '/agencies/{agencyId}/settings',
  tags: ['settings'],
  summary: "The planner replaces the agency's settings",
  request: {
    params: ZAgencyParamsSchema,
    body: jsonBody(z.object({ revision: z.int().min(0), settings: ZAgencySettingsSchema })),
  },
  responses: { 200: jsonResponse(ZSettingsViewSchema, 'Saved'), ...changeErrorResponses },
});

const ZUserViewSchema = named(ZUserSchema, 'AgencyUser');
const ZUserEntrySchema = ZUserProfileSchema.omit({ agencyId: true, regionId: true });

const usersRoute = createRoute({
  operationId: 'listUsers',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/users',
  tags: ['settings'],
  summary: "The agency's users with their roles and units",
  request: { params: ZAgencyParamsSchema },
  responses: {
    200: jsonResponse(z.object({ users: z.array(ZUserViewSchema) }), 'The users'),
    ...errorResponses,
  },
});

const saveUserRoute = createRoute({
  operationId: 'saveUser',
  ...secured,
  method: 'put',
  path: '/agencies/{agencyId}/users/{userId}',
  tags: ['settings'],
  summary: 'The planner adds or changes a user of the agency (roles, unit, name, language)',
  request: {
    params: ZAgencyParamsSchema.extend({ userId: ZUserSchema.shape.id }),
    body: jsonBody(ZUserEntrySchema.omit({ id: true })),
  },
  responses: { 200: jsonResponse(ZUserViewSchema, 'Saved'), ...changeErrorResponses },
});

const auditRoute = createRoute({
  operationId: 'getAgencyTimeline',
  ...secured,
  method: 'get',
  path: '/agencies/{agencyId}/years/{year}/settings/audit',
  tags: ['audit'],
  summary:
    "The agency's own record of a year: its settings, and its people added, changed, disabled, acting; failed outbox events retried",
  request: { params: ZYearParamsSchema },
  responses: {
    200: jsonResponse(z.object({ events: z.array(named(ZAuditEventSchema, 'AuditEvent')) }), 'The events'),
    ...errorResponses,
  },
});

export const settingsRoutes = createRouter<AuthEnv>()
  .openapi(auditRoute, async (c) =>
    c.json(
      {
        events: await getAgencyTimeline({ user: c.get('user'), ...c.req.valid('param') }),
      },
      200,
    ),
  )
  .openapi(getRoute, async (c) =>
    c.json((await loadAgency(c.get('user'), c.req.valid('param').agencyId, 'agency.read')).settings, 200),
  )
  .openapi(saveRoute, async (c) =>
    c.json(await saveSettings({ user: c.get('user'), ...c.req.valid('param'), ...c.req.valid('json') }), 200),
  )
  .openapi(usersRoute, async (c) =>
    c.json({ users: await listUsers({ user: c.get('user'), ...c.req.valid('param') }) }, 200),
  )
  .openapi(saveUserRoute, async (c) => {
    const { agencyId, userId } = c.req.valid('param');
    return c.json(
      await saveUser({ user: c.get('user'), agencyId, entry: { ...c.req.valid('json'), id: userId } }),
      200,
    );
  });
