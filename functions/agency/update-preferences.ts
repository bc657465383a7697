import { diffValues } from '../../shared/diff.js';
import type { TUser } from '../../shared/model/organisation.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { commitChange } from '../db/commit.js';
import { getUser } from '../db/organisation.js';
import { userUpdates } from '../db/users.js';
import { conflictToAppError } from '../workflow-guards.js';
import { ownRecord } from './own-record.js';

export type TPreferences = Pick<TUser, 'locale' | 'remindersOff'>;

/**
 * A user's own choices: the language of the app and emails, and whether deadline reminders come
 * (overdue notices and escalations come regardless). Only these two attributes are written, so a
 * role changed meanwhile stays changed. They are on the person's agency's or region's record.
 */
export async function updatePreferences(
  user: TUser,
  preferences: Partial<TPreferences>,
  clock?: TClock,
): Promise<TUser> {
  const before = { locale: user.locale, remindersOff: user.remindersOff };
  const changes = diffValues(before, { ...before, ...preferences });
  // A choice left as it was changes nothing, and puts nothing on the record.
  if (changes.length === 0) return user;
  const update = userUpdates.preferences(user.id, preferences);
  const record = await ownRecord(user);
  if (!record) {
    await commitChange({ writes: [], updates: [update], audit: [] }).catch(conflictToAppError);
  } else {
    const change = beginChange({ user, clock, ...record });
    const audit = change.audit({ subject: { kind: 'settings' }, action: 'updatePreferences', changes });
    await change.commit({ writes: [], updates: [update], audit: [audit] });
  }
  return (await getUser(user.id)) ?? { ...user, ...preferences };
}
