import {
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { TUser } from '../../shared/model/organisation.js';
import { failFastClientOptions } from '../aws-client-options.js';

type TCommand = AdminDisableUserCommand | AdminEnableUserCommand | AdminUserGlobalSignOutCommand;
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
