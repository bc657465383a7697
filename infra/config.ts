import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import * as z from 'zod';
import { invalidInputError } from '../shared/invalid-input.js';
import { ZTimeZoneSchema } from '../shared/model/organisation.js';

/** `-c flag=false` arrives as a string; z.coerce.boolean would read it as true. */
const ZFlagSchema = z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]);

const ZHostnameSchema = z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a lower-case DNS name');

/**
 * Deployment settings, read from CDK context: defaults live in cdk.json, overrides come from
 * `-c key=value` (always a string, hence the coercions).
 */
const ZInfraConfigSchema = z
  .object({
    /** Names the stack (`capaian-<stage>`) so several stages can share one account. */
    stage: z
      .string()
      .regex(
        /^[a-z][a-z0-9-]{0,15}$/,
        'lower-case letters, digits and dashes, starting with a letter, at most 16',
      ),
    /** Pins the stack to an account; unset, the stack deploys to the CLI's current credentials. */
    account: z
      .string()
      .regex(/^\d{12}$/, 'a 12-digit AWS account id')
      .optional(),
    /**
     * The stage's region (cdk.json: ap-southeast-3, Jakarta). Always explicit: the web firewall
     * lives in us-east-1, as CloudFront requires, and hands its ARN across regions.
     */
    region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region code such as ap-southeast-3'),
    logRetentionDays: z.coerce.number().pipe(z.enum(RetentionDays)),
    /** Steady-state requests per second the HTTP API lets through before answering 429. */
    apiRateLimit: z.coerce.number().int().positive(),
    apiBurstLimit: z.coerce.number().int().positive(),
    /**
     * API requests one IP address may make in 5 minutes before the web firewall blocks it for a
     * while. A whole office often shares one address: keep it well above one person's use.
     */
    apiRequestsPerIp: z.coerce.number().int().min(100).max(2_000_000_000),
    /** Days an overwritten or deleted report / evidence file stays recoverable. */
    noncurrentVersionDays: z.coerce.number().int().positive(),
    /** The schedule's time zone; each agency's sweep runs at its own local sending hour. */
    timeZone: ZTimeZoneSchema,
    /** The SES identity: a domain (DKIM records to publish) or one address (a link to click). */
    mailIdentity: z.union([z.email(), ZHostnameSchema]),
    /** The sender address of every email; must belong to `mailIdentity`. */
    mailFrom: z.email(),
    /** The sender's display name, e.g. "Capaian Dinas Sosial" (ASCII: it goes into a header). */
    mailFromName: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9 .,'-]{0,63}$/, "letters, digits, spaces and . , ' -"),
    /** Where alarms are e-mailed; unset, subscribe to the topic yourself. */
    alarmEmail: z.email().optional(),
    /** A custom domain for the web app, e.g. capaian.example.go.id; unset, the CloudFront domain. */
    webDomain: ZHostnameSchema.optional(),
    /** The ACM certificate for `webDomain`; CloudFront only takes certificates from us-east-1. */
    webCertificateArn: z
      .string()
      .regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/, 'an ACM certificate ARN in us-east-1')
      .optional(),
    /** The Cognito hosted sign-in domain prefix; unset, `capaian-<stage>-<account id>`. */
    authDomainPrefix: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'lower-case letters, digits and dashes')
      .refine((prefix) => !/aws|amazon|cognito/.test(prefix), 'Cognito refuses aws, amazon or cognito')
      .optional(),
    /**
     * Send Cognito's invitation and password-reset emails through SES instead of Cognito's own
     * sender (50 a day). Turn on only once the SES identity is verified: Cognito checks it.
     */
    userPoolEmailViaSes: ZFlagSchema,
    /**
     * The web firewall (AWS WAF on CloudFront, in its own us-east-1 stack): AWS's IP reputation
     * list, a per-address rate limit and AWS's common rules. About US$ 9 a month, more than the
     * rest of a regency's stage (DEPLOY.md, Monthly cost); off, the HTTP API's own rate limit and
     * the origin secret still stand.
     */
    webFirewall: ZFlagSchema,
    /**
     * AWS Backup's nightly (a week) and monthly (a year) copies, into a vault nobody can empty by
     * hand: of the table (`table`), of the table and the report and evidence buckets
     * (`table-and-files`, about US$ 0.055 a month per GB of files), or none (`off`: the table's
     * 35 days of point-in-time recovery and the files' versions remain).
     */
    awsBackup: z.enum(['table', 'table-and-files', 'off']),
  })
  .superRefine((config, ctx) => {
    if (Boolean(config.webDomain) !== Boolean(config.webCertificateArn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['webCertificateArn'],
        message: 'webDomain and webCertificateArn go together',
      });
    }
    const identityIsAddress = config.mailIdentity.includes('@');
    const belongs = identityIsAddress
      ? config.mailFrom.toLowerCase() === config.mailIdentity.toLowerCase()
      : config.mailFrom.toLowerCase().endsWith(`@${config.mailIdentity.toLowerCase()}`);
    if (!belongs) {
      ctx.addIssue({
        code: 'custom',
        path: ['mailFrom'],
        message: `must be ${identityIsAddress ? 'the address' : 'an address at the domain'} of mailIdentity`,
      });
    }
  });

export type TInfraConfig = z.infer<typeof ZInfraConfigSchema>;

/**
 * Access logs (S3's and the HTTP API's) are kept over a year, one SAKIP cycle and the
 * Inspektorat's review of it, whatever `logRetentionDays` says.
 */
export const accessLogRetention = RetentionDays.THIRTEEN_MONTHS;

/** The context keys the app reads, for tests and docs. */
const infraConfigKeys = Object.keys(ZInfraConfigSchema.shape);

/** Parses the context values the schema names; throws one error listing every bad key. */
export function parseInfraConfig(readContext: (key: string) => unknown): TInfraConfig {
  const raw = Object.fromEntries(infraConfigKeys.map((key) => [key, readContext(key)]));
  const result = ZInfraConfigSchema.safeParse(raw);
  if (!result.success)
    throw invalidInputError(
      'CDK context (set defaults in cdk.json, override with -c key=value)',
      result.error.issues,
    );
  return result.data;
}

/** Whether the sender is still cdk.json's placeholder (RFC 2606 example domains). */
export const usesPlaceholderSender = (config: TInfraConfig): boolean =>
  /(^|[.@])example\.(com|org|net)$/.test(config.mailIdentity);
