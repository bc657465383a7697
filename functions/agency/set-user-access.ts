import { userChangeRefusal } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import type { TUser } from '../../shared/model/organisation.js';
import { forbidden } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { getUser } from '../db/organisation.js';
import { userUpdates } from '../db/users.js';
import { loadAgency } from './load-agency.js';

export type SetUserAccessOptions = {
  user: TUser;
  agencyId: string;
  userId: string;
  access: 'disable' | 'enable';
  /** Why, for the record (a transfer, retirement, leave). */
  reason?: string;
  clock?: TClock;
};

/**
 * Disables a colleague (they sign in no more: the API refuses their tokens from the next request,
 * and on AWS the outbox disables their Cognito user and signs them out everywhere) or enables
 * them again. Whoever may give every role the person holds may do it, never to themselves.
 */
export async function setUserAccess(options: SetUserAccessOptions): Promise<TUser> {
  const { user, agencyId, userId, access } = options;
  const { agency } = await loadAgency(user, agencyId, 'users.manage');
  const person = await getUser(userId);
  if (!person || person.agencyId !== agencyId)
    throw new AppError('NOT_FOUND', t(apiMessages).userIdNotFound(userId));
  const target = { regionId: agency.regionId, agencyId };
  const refusal = userChangeRefusal(user, { id: userId, before: person.roles, after: person.roles }, target);
  if (refusal === 'ownRoles')
    throw new AppError('FORBIDDEN', t(apiMessages).ownAccountDisabled, {
      details: { action: 'users.manage', refusal },
    });
  if (refusal) throw forbidden(refusal, 'users.manage');
  const disabled = access === 'disable';
  if (Boolean(person.disabled) === disabled)
    throw new AppError(
      'CONFLICT',
      disabled ? t(apiMessages).alreadyDisabled : t(apiMessages).alreadyEnabled,
      { details: { current: person } },
    );
  const change = beginChange({ user, clock: options.clock, agency });
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: disabled ? 'disableUser' : 'enableUser',
    reason: options.reason?.trim() || undefined,
    changes: [{ path: `users.${userId}.disabled`, before: !disabled, after: disabled }],
  });
  // The sign-in service follows the record (on AWS: the Cognito user disabled and signed out).
  const outbox = change.outbox(`user.${access}`, { userId });
  await change.commit({
    writes: [],
    updates: [userUpdates.access(person, disabled)],
    audit: [audit],
    outbox: [outbox],
  });
  return (await getUser(userId)) ?? { ...person, disabled };
}
