import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { z } from 'zod';

/**
 * Deployment settings, read from CDK context: defaults live in cdk.json, overrides come from
 * `-c key=value` (always a string, hence the coercions).
 */
const ZInfraConfigSchema = z.object({
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
  /** Pins the stack to a region (e.g. ap-southeast-3, Jakarta); unset, the CLI's region applies. */
  region: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region code such as ap-southeast-3')
    .optional(),
  logRetentionDays: z.coerce.number().pipe(z.enum(RetentionDays)),
  /** Steady-state requests per second the HTTP API lets through before answering 429. */
  apiRateLimit: z.coerce.number().int().positive(),
  apiBurstLimit: z.coerce.number().int().positive(),
  /** Days an overwritten or deleted report / evidence file stays recoverable. */
  noncurrentVersionDays: z.coerce.number().int().positive(),
});

export type TInfraConfig = z.infer<typeof ZInfraConfigSchema>;

/** Parses the context values the schema names; throws one error listing every bad key. */
export function parseInfraConfig(readContext: (key: string) => unknown): TInfraConfig {
  const raw = Object.fromEntries(Object.keys(ZInfraConfigSchema.shape).map((key) => [key, readContext(key)]));
  const result = ZInfraConfigSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(
      `Capaian: invalid CDK context (set defaults in cdk.json, override with -c key=value):\n${problems.join('\n')}`,
    );
  }
  return result.data;
}
