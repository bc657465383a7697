import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import * as z from 'zod';
import type { TUser } from '../../shared/model/organisation.js';
import { failFastClientOptions } from '../aws-client-options.js';

type TCommand =
  | AdminCreateUserCommand
  | AdminGetUserCommand
  | AdminDisableUserCommand
  | AdminEnableUserCommand
  | AdminUserGlobalSignOutCommand;
/** What the adapter needs of the SDK client (a test passes a recorder). */
export type TUserPoolClient = { send: (command: TCommand) => Promise<unknown> };

/** A pool's client, created once per process. */
export const userPoolClient = (region: string): TUserPoolClient =>
  new CognitoIdentityProviderClient({ ...failFastClientOptions, region });

/**
 * The user pool's side of a user's access, brought in line with their Capaian record: a disabled
 * user loses every session (their refresh tokens are revoked) and cannot sign in again; an enabled
 * one can. Safe to repeat, in any order: it applies the record as it is now. A user the pool does
 * not know (added by a planner, never invited) has nothing to change there.
 */
export async function syncUserPoolAccess(
  client: TUserPoolClient,
  userPoolId: string,
  user: Pick<TUser, 'email' | 'sub' | 'disabled'>,
): Promise<void> {
  // The pool knows its users by their sub, or by the e-mail (its sign-in alias) before the first sign-in.
  const where = { UserPoolId: userPoolId, Username: user.sub ?? user.email };
  const commands = user.disabled
    ? [new AdminUserGlobalSignOutCommand(where), new AdminDisableUserCommand(where)]
    : [new AdminEnableUserCommand(where)];
  try {
    for (const command of commands) await client.send(command);
  } catch (error) {
    if (!(error instanceof UserNotFoundException)) throw error;
  }
}

const ZAttributesSchema = z.array(z.object({ Name: z.string().optional(), Value: z.string().optional() }));

/** The `sub` among a pool user's attributes, as AdminCreateUser and AdminGetUser list them. */
function subOf(attributes: unknown): string {
  const sub = ZAttributesSchema.parse(attributes ?? []).find((attribute) => attribute.Name === 'sub')?.Value;
  if (!sub) throw new Error("the user pool answered without the user's sub");
  return sub;
}

/**
 * Invites a new Capaian user to the pool: Cognito e-mails them the pool's invitation (in
 * Indonesian, infra/constructs/auth.ts) with a temporary password, their address counted as
 * verified. Returns the pool user's `sub`, the identity their record is bound to; where the
 * address has a pool user already (an invitation repeated, a person invited before), that one's.
 */
export async function inviteToUserPool(
  client: TUserPoolClient,
  userPoolId: string,
  user: Pick<TUser, 'email'>,
): Promise<string> {
  try {
    const created = await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: user.email,
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
        ],
        DesiredDeliveryMediums: ['EMAIL'],
      }),
    );
    return subOf(z.object({ User: z.object({ Attributes: z.unknown() }) }).parse(created).User.Attributes);
  } catch (error) {
    if (!(error instanceof UsernameExistsException)) throw error;
    const found = await client.send(
      new AdminGetUserCommand({ UserPoolId: userPoolId, Username: user.email }),
    );
    return subOf(z.object({ UserAttributes: z.unknown() }).parse(found).UserAttributes);
  }
}
