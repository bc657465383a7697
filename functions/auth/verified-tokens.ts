import { createHash } from 'node:crypto';

type TExpiring = { exp: number };

export type RememberVerifiedOptions = {
  /** Milliseconds since the epoch; Date.now by default. */
  now?: () => number;
  /** At most this many tokens kept; the oldest go first. */
  capacity?: number;
};

/**
 * A token verifier that keeps what it verified, by the token's hash, until the token expires: a
 * signature check (Cognito's RS256, the local HS256) costs more of every request's CPU than
 * looking it up, and a signed, unexpired token stays valid. A refusal is never kept.
 */
export function rememberVerified<C extends TExpiring>(
  verify: (token: string) => Promise<C>,
  { now = Date.now, capacity = 10_000 }: RememberVerifiedOptions = {},
): (token: string) => Promise<C> {
  const verified = new Map<string, C>();
  return async (token) => {
    const hash = createHash('sha256').update(token).digest('base64');
    const kept = verified.get(hash);
    if (kept && kept.exp * 1000 > now()) return kept;
    verified.delete(hash);
    const claims = await verify(token);
    if (verified.size >= capacity) verified.delete(verified.keys().next().value ?? '');
    verified.set(hash, claims);
    return claims;
  };
}
