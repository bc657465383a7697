import { diffValues } from '../../shared/diff.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TAgencySettings, TStoredSettings } from '../../shared/model/settings.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { settingsEntity } from '../db/entities.js';
import { assertRevision } from '../workflow-guards.js';
import { forgetAgency, loadAgency } from './load-agency.js';

export type SaveSettingsOptions = {
  user: TUser;
  agencyId: string;
  revision: number;
  settings: TAgencySettings;
  /** Where the moment and ids come from; the system's by default. */
  clock?: TClock;
};

/** Replaces an agency's settings (planner), if nobody changed them since the revision the planner saw. */
export async function saveSettings(options: SaveSettingsOptions): Promise<TStoredSettings> {
  const { user, agencyId, revision } = options;
  const { agency, settings: current } = await loadAgency(user, agencyId, 'settings.edit');
  assertRevision(current, revision);
  const saved: TStoredSettings = { ...options.settings, revision: revision + 1 };
  const { revision: _before, ...before } = current;
  // Settings are not of a year: their trail is kept in the agency's year they changed in.
  const change = beginChange({ user, clock: options.clock, agency });
  const audit = change.audit({
    subject: { kind: 'settings' },
    action: 'saveSettings',
    changes: diffValues(before, options.settings),
  });
  await change.commit({
    writes: [
      {
        item: settingsEntity.item(saved, agencyId),
        expectedRevision: revision === 0 ? 'new' : revision,
      },
    ],
    audit: [audit],
  });
  forgetAgency(agencyId);
  return saved;
}
