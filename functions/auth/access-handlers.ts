import * as z from 'zod';
import type { TOutboxEvent, TOutboxHandler } from '../../shared/model/outbox.js';
import { inviteToUserPool, syncUserPoolAccess, userPoolClient } from '../cognito/user-pool.js';
import { config } from '../config.js';
import { ChangeConflictError } from '../db/commit.js';
import { getUser } from '../db/organisation.js';
import { bindIdentity } from './bind-identity.js';

const ZAccessPayloadSchema = z.object({ userId: z.string().min(1) });

// On AWS the user pool follows the record; locally there is none, and the record alone refuses.
const pool =
  config.AUTH_MODE === 'cognito' && config.COGNITO_USER_POOL_ID
    ? { client: userPoolClient(config.AWS_REGION), id: config.COGNITO_USER_POOL_ID }
    : undefined;

/** Brings the pool in line with the user's record as it is now, whichever event came first. */
async function followRecord(event: TOutboxEvent): Promise<void> {
  if (!pool) return;
  const user = await getUser(ZAccessPayloadSchema.parse(event.payload).userId);
  if (user) await syncUserPoolAccess(pool.client, pool.id, user);
}

/**
 * Invites a new user to the pool and binds their record to the pool user at once, so that the
 * account they sign in with is this one, not whoever later shows the address. Locally the
 * development sign-in binds at the first sign-in instead.
 */
async function invite(event: TOutboxEvent): Promise<void> {
  if (!pool) return;
  const user = await getUser(ZAccessPayloadSchema.parse(event.payload).userId);
  if (!user || user.sub !== undefined || user.disabled) return;
  const sub = await inviteToUserPool(pool.client, pool.id, user);
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
