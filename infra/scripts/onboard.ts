/**
 * Loads an organisation file (region, agency, units, users) into a deployed stage, invites its
 * users to the stage's Cognito user pool and binds each record to its Cognito user's `sub`.
 * Existing records are left as they are, so running it again is safe. See docs/DEPLOY.md,
 * "First users".
 *
 *   npx tsx infra/scripts/onboard.ts --stage prod --region ap-southeast-3 --file agency.json [--dry-run]
 *
 * Needs the AWS CLI v2 with credentials for the account. It reads the stack's outputs and the API
 * function's environment, then writes with the app's own DynamoDB code (functions/db/).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { parseOrganisationFile } from './organisation-file.js';

const { values: args } = parseArgs({
  options: {
    stage: { type: 'string' },
    region: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const ZArgsSchema = z.object({
  stage: z.string().min(1, 'required'),
  region: z.string().min(1, 'required, e.g. ap-southeast-3'),
  file: z.string().min(1, 'required: the organisation JSON (see infra/scripts/onboard.example.json)'),
});
const { stage, region, file } = ZArgsSchema.parse(args);
const dryRun = args['dry-run'] ?? false;

/** Runs the AWS CLI in the stage's region and parses its JSON answer. */
function aws(...command: string[]): unknown {
  const out = execFileSync('aws', [...command, '--region', region, '--output', 'json'], { encoding: 'utf8' });
  return out.trim() ? JSON.parse(out) : undefined;
}

const organisation = parseOrganisationFile(JSON.parse(readFileSync(file, 'utf8')));
const outputs = Object.fromEntries(
  z
    .array(z.object({ OutputKey: z.string(), OutputValue: z.string() }))
    .parse(
      aws(
        'cloudformation',
        'describe-stacks',
        '--stack-name',
        `capaian-${stage}`,
        '--query',
        'Stacks[0].Outputs',
      ),
    )
    .map((output) => [output.OutputKey, output.OutputValue]),
);
const { UserPoolId: userPoolId, ApiFunctionName: apiFunction } = z
  .object({ UserPoolId: z.string(), ApiFunctionName: z.string() })
  .parse(outputs);

// The app's DynamoDB modules read their settings at import: give them the API's own.
const environment = z
  .record(z.string(), z.string())
  .parse(
    aws(
      'lambda',
      'get-function-configuration',
      '--function-name',
      apiFunction,
      '--query',
      'Environment.Variables',
    ),
  );
Object.assign(process.env, environment, { AWS_REGION: region });
const { putIfAbsent } = await import('../../functions/db/conditional.js');
const { agencyEntity, regionEntity, unitEntity, userEntity } = await import('../../functions/db/entities.js');
const { getUser, getUserByEmail } = await import('../../functions/db/organisation.js');
const { bindIdentity } = await import('../../functions/auth/bind-identity.js');

/** Puts an item unless one with its key exists; true when written (or would be, in a dry run). */
const putNew = async (item: Parameters<typeof putIfAbsent>[0]) => dryRun || putIfAbsent(item);

const report = (what: string, written: boolean) =>
  console.log(`${written ? (dryRun ? 'would write' : 'written') : 'exists, kept'}  ${what}`);

if (organisation.region)
  report(`region ${organisation.region.id}`, await putNew(regionEntity.item(organisation.region)));
if (organisation.agency)
  report(`agency ${organisation.agency.id}`, await putNew(agencyEntity.item(organisation.agency)));
for (const unit of organisation.units) report(`unit ${unit.id}`, await putNew(unitEntity.item(unit)));

/** The Cognito user's `sub` from its attributes, as admin-create-user and admin-get-user list them. */
const ZAttributesSchema = z.array(z.object({ Name: z.string(), Value: z.string().optional() }));
const subOf = (attributes: unknown) =>
  ZAttributesSchema.parse(attributes).find((attribute) => attribute.Name === 'sub')?.Value;

/** Invites the user to the pool (or finds them there) and returns their Cognito `sub`. */
function cognitoSubOf(email: string): string | undefined {
  try {
    // Cognito e-mails a temporary password (valid 7 days); the e-mail counts as verified.
    const created = z
      .object({ User: z.object({ Attributes: z.unknown() }) })
      .parse(
        aws(
          'cognito-idp',
          'admin-create-user',
          '--user-pool-id',
          userPoolId,
          '--username',
          email,
          '--user-attributes',
          `Name=email,Value=${email}`,
          'Name=email_verified,Value=true',
          '--desired-delivery-mediums',
          'EMAIL',
        ),
      );
    console.log(`invited     ${email}`);
    return subOf(created.User.Attributes);
  } catch (error) {
    if (!String(error).includes('UsernameExistsException')) throw error;
    console.log(`signs in already  ${email}`);
    const found = z
      .object({ UserAttributes: z.unknown() })
      .parse(aws('cognito-idp', 'admin-get-user', '--user-pool-id', userPoolId, '--username', email));
    return subOf(found.UserAttributes);
  }
}

for (const user of organisation.users) {
  const existing = await getUserByEmail(user.email);
  if (existing && existing.id !== user.id)
    throw new Error(`${user.email} already belongs to user ${existing.id}`);
  report(`user ${user.id} <${user.email}> (${user.roles.join(', ')})`, await putNew(userEntity.item(user)));
  if (dryRun) continue;
  // The record is bound to the pool's user now, not to whoever later signs in with this address.
  const sub = cognitoSubOf(user.email);
  const stored = await getUser(user.id);
  if (!sub || !stored) throw new Error(`${user.email}: no Cognito sub or no record to bind it to`);
  if (stored.sub === undefined) {
    await bindIdentity(stored, sub);
    console.log(`bound       ${user.id} to Cognito user ${sub}`);
  } else if (stored.sub !== sub) {
    console.warn(`WARNING     ${user.id} is bound to another Cognito user (${stored.sub}); left as it is`);
  }
}
