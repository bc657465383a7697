import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { sign, verify } from 'hono/jwt';
import { z } from 'zod';
import { config } from '../config.js';

/** The claims Capaian relies on, whoever issued the token. */
const ZClaimsSchema = z.object({ email: z.email() });
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

/** Verifies a bearer token (Cognito ID token on AWS, development token locally); throws when invalid. */
export async function verifyToken(token: string): Promise<TClaims> {
  const payload = cognitoVerifier
    ? await cognitoVerifier.verify(token)
    : await verify(token, config.LOCAL_AUTH_SECRET ?? '', 'HS256');
  return ZClaimsSchema.parse(payload);
}

/** Issues a development token with the same claims a Cognito ID token carries. Local mode only. */
export async function issueLocalToken(email: string): Promise<string> {
  if (config.AUTH_MODE !== 'local' || !config.LOCAL_AUTH_SECRET)
    throw new Error('development sign-in is off');
  const now = Math.floor(Date.now() / 1000);
  return sign({ email, iat: now, exp: now + localTokenHours * 3600 }, config.LOCAL_AUTH_SECRET, 'HS256');
}
