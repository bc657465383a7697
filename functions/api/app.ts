import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { contextStorage } from 'hono/context-storage';
import { AppError } from '../../shared/app-error.js';
import { formatFileSize } from '../../shared/calc/format.js';
import { currentLocale, t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { validationMessages } from '../../shared/messages/validation.js';
import { config } from '../config.js';
import { detectLanguage } from '../language.js';
import { cloudFrontOnly } from './cloudfront-only.js';
import { invalidInput, onError } from './errors.js';
import { missingParameters } from './missing-parameters.js';
import { requestLog } from './request-log.js';
import { routeGroups, serveLazily } from './route-groups.js';
import { serveApiDocument } from './serve-api-document.js';

/** Where the API is served: CloudFront forwards `/api/*` to it, the local server too. */
export const apiBasePath = '/api';

/**
 * The largest request body the API reads: an agreement at its largest is 300 KB (agreement-size.ts);
 * workbooks and evidence files go to S3 directly, never through the API.
 */
export const maxBodyBytes = 1024 * 1024;

/** The whole API, runtime-neutral: the Lambda handler and the local server both serve it. */
export const app = new Hono().basePath(apiBasePath);

app.use(contextStorage());
app.use(requestLog);
app.use(detectLanguage);
// On AWS only CloudFront, behind its web firewall, may call the API.
if (config.ORIGIN_SECRET) app.use(cloudFrontOnly(config.ORIGIN_SECRET));
// Refused before it is read whole or parsed, in the reader's language.
app.use(
  bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new AppError(
        'TOO_LARGE',
        t(apiMessages).bodyTooLarge(formatFileSize(maxBodyBytes, currentLocale())),
        { details: { maxBytes: maxBodyBytes } },
      );
    },
  }),
);

// Each group of routes loads with its first request (route-groups.ts).
for (const group of routeGroups) serveLazily(app, group);
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

export type { AppType } from './api-routes.js';
