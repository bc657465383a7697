import type { TUser } from '../../shared/model/organisation.js';
import { ownRecord } from '../agency/own-record.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { commitChange, type TChange } from '../db/commit.js';
import { identityEntity } from '../db/entities.js';
import { userUpdates } from '../db/users.js';

/**
 * Records who signs in as `user` (a token's `sub`), once: at onboarding or at their first sign-in.
 * Their first sign-in is on their agency's or region's record. A lost race is a ChangeConflictError.
 */
export async function bindIdentity(user: TUser, sub: string, clock?: TClock): Promise<void> {
  const binding: TChange = {
    writes: [{ item: identityEntity.item({ sub, userId: user.id }), expectedRevision: 'new' }],
    updates: [userUpdates.identity(user.id, sub)],
    audit: [],
  };
  const record = await ownRecord(user);
  if (!record) return commitChange(binding);
  const change = beginChange({ user, clock, ...record });
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: 'bindSignIn',
    changes: [{ path: `users.${user.id}.sub`, before: null, after: sub }],
  });
  await commitChange({ ...binding, audit: [audit] });
}
