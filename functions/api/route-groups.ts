import type { Hono } from 'hono';
import { every } from 'hono/combine';
import { honoPath } from './router.js';

/**
 * A file of routes/, loaded with the first request for one of its routes: a start of the API reads
 * none of them, and each brings its handlers, use cases and zod schemas when first asked for
 * (issue 16: the API's cold start).
 */
export type TRouteGroup = {
  load: () => Promise<Pick<Hono, 'routes'>>;
  /** Its routes as the file declares them, in order (`get /agencies/{agencyId}`); route-groups.test.ts checks them. */
  serves: readonly string[];
};

/** Every group, in the order of api-routes.ts: where two routes fit a request, the first declared answers. */
export const routeGroups: readonly TRouteGroup[] = [
  {
    load: async () => (await import('./routes/health.js')).healthRoutes,
    serves: ['get /health'],
  },
  {
    load: async () => (await import('./routes/session.js')).sessionRoutes,
    serves: ['get /config', 'get /dev/users', 'post /dev/sign-in', 'get /me', 'put /me'],
  },
  {
    load: async () => (await import('./routes/agencies.js')).agencyRoutes,
    serves: [
      'get /agencies',
      'get /agencies/{agencyId}',
      'get /agencies/{agencyId}/years/{year}/performance',
      'get /agencies/{agencyId}/years/{year}/budget',
      'get /agencies/{agencyId}/years/{year}/trends',
    ],
  },
  {
    load: async () => (await import('./routes/agreement.js')).agreementRoutes,
    serves: [
      'get /agencies/{agencyId}/years/{year}/agreement',
      'get /agencies/{agencyId}/years/{year}/agreement/versions/{version}',
      'post /agencies/{agencyId}/years/{year}/agreement/versions',
      'put /agencies/{agencyId}/years/{year}/agreement/versions/{version}',
      'post /agencies/{agencyId}/years/{year}/agreement/versions/{version}/{transition}',
      'get /agencies/{agencyId}/years/{year}/agreement/template',
      'post /agencies/{agencyId}/years/{year}/agreement/import/mapping',
      'post /agencies/{agencyId}/years/{year}/agreement/import/check',
      'post /agencies/{agencyId}/years/{year}/agreement/import',
      'get /agencies/{agencyId}/years/{year}/agreement/versions/{version}/audit',
    ],
  },
  {
    load: async () => (await import('./routes/dashboard.js')).dashboardRoutes,
    serves: ['get /agencies/{agencyId}/years/{year}/dashboard', 'get /agencies/{agencyId}/tasks'],
  },
  {
    load: async () => (await import('./routes/evidence.js')).evidenceRoutes,
    serves: [
      'post /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}/evidence',
      'post /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}/evidence/{evidenceId}/confirm',
      'get /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}/evidence',
      'get /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}/evidence/{evidenceId}/download',
      'delete /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}/evidence/{evidenceId}',
    ],
  },
  {
    load: async () => (await import('./routes/workbooks.js')).workbookRoutes,
    serves: ['post /agencies/{agencyId}/workbooks', 'get /agencies/{agencyId}/workbooks/{uploadId}'],
  },
  {
    load: async () => (await import('./routes/workbook-checks.js')).workbookCheckRoutes,
    serves: [
      'post /agencies/{agencyId}/workbook-checks',
      'post /agencies/{agencyId}/workbook-checks/findings',
    ],
  },
  {
    load: async () => (await import('./routes/quarters.js')).quarterRoutes,
    serves: [
      'get /agencies/{agencyId}/years/{year}/quarters',
      'get /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}',
      'put /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}',
      'post /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts',
      'post /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/check',
      'get /agencies/{agencyId}/years/{year}/quarters/{quarter}/entry-sheet',
      'post /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}/{transition}',
      'post /agencies/{agencyId}/years/{year}/quarters/{quarter}/{transition}',
      'get /agencies/{agencyId}/years/{year}/quarters/{quarter}/audit',
      'get /agencies/{agencyId}/years/{year}/quarters/{quarter}/parts/{unitId}/audit',
    ],
  },
  {
    load: async () => (await import('./routes/settings.js')).settingsRoutes,
    serves: [
      'get /agencies/{agencyId}/years/{year}/settings/audit',
      'get /agencies/{agencyId}/settings',
      'put /agencies/{agencyId}/settings',
      'get /agencies/{agencyId}/users',
      'put /agencies/{agencyId}/users/{userId}',
    ],
  },
  {
    load: async () => (await import('./routes/record.js')).recordRoutes,
    serves: ['get /agencies/{agencyId}/years/{year}/audit/workbook'],
  },
  {
    load: async () => (await import('./routes/calendar.js')).calendarRoutes,
    serves: [
      'get /agencies/{agencyId}/years/{year}/calendar',
      'put /regions/{regionId}/holidays',
      'put /regions/{regionId}/deadline-rule',
      'put /agencies/{agencyId}/years/{year}/quarters/{quarter}/extension',
    ],
  },
  {
    load: async () => (await import('./routes/people.js')).peopleRoutes,
    serves: [
      'post /agencies/{agencyId}/users/{userId}/{access}',
      'get /agencies/{agencyId}/acting',
      'post /agencies/{agencyId}/acting',
      'post /agencies/{agencyId}/acting/{actingId}/end',
      'get /agencies/{agencyId}/people',
    ],
  },
  {
    load: async () => (await import('./routes/region.js')).regionRoutes,
    serves: [
      'get /regions',
      'get /regions/{regionId}/years/{year}/board',
      'get /regions/{regionId}/years/{year}/reports',
      'get /regions/{regionId}/years/{year}/reports/{fileId}/download',
      'post /regions/{regionId}/years/{year}/reports/regenerate',
      'get /regions/{regionId}/years/{year}/audit',
      'post /regions/{regionId}/agencies',
      'post /agencies/{agencyId}/units',
      'post /agencies/{agencyId}/units/{unitId}/rename',
      'get /regions/{regionId}/people',
      'post /users/{userId}/transfer',
    ],
  },
  {
    load: async () => (await import('./routes/reports.js')).reportRoutes,
    serves: [
      'get /agencies/{agencyId}/years/{year}/reports',
      'get /agencies/{agencyId}/years/{year}/reports/{fileId}/versions',
      'get /agencies/{agencyId}/years/{year}/reports/{fileId}/download',
      'post /agencies/{agencyId}/years/{year}/reports/regenerate',
    ],
  },
  {
    load: async () => (await import('./routes/outbox.js')).outboxRoutes,
    serves: [
      'get /agencies/{agencyId}/outbox/failed',
      'post /agencies/{agencyId}/outbox/failed/{eventId}/retry',
      'get /regions/{regionId}/outbox/failed',
      'post /regions/{regionId}/outbox/failed/{eventId}/retry',
    ],
  },
  {
    load: async () => (await import('./routes/dev.js')).devRoutes,
    serves: ['get /dev/outbox'],
  },
];

/**
 * Registers each route of the group on `app`, under its own method and path (so its parameters,
 * and a blank one's 400, are as declared); its first request loads the group, and each request runs
 * what the group registered for that route: its authentication, validators and handler.
 */
export function serveLazily(app: Pick<Hono, 'on'>, group: TRouteGroup): void {
  let loading: ReturnType<TRouteGroup['load']> | undefined;
  for (const route of group.serves) {
    const [method = '', path = ''] = route.split(' ');
    const routed = { method: method.toUpperCase(), path: honoPath(path) };
    let handle: ReturnType<typeof every> | undefined;
    app.on(routed.method, routed.path, async (c, next) => {
      loading ??= group.load();
      const { routes } = await loading;
      handle ??= every(
        ...routes.filter((r) => r.method === routed.method && r.path === routed.path).map((r) => r.handler),
      );
      return handle(c, next);
    });
  }
}
