import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { signedInUser } from '../auth/sign-in.js';
import { type TClaims, verifyToken } from '../auth/tokens.js';
import { systemClock } from '../clock.js';

/** The signed-in user as they act now: their record, and the acting duties they carry today. */
export type AuthEnv = { Variables: { user: TActor } };

/** The claims of the request's bearer token, verified: 401 without one, or for one forged or expired. */
async function verifiedClaims(c: Context): Promise<TClaims> {
  const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token) throw new AppError('UNAUTHENTICATED', t(apiMessages).signIn);
  const claims = await verifyToken(token).catch(() => undefined);
  if (!claims) throw new AppError('UNAUTHENTICATED', t(apiMessages).invalidSession);
  return claims;
}

/** The user the claims sign in (a read of their record): 401 for no one, or for a disabled account. */
async function userOf(claims: TClaims): Promise<TActor> {
  const user = await signedInUser(claims, systemClock.now());
  if (!user) throw new AppError('UNAUTHENTICATED', t(apiMessages).invalidSession);
  if (user.disabled) throw new AppError('UNAUTHENTICATED', t(apiMessages).accountDisabled);
  return user;
}

/** Resolves the bearer token to a user record; the same on AWS (Cognito) and locally (dev sign-in). */
export const authenticate = createMiddleware<AuthEnv>(async (c, next) => {
  c.set('user', await userOf(await verifiedClaims(c)));
  await next();
});

/** The signed-in user of a route that reads alongside: being read while the route makes its own read. */
export type SigningInEnv = { Variables: { signingIn: Promise<TActor> } };

/**
 * Authenticates as `authenticate` does, but lets the route make its own first read while the
 * user's record is read (one round trip to DynamoDB instead of two): the token is verified first,
 * so nothing is read for a request that is not signed in, and the route answers nothing before it
 * has the user (`await c.var.signingIn`) and has checked them. For a route whose read is harmless
 * to make before that check, and needs nothing of the user.
 */
export const authenticateAlongside = createMiddleware<SigningInEnv>(async (c, next) => {
  const signingIn = userOf(await verifiedClaims(c));
  // The route awaits it; a request refused before (a bad parameter's 400) leaves it unawaited.
  signingIn.catch(() => undefined);
  c.set('signingIn', signingIn);
  await next();
});
