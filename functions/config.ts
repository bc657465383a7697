import * as z from 'zod';

/**
 * The process's configuration, parsed once at load so a missing or malformed setting stops the
 * process at start with a message naming it, not at the first request that needs it.
 * Local mode is the same code with endpoints pointing at DynamoDB Local and the S3 server.
 */
const ZConfigSchema = z
  .object({
    STAGE: z.string().min(1).default('local'),
    AWS_REGION: z.string().min(1).default('ap-southeast-3'),
    TABLE_NAME: z.string().min(3),
    REPORTS_BUCKET: z.string().min(3),
    EVIDENCE_BUCKET: z.string().min(3),
    /** Set only in local mode: DynamoDB Local's URL. */
    DYNAMODB_ENDPOINT: z.url().optional(),
    /** Set only in local mode: the S3-compatible server's URL. */
    S3_ENDPOINT: z.url().optional(),
    /** Set only on AWS, for the API: the function that reads uploaded workbooks (functions/workbook/lambda.ts). */
    WORKBOOK_FUNCTION_NAME: z.string().min(1).optional(),
    /** Set only in local mode: the folder emails are written to instead of SES. */
    MAIL_OUTBOX_DIR: z.string().min(1).optional(),
    /** The web app's address, for links in emails. */
    APP_URL: z.url().default('http://localhost:3000'),
    /** The sender of every email (an SES-verified identity on AWS). */
    MAIL_FROM: z.string().min(3).default('Capaian <noreply@capaian.example>'),
    SES_CONFIGURATION_SET: z.string().min(1).optional(),
    /** `local`: tokens from the development sign-in; `cognito`: ID tokens of the user pool. */
    AUTH_MODE: z.enum(['local', 'cognito']).default('local'),
    LOCAL_AUTH_SECRET: z.string().min(32).optional(),
    COGNITO_USER_POOL_ID: z.string().min(1).optional(),
    COGNITO_CLIENT_ID: z.string().min(1).optional(),
    /** The hosted sign-in's address, e.g. https://capaian-prod.auth.ap-southeast-3.amazoncognito.com */
    COGNITO_DOMAIN: z.url().optional(),
    /**
     * How long a claim (an outbox event's attempt, an email's sent-marker) is held before another
     * run may take it over: on AWS the function's timeout (set by infra/), so a claim never lapses
     * while its holder may still be running, and one left by a crash lapses soon after.
     */
    LEASE_SECONDS: z.coerce.number().int().min(1).max(900).default(300),
    /**
     * How long one AWS SDK request may take before it fails (the API then answers 503). Seconds
     * in-region; the test suite, sharing two cores with DynamoDB Local and Chromium, allows more.
     */
    AWS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
    /** The least level of the log lines written (business metrics are written at `info`). */
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
    /** Set only on AWS, for the API: the secret CloudFront sends; requests without it are refused. */
    ORIGIN_SECRET: z.string().min(32).optional(),
    /** Set only on AWS, for the reminder sweep's scheduled run: the queue its batches go to. */
    SWEEP_QUEUE_URL: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    const required =
      env.AUTH_MODE === 'local'
        ? (['LOCAL_AUTH_SECRET'] as const)
        : (['COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID', 'COGNITO_DOMAIN'] as const);
    for (const name of required) {
      if (!env[name])
        ctx.addIssue({ code: 'custom', path: [name], message: `required when AUTH_MODE=${env.AUTH_MODE}` });
    }
  });

export type TConfig = z.infer<typeof ZConfigSchema>;

/** Parses the environment; throws one error listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): TConfig {
  const result = ZConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Capaian: invalid configuration in the environment:\n${problems.join('\n')}`);
  }
  return result.data;
}

export const config = parseConfig(process.env);
