import { diffValues } from '../../shared/diff.js';
import type { TUser } from '../../shared/model/organisation.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { commitChange } from '../db/commit.js';
import { userEntity } from '../db/entities.js';
import { loadAgency } from './load-agency.js';

export type TPreferences = Pick<TUser, 'locale' | 'remindersOff'>;

/**
 * A user's own choices: the language of the app and emails, and whether deadline reminders come
 * (overdue notices and escalations come regardless). Agency staff's choices are on the agency's record.
 */
export async function updatePreferences(
  user: TUser,
  preferences: Partial<TPreferences>,
  clock?: TClock,
): Promise<TUser> {
  const saved: TUser = { ...user, ...preferences };
  const write = { item: userEntity.item(saved), expectedRevision: 'any' as const };
  if (!user.agencyId) {
    await commitChange({ writes: [write], audit: [] });
    return saved;
  }
  const { agency } = await loadAgency(user, user.agencyId, 'agency.read');
  const change = beginChange({ user, clock, agency });
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: 'updatePreferences',
    changes: diffValues(
      { locale: user.locale, remindersOff: user.remindersOff },
      { locale: saved.locale, remindersOff: saved.remindersOff },
    ),
  });
  await change.commit({ writes: [write], audit: [audit] });
  return saved;
}
