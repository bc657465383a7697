import * as z from 'zod';
import type { TOutboxEvent, TOutboxHandler } from '../../shared/model/outbox.js';
import { config } from '../config.js';
import { ChangeConflictError } from '../db/commit.js';
import { getUser } from '../db/organisation.js';
import { bindIdentity } from './bind-identity.js';

const ZAccessPayloadSchema = z.object({ userId: z.string().min(1) });

// On AWS the user pool follows the record; locally there is none, and the record alone refuses.
const poolId = config.AUTH_MODE === 'cognito' ? config.COGNITO_USER_POOL_ID : undefined;
let pool: ReturnType<typeof loadPool> | undefined;

async function loadPool(id: string) {
  const adapter = await import('../cognito/user-pool.js');
  return { ...adapter, client: adapter.userPoolClient(config.AWS_REGION), id };
}

/** The pool's adapter and client, loaded with the first user event: no start of the outbox reads the Cognito SDK. */
function userPool(id: string): ReturnType<typeof loadPool> {
  pool ??= loadPool(id);
  return pool;
}

/** Brings the pool in line with the user's record as it is now, whichever event came first. */
async function followRecord(event: TOutboxEvent): Promise<void> {
  if (!poolId) return;
  const user = await getUser(ZAccessPayloadSchema.parse(event.payload).userId);
  if (!user) return;
  const { syncUserPoolAccess, client, id } = await userPool(poolId);
  await syncUserPoolAccess(client, id, user);
}

/**
 * Invites a new user to the pool and binds their record to the pool user at once, so that the
 * account they sign in with is this one, not whoever later shows the address. Locally the
 * development sign-in binds at the first sign-in instead.
 */
async function invite(event: TOutboxEvent): Promise<void> {
  if (!poolId) return;
  const user = await getUser(ZAccessPayloadSchema.parse(event.payload).userId);
  if (!user || user.sub !== undefined || user.disabled) return;
  const { inviteToUserPool, client, id } = await userPool(poolId);
  const sub = await inviteToUserPool(client, id, user);
  // A repeated run finds the record bound already.
  await bindIdentity(user, sub).catch((error: unknown) => {
    if (!(error instanceof ChangeConflictError)) throw error;
  });
}

/** What follows a user's creation, disabling or enabling: the sign-in service. */
export const userAccessHandlers: Record<string, TOutboxHandler> = {
  'user.invite': invite,
  'user.disable': followRecord,
  'user.enable': followRecord,
};
