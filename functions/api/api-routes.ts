import { Hono } from 'hono';
import { apiBasePath } from './app.js';
import { createRouter } from './router.js';
import { agencyRoutes } from './routes/agencies.js';
import { agreementRoutes } from './routes/agreement.js';
import { calendarRoutes } from './routes/calendar.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { devRoutes } from './routes/dev.js';
import { evidenceRoutes } from './routes/evidence.js';
import { healthRoutes } from './routes/health.js';
import { outboxRoutes } from './routes/outbox.js';
import { peopleRoutes } from './routes/people.js';
import { quarterRoutes } from './routes/quarters.js';
import { recordRoutes } from './routes/record.js';
import { regionRoutes } from './routes/region.js';
import { reportRoutes } from './routes/reports.js';
import { sessionRoutes } from './routes/session.js';
import { settingsRoutes } from './routes/settings.js';
import { workbookCheckRoutes } from './routes/workbook-checks.js';
import { workbookRoutes } from './routes/workbooks.js';

/**
 * Every declared route, chained so that the web client's `hc<AppType>` knows each; the API
 * document is built from their declarations (openapi-document.ts). Neither the Lambda nor the
 * local server imports this: the app loads each group of routes at its first request
 * (route-groups.ts, in the same order).
 */
export const apiRoutes = createRouter()
  .route('/', healthRoutes)
  .route('/', sessionRoutes)
  .route('/', agencyRoutes)
  .route('/', agreementRoutes)
  .route('/', dashboardRoutes)
  .route('/', evidenceRoutes)
  .route('/', workbookRoutes)
  .route('/', workbookCheckRoutes)
  .route('/', quarterRoutes)
  .route('/', settingsRoutes)
  .route('/', recordRoutes)
  .route('/', calendarRoutes)
  .route('/', peopleRoutes)
  .route('/', regionRoutes)
  .route('/', reportRoutes)
  .route('/', outboxRoutes)
  .route('/', devRoutes);

const typedApi = new Hono().basePath(apiBasePath).route('/', apiRoutes);

/** The API as the typed client (`hc<AppType>`) sees it: every route under /api. */
export type AppType = typeof typedApi;
