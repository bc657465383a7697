import { localYear } from '../../shared/calendar/due-date.js';
import { diffValues } from '../../shared/diff.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TAgencySettings, TStoredSettings } from '../../shared/model/settings.js';
import { newAuditEvent } from '../audit-event.js';
import { commitChange } from '../db/commit.js';
import { settingsEntity } from '../db/entities.js';
import { assertRevision, conflictToAppError } from '../workflow-guards.js';
import { forgetAgency, loadAgency } from './load-agency.js';

export type SaveSettingsOptions = {
  user: TUser;
  agencyId: string;
  revision: number;
  settings: TAgencySettings;
};

/** Replaces an agency's settings (planner), if nobody changed them since the revision the planner saw. */
export async function saveSettings(options: SaveSettingsOptions): Promise<TStoredSettings> {
  const { user, agencyId, revision } = options;
  const { agency, settings: current } = await loadAgency(user, agencyId, 'settings.edit');
  assertRevision(current, revision);
  const saved: TStoredSettings = { ...options.settings, revision: revision + 1 };
  const at = new Date().toISOString();
  const { revision: _before, ...before } = current;
  const audit = newAuditEvent({
    user,
    at,
    agencyId,
    // Settings are not of a year; their trail is kept in the year they changed in.
    year: localYear(new Date(at), agency.timeZone),
    subject: { kind: 'settings' },
    action: 'saveSettings',
    changes: diffValues(before, options.settings),
  });
  await commitChange({
    writes: [
      {
        item: settingsEntity.item(saved, agencyId),
        expectedRevision: revision === 0 ? 'new' : revision,
      },
    ],
    audit: [audit],
  }).catch(conflictToAppError);
  forgetAgency(agencyId);
  return saved;
}
