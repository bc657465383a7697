import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { sign, verify } from 'hono/jwt';
import * as z from 'zod';
import type { TUser } from '../../shared/model/organisation.js';
import { config } from '../config.js';
import { rememberVerified } from './verified-tokens.js';

/**
 * The claims Capaian relies on, whoever issued the token: who signs in (`sub`, the identity bound
 * to a user), a verified address (for the first sign-in only), and an expiry (a token that never
 * expires is refused, locally too).
 */
const ZClaimsSchema = z.object({
  sub: z.string().min(1).max(128),
  email: z.email(),
  // Cognito writes a boolean; some pools the string "true".
  email_verified: z.union([z.literal(true), z.literal('true')]),
  exp: z.number(),
});
export type TClaims = z.infer<typeof ZClaimsSchema>;

const localTokenHours = 12;

const cognitoVerifier =
  config.AUTH_MODE === 'cognito' && config.COGNITO_USER_POOL_ID && config.COGNITO_CLIENT_ID
    ? CognitoJwtVerifier.create({
        userPoolId: config.COGNITO_USER_POOL_ID,
        clientId: config.COGNITO_CLIENT_ID,
        tokenUse: 'id',
      })
    : undefined;

async function verifySignature(token: string): Promise<TClaims> {
  const payload = cognitoVerifier
    ? await cognitoVerifier.verify(token)
    : await verify(token, config.LOCAL_AUTH_SECRET ?? '', 'HS256');
  return ZClaimsSchema.parse(payload);
}

/**
 * Verifies a bearer token (Cognito ID token on AWS, development token locally); throws when
 * invalid. One verified before is answered from memory until it expires.
 */
export const verifyToken = rememberVerified(verifySignature);

/**
 * Issues a development token with the claims a Cognito ID token carries: the user's bound identity,
 * or `local-<id>` which their first request binds. Local mode only.
 */
export async function issueLocalToken(user: Pick<TUser, 'id' | 'email' | 'sub'>): Promise<string> {
  if (config.AUTH_MODE !== 'local' || !config.LOCAL_AUTH_SECRET)
    throw new Error('development sign-in is off');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    sub: user.sub ?? `local-${user.id}`,
    email: user.email,
    email_verified: true,
    iat: now,
    exp: now + localTokenHours * 3600,
  };
  return sign(claims, config.LOCAL_AUTH_SECRET, 'HS256');
}
