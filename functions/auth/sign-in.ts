import type { TUser } from '../../shared/model/organisation.js';
import { ChangeConflictError } from '../db/commit.js';
import { getUser, getUserByEmail } from '../db/organisation.js';
import { boundUserId } from '../db/users.js';
import { ttlCache } from '../ttl-cache.js';
import { bindIdentity } from './bind-identity.js';
import type { TClaims } from './tokens.js';

// A binding never changes once made, so a process may keep it. The user record itself is read on
// every request, strongly consistent: a role change or a disabling holds from the next request on,
// on every Lambda instance, with no cache to clear.
const bindings = ttlCache(60 * 60_000, boundUserId);

/** The user a verified token signs in: by its `sub`, bound at onboarding or at the first sign-in. */
export async function signedInUser(claims: TClaims): Promise<TUser | undefined> {
  const userId = await bindings.get(claims.sub);
  const user = userId ? await getUser(userId) : await firstSignIn(claims);
  return user?.sub === claims.sub ? user : undefined;
}

/** The record with the token's verified address, bound to this identity unless another holds it. */
async function firstSignIn(claims: TClaims): Promise<TUser | undefined> {
  const candidate = await getUserByEmail(claims.email);
  if (!candidate || candidate.sub !== undefined) return candidate;
  // Two first requests at once: one binds, the other finds it bound.
  await bindIdentity(candidate, claims.sub).catch((error: unknown) => {
    if (!(error instanceof ChangeConflictError)) throw error;
  });
  return getUser(candidate.id);
}
