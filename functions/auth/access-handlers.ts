import * as z from 'zod';
import type { TOutboxEvent, TOutboxHandler } from '../../shared/model/outbox.js';
import { syncUserPoolAccess, userPoolClient } from '../cognito/user-pool.js';
import { config } from '../config.js';
import { getUser } from '../db/organisation.js';

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

/** What follows a user's disabling or enabling: the sign-in service. */
export const userAccessHandlers: Record<string, TOutboxHandler> = {
  'user.disable': followRecord,
  'user.enable': followRecord,
};
