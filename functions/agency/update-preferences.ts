import { localYear } from '../../shared/calendar/due-date.js';
import { diffValues } from '../../shared/diff.js';
import type { TUser } from '../../shared/model/organisation.js';
import { newAuditEvent } from '../audit-event.js';
import { commitChange } from '../db/commit.js';
import { userEntity } from '../db/entities.js';
import { loadAgency } from './load-agency.js';

export type TPreferences = Pick<TUser, 'locale' | 'remindersOff'>;

/**
 * A user's own choices: the language of the app and emails, and whether deadline reminders come
 * (overdue notices and escalations come regardless).
 */
export async function updatePreferences(user: TUser, preferences: Partial<TPreferences>): Promise<TUser> {
  const saved: TUser = { ...user, ...preferences };
  const at = new Date().toISOString();
  const agency = user.agencyId ? (await loadAgency(user, user.agencyId, 'agency.read')).agency : undefined;
  const audit =
    agency &&
    newAuditEvent({
      user,
      at,
      agencyId: agency.id,
      year: localYear(new Date(at), agency.timeZone),
      subject: { kind: 'settings' },
      action: 'updatePreferences',
      changes: diffValues(
        { locale: user.locale, remindersOff: user.remindersOff },
        { locale: saved.locale, remindersOff: saved.remindersOff },
      ),
    });
  await commitChange({
    writes: [{ item: userEntity.item(saved), expectedRevision: 'any' }],
    audit: audit ? [audit] : [],
  });
  return saved;
}
