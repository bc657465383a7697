import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminUserGlobalSignOutCommand,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { inviteToUserPool, syncUserPoolAccess, type TUserPoolClient } from './user-pool.js';

/** A client that records what it is asked and answers as told. */
function recorder(answer: () => Promise<unknown> = async () => ({})) {
  const sent: { name: string; input: unknown }[] = [];
  const client: TUserPoolClient = {
    send: (command) => {
      sent.push({ name: command.constructor.name, input: command.input });
      return answer();
    },
  };
  return { client, sent };
}

const user = { email: 'kabid@dinsos-hss.example', sub: 'c1b2-sub', disabled: true };

describe('the user pool follows the record', () => {
  it('signs a disabled user out everywhere, then disables them, by their sub', async () => {
    const { client, sent } = recorder();
    await syncUserPoolAccess(client, 'pool-1', user);
    expect(sent).toEqual([
      { name: AdminUserGlobalSignOutCommand.name, input: { UserPoolId: 'pool-1', Username: 'c1b2-sub' } },
      { name: AdminDisableUserCommand.name, input: { UserPoolId: 'pool-1', Username: 'c1b2-sub' } },
    ]);
  });

  it('enables an enabled user, by e-mail before their first sign-in', async () => {
    const { client, sent } = recorder();
    await syncUserPoolAccess(client, 'pool-1', { email: user.email });
    expect(sent).toEqual([
      { name: AdminEnableUserCommand.name, input: { UserPoolId: 'pool-1', Username: user.email } },
    ]);
  });

  it('has nothing to do for a user the pool does not know, and passes on any other failure', async () => {
    const unknown = recorder(() =>
      Promise.reject(new UserNotFoundException({ message: 'User does not exist.', $metadata: {} })),
    );
    await expect(syncUserPoolAccess(unknown.client, 'pool-1', user)).resolves.toBeUndefined();
    const down = recorder(() => Promise.reject(new Error('socket hang up')));
    await expect(syncUserPoolAccess(down.client, 'pool-1', user)).rejects.toThrow('socket hang up');
  });
});

describe('a new user is invited to the pool', () => {
  const newcomer = { email: 'perencana@dishub-hss.example' };

  it('creates the pool user by e-mail, verified, invited by e-mail, and answers their sub', async () => {
    const { client, sent } = recorder(async () => ({
      User: {
        Attributes: [
          { Name: 'email', Value: newcomer.email },
          { Name: 'sub', Value: 'new-sub' },
        ],
      },
    }));
    expect(await inviteToUserPool(client, 'pool-1', newcomer)).toBe('new-sub');
    expect(sent).toEqual([
      {
        name: AdminCreateUserCommand.name,
        input: {
          UserPoolId: 'pool-1',
          Username: newcomer.email,
          UserAttributes: [
            { Name: 'email', Value: newcomer.email },
            { Name: 'email_verified', Value: 'true' },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        },
      },
    ]);
  });

  it("answers the existing pool user's sub when the address was invited before", async () => {
    const { client, sent } = recorder(async () => {
      if (sent.length === 1) throw new UsernameExistsException({ message: 'exists', $metadata: {} });
      return { UserAttributes: [{ Name: 'sub', Value: 'old-sub' }] };
    });
    expect(await inviteToUserPool(client, 'pool-1', newcomer)).toBe('old-sub');
    expect(sent.map((command) => command.name)).toEqual([
      AdminCreateUserCommand.name,
      AdminGetUserCommand.name,
    ]);
  });
});
