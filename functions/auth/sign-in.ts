import type { TActor } from '../../shared/access/policy.js';
import { actingStanding, isActingAt } from '../../shared/model/acting-standing.js';
import { ChangeConflictError } from '../db/commit.js';
import { getUserByEmail } from '../db/organisation.js';
import { boundUserId, getUserWithActing } from '../db/users.js';
import { ttlCache } from '../ttl-cache.js';
import { bindIdentity } from './bind-identity.js';
import type { TClaims } from './tokens.js';

// A binding never changes once made, so a process may keep it. The user record itself (with the
// acting duties they carry) is read on every request, strongly consistent: a role change, a
// disabling or an acting appointment holds from the next request on, on every Lambda instance,
// with no cache to clear.
const bindings = ttlCache(60 * 60_000, boundUserId);

/**
 * The user a verified token signs in (by its `sub`, bound at onboarding or at the first sign-in),
 * with the acting duties they carry at `at`, and their appointments in force or coming.
 */
export async function signedInUser(claims: TClaims, at: string): Promise<TActor | undefined> {
  const userId = (await bindings.get(claims.sub)) ?? (await firstSignIn(claims));
  const found = userId ? await getUserWithActing(userId) : undefined;
  if (!found || found.user.sub !== claims.sub) return undefined;
  const acting = found.acting
    .filter((assignment) => isActingAt(assignment, at))
    .map(({ agencyId, kind, duty, unitId }) => ({ agencyId, kind, duty, unitId }));
  const appointments = found.acting.filter((assignment) => actingStanding(assignment, at) !== 'past');
  return { ...found.user, acting, appointments };
}

/** The user with the token's verified address, bound to this identity unless another holds it. */
async function firstSignIn(claims: TClaims): Promise<string | undefined> {
  const candidate = await getUserByEmail(claims.email);
  if (!candidate || candidate.sub !== undefined) return candidate?.id;
  // Two first requests at once: one binds, the other finds it bound.
  await bindIdentity(candidate, claims.sub).then(
    // Kept as read: the user's next request does not read the binding it has just made.
    () => bindings.keep(claims.sub, candidate.id),
    (error: unknown) => {
      if (!(error instanceof ChangeConflictError)) throw error;
    },
  );
  return candidate.id;
}
