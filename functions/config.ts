import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { invalidInputError } from '../shared/invalid-input.js';

// zod's mini API, not the classic one: a start then loads neither zod's classic schemas nor their
// methods, which only the handlers and routes need, and they load at their first use
// (docs/ARCHITECTURE.md, Lean Lambdas). Same checks and messages as the classic API's.
const text = (minLength: number) => z.string().check(z.minLength(minLength));
const wholeNumber = (min: number, max: number) =>
  z.coerce.number().check(z.int(), z.minimum(min), z.maximum(max));

/**
 * The process's configuration, parsed once at load so a missing or malformed setting stops the
 * process at start with a message naming it, not at the first request that needs it.
 * Local mode is the same code with endpoints pointing at DynamoDB Local and the S3 server.
 */
const ZConfigSchema = z
  .object({
    STAGE: z._default(text(1), 'local'),
    AWS_REGION: z._default(text(1), 'ap-southeast-3'),
    TABLE_NAME: text(3),
    REPORTS_BUCKET: text(3),
    EVIDENCE_BUCKET: text(3),
    /** Set only in local mode: DynamoDB Local's URL. */
    DYNAMODB_ENDPOINT: z.optional(z.url()),
    /** Set only in local mode: the S3-compatible server's URL. */
    S3_ENDPOINT: z.optional(z.url()),
    /** Set only on AWS, for the API: the function that reads uploaded workbooks (functions/workbook/lambda.ts). */
    WORKBOOK_FUNCTION_NAME: z.optional(text(1)),
    /** Set only in local mode: the folder emails are written to instead of SES. */
    MAIL_OUTBOX_DIR: z.optional(text(1)),
    /** The web app's address, for links in emails. */
    APP_URL: z._default(z.url(), 'http://localhost:3000'),
    /** The sender of every email (an SES-verified identity on AWS). */
    MAIL_FROM: z._default(text(3), 'Capaian <noreply@capaian.example>'),
    SES_CONFIGURATION_SET: z.optional(text(1)),
    /** `local`: tokens from the development sign-in; `cognito`: ID tokens of the user pool. */
    AUTH_MODE: z._default(z.enum(['local', 'cognito']), 'local'),
    LOCAL_AUTH_SECRET: z.optional(text(32)),
    COGNITO_USER_POOL_ID: z.optional(text(1)),
    COGNITO_CLIENT_ID: z.optional(text(1)),
    /** The hosted sign-in's address, e.g. https://capaian-prod.auth.ap-southeast-3.amazoncognito.com */
    COGNITO_DOMAIN: z.optional(z.url()),
    /**
     * How long a claim (an outbox event's attempt, an email's sent-marker) is held before another
     * run may take it over: on AWS the function's timeout (set by infra/), so a claim never lapses
     * while its holder may still be running, and one left by a crash lapses soon after.
     */
    LEASE_SECONDS: z._default(wholeNumber(1, 900), 300),
    /**
     * How long one AWS SDK request may take before it fails (the API then answers 503). Seconds
     * in-region; the test suite, sharing two cores with DynamoDB Local and Chromium, allows more.
     */
    AWS_REQUEST_TIMEOUT_MS: z._default(wholeNumber(100, 60_000), 3_000),
    /** The least level of the log lines written (business metrics are written at `info`). */
    LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error']), 'info'),
    /** Set only on AWS, for the API: the secret CloudFront sends; requests without it are refused. */
    ORIGIN_SECRET: z.optional(text(32)),
    /** Set only on AWS, for the reminder sweep's scheduled run: the queue its batches go to. */
    SWEEP_QUEUE_URL: z.optional(text(1)),
  })
  .check(
    z.superRefine((env, ctx) => {
      const required =
        env.AUTH_MODE === 'local'
          ? (['LOCAL_AUTH_SECRET'] as const)
          : (['COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'COGNITO_DOMAIN'] as const);
      for (const name of required) {
        if (!env[name])
          ctx.addIssue({ code: 'custom', path: [name], message: `required when AUTH_MODE=${env.AUTH_MODE}` });
      }
    }),
  );

// zod/mini carries no messages of its own; the operators reading these get zod's English ones,
// whatever language the process set for its users (the API's).
const englishMessages = en().localeError;

export type TConfig = z.infer<typeof ZConfigSchema>;

/** Parses the environment; throws one error listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): TConfig {
  const result = ZConfigSchema.safeParse(env, { error: englishMessages });
  if (!result.success) throw invalidInputError('configuration in the environment', result.error.issues);
  return result.data;
}

export const config = parseConfig(process.env);
