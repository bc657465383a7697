import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/app-error.js';
import type { TUser } from '../../shared/model/organisation.js';
import { verifyToken } from '../auth/tokens.js';
import { getUserByEmail } from '../db/organisation.js';
import { say } from '../language.js';
import { ttlCache } from '../ttl-cache.js';

export type AuthEnv = { Variables: { user: TUser } };

// Roles change rarely; a minute's staleness saves a read on every request.
const users = ttlCache(60_000, getUserByEmail);

/** Resolves the bearer token to a user record; the same on AWS (Cognito) and locally (dev sign-in). */
export const authenticate = createMiddleware<AuthEnv>(async (c, next) => {
  const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token)
    throw new AppError('UNAUTHENTICATED', say({ id: 'Silakan masuk terlebih dahulu', en: 'Please sign in' }));
  const claims = await verifyToken(token).catch(() => undefined);
  const user = claims && (await users.get(claims.email));
  if (!user) {
    throw new AppError(
      'UNAUTHENTICATED',
      say({ id: 'Sesi tidak valid, silakan masuk lagi', en: 'Invalid session, please sign in again' }),
    );
  }
  c.set('user', user);
  await next();
});

/** Makes the next request of this user read their record again (after this process changed it). */
export const forgetUser = (email: string): void => {
  users.forget(email);
};
