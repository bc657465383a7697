import { randomUUID } from 'node:crypto';
import { createMiddleware } from 'hono/factory';
// zod/mini, as every module of the API's start: zod classic loads with the routes.
import * as z from 'zod/mini';
import { log, withLogFields } from '../log.js';
import { type TRequestTiming, timeRequest } from '../request-timing.js';

/** What Hono's Lambda adapter puts in the environment: the invocation's context. */
const ZLambdaEnvSchema = z.object({ lambdaContext: z.object({ awsRequestId: z.string() }) });

const agencyPath = /\/agencies\/([^/]+)(?:\/years\/(\d{4}))?(?:\/quarters\/([1-4]))?(?:\/parts\/([^/]+))?/;

/** The agency, year, quarter and unit a request's path is about, for its log lines. */
export function pathLogFields(path: string): Record<string, string | number> {
  const [, agencyId, year, quarter, unitId] = agencyPath.exec(path) ?? [];
  return {
    ...(agencyId && { agencyId }),
    ...(year && { year: Number(year) }),
    ...(quarter && { quarter: Number(quarter) }),
    ...(unitId && { unitId }),
  };
}

/**
 * A request's time in the API and, of it, in DynamoDB calls, as a Server-Timing header:
 * `api;dur=12.3, dynamodb;dur=8.1;desc="2"` (the calls' count as its description).
 */
function serverTiming(ms: number, { dynamodbCalls, dynamodbMs }: TRequestTiming): string {
  return `api;dur=${ms.toFixed(1)}, dynamodb;dur=${dynamodbMs.toFixed(1)};desc="${dynamodbCalls}"`;
}

/**
 * Every line a request logs carries its id (Lambda's request id, the same on Lambda's own
 * lines; locally a fresh one) and what it is about; the request itself is logged once it is
 * answered, with its status, its duration and its DynamoDB calls' count and time.
 */
export const requestLog = createMiddleware(async (c, next) => {
  const started = performance.now();
  const lambda = ZLambdaEnvSchema.safeParse(c.env);
  const requestId = lambda.success ? lambda.data.lambdaContext.awsRequestId : randomUUID();
  await withLogFields({ requestId, ...pathLogFields(c.req.path) }, () =>
    timeRequest(async (timing) => {
      await next();
      const ms = performance.now() - started;
      const { dynamodbCalls, dynamodbMs } = timing;
      // Where a slow answer's time went (the browser's developer tools and the bench read it too).
      c.res.headers.append('Server-Timing', serverTiming(ms, timing));
      log.info('request', {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(ms),
        dynamodbCalls,
        dynamodbMs: Math.round(dynamodbMs),
      });
    }),
  );
});
