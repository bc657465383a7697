import { createMiddleware } from 'hono/factory';
import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { signedInUser } from '../auth/sign-in.js';
import { verifyToken } from '../auth/tokens.js';
import { systemClock } from '../clock.js';

/** The signed-in user as they act now: their record, and the acting duties they carry today. */
export type AuthEnv = { Variables: { user: TActor } };

/** Resolves the bearer token to a user record; the same on AWS (Cognito) and locally (dev sign-in). */
export const authenticate = createMiddleware<AuthEnv>(async (c, next) => {
  const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token) throw new AppError('UNAUTHENTICATED', t(apiMessages).signIn);
  const claims = await verifyToken(token).catch(() => undefined);
  const user = claims && (await signedInUser(claims, systemClock.now()));
  if (!user) {
    throw new AppError('UNAUTHENTICATED', t(apiMessages).invalidSession);
  }
  if (user.disabled) {
    throw new AppError('UNAUTHENTICATED', t(apiMessages).accountDisabled);
  }
  c.set('user', user);
  await next();
});
