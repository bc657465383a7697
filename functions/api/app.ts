import { Hono } from 'hono';
import { contextStorage } from 'hono/context-storage';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { validationMessages } from '../../shared/messages/validation.js';
import { config } from '../config.js';
import { detectLanguage } from '../language.js';
import { cloudFrontOnly } from './cloudfront-only.js';
import { invalidInput, onError } from './errors.js';
import { missingParameters } from './missing-parameters.js';
import { requestLog } from './request-log.js';
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
import { regionRoutes } from './routes/region.js';
import { reportRoutes } from './routes/reports.js';
import { sessionRoutes } from './routes/session.js';
import { settingsRoutes } from './routes/settings.js';
import { workbookCheckRoutes } from './routes/workbook-checks.js';
import { workbookRoutes } from './routes/workbooks.js';
import { serveApiDocument } from './serve-api-document.js';

/** Where the API is served: CloudFront forwards `/api/*` to it, the local server too. */
export const apiBasePath = '/api';

/** The whole API, runtime-neutral: the Lambda handler and the local server both serve it. */
export const app = new Hono().basePath(apiBasePath);

app.use(contextStorage());
app.use(requestLog);
app.use(detectLanguage);
// On AWS only CloudFront, behind its web firewall, may call the API.
if (config.ORIGIN_SECRET) app.use(cloudFrontOnly(config.ORIGIN_SECRET));

/**
 * Every declared route, chained so that the web client's `hc<AppType>` knows each; the API
 * document is built from their declarations (openapi-document.ts).
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
  .route('/', calendarRoutes)
  .route('/', peopleRoutes)
  .route('/', regionRoutes)
  .route('/', reportRoutes)
  .route('/', outboxRoutes)
  .route('/', devRoutes);

const routes = app.route('/', apiRoutes);
app.get('/openapi.json', serveApiDocument);

app.notFound((c) => {
  // A route's address with a parameter left out (a blank id) is a missing field, not a 404.
  const missing = missingParameters(app.routes, c.req.method, c.req.path);
  const required = t(validationMessages).required;
  const error =
    missing.length > 0
      ? invalidInput(
          missing.map((path) => ({ path, message: required })),
          'param',
        )
      : new AppError('NOT_FOUND', t(apiMessages).noRoute(`${c.req.method} ${c.req.path}`));
  return onError(error, c);
});
app.onError(onError);

export type AppType = typeof routes;
