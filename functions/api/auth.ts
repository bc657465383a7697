import { createMiddleware } from 'hono/factory';
import { AppError } from '../../shared/app-error.js';
import type { TUser } from '../../shared/model/organisation.js';
import { signedInUser } from '../auth/sign-in.js';
import { verifyToken } from '../auth/tokens.js';
import { say } from '../language.js';

export type AuthEnv = { Variables: { user: TUser } };

/** Resolves the bearer token to a user record; the same on AWS (Cognito) and locally (dev sign-in). */
export const authenticate = createMiddleware<AuthEnv>(async (c, next) => {
  const token = /^Bearer (.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token)
    throw new AppError('UNAUTHENTICATED', say({ id: 'Silakan masuk terlebih dahulu', en: 'Please sign in' }));
  const claims = await verifyToken(token).catch(() => undefined);
  const user = claims && (await signedInUser(claims));
  if (!user) {
    throw new AppError(
      'UNAUTHENTICATED',
      say({ id: 'Sesi tidak valid, silakan masuk lagi', en: 'Invalid session, please sign in again' }),
    );
  }
  if (user.disabled) {
    throw new AppError(
      'UNAUTHENTICATED',
      say({
        id: 'Akun Anda dinonaktifkan; hubungi perencana perangkat daerah Anda',
        en: "Your account is disabled; ask your agency's planner",
      }),
    );
  }
  c.set('user', user);
  await next();
});
