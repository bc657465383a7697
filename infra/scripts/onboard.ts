/**
 * Loads an organisation file (region, agency, units, users) into a deployed stage, invites its
 * users to the stage's Cognito user pool and binds each record to its Cognito user's `sub`.
 * Existing records are left as they are, so running it again is safe. See docs/DEPLOY.md,
 * "First users".
 *
 *   npx tsx infra/scripts/onboard.ts --stage prod --region ap-southeast-3 --file agency.json [--dry-run]
 *
 * Needs the AWS CLI v2 with credentials for the account. It reads the stack's outputs and the API
 * function's environment, then writes and invites with the app's own code (functions/db/,
 * functions/cognito/).
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
const { inviteToUserPool, userPoolClient } = await import('../../functions/cognito/user-pool.js');
const pool = userPoolClient(region);

/** Puts an item unless one with its key exists; true when written (or would be, in a dry run). */
const putNew = async (item: Parameters<typeof putIfAbsent>[0]) => dryRun || putIfAbsent(item);

const report = (what: string, written: boolean) =>
  console.log(`${written ? (dryRun ? 'would write' : 'written') : 'exists, kept'}  ${what}`);

if (organisation.region)
  report(`region ${organisation.region.id}`, await putNew(regionEntity.item(organisation.region)));
if (organisation.agency)
  report(`agency ${organisation.agency.id}`, await putNew(agencyEntity.item(organisation.agency)));
for (const unit of organisation.units) report(`unit ${unit.id}`, await putNew(unitEntity.item(unit)));

for (const user of organisation.users) {
  const existing = await getUserByEmail(user.email);
  if (existing && existing.id !== user.id)
    throw new Error(`${user.email} already belongs to user ${existing.id}`);
  report(`user ${user.id} <${user.email}> (${user.roles.join(', ')})`, await putNew(userEntity.item(user)));
  if (dryRun) continue;
  // The record is bound to the pool's user now, not to whoever later signs in with this address.
  // Cognito e-mails a new user a temporary password (valid 7 days); the e-mail counts as verified.
  const sub = await inviteToUserPool(pool, userPoolId, user);
  console.log(`in the pool ${user.email}`);
  const stored = await getUser(user.id);
  if (!stored) throw new Error(`${user.email}: no record to bind the Cognito user to`);
  if (stored.sub === undefined) {
    await bindIdentity(stored, sub);
    console.log(`bound       ${user.id} to Cognito user ${sub}`);
  } else if (stored.sub !== sub) {
    console.warn(`WARNING     ${user.id} is bound to another Cognito user (${stored.sub}); left as it is`);
  }
}
