import { keepsCalendar } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { calendarMessages } from '../../shared/messages/calendar.js';
import type { TRegion, TUser } from '../../shared/model/organisation.js';
import { forbidden } from '../auth/authorize.js';
import { commitChange } from '../db/commit.js';
import type { TItemKeys } from '../db/entity.js';
import { getRegion } from '../db/organisation.js';
import { conflictToAppError } from '../workflow-guards.js';

/** The region whose calendar the user keeps: 404 when there is none, 403 unless they administer it. */
export async function regionKeptBy(user: TUser, regionId: string): Promise<TRegion> {
  const region = await getRegion(regionId);
  if (!region) throw new AppError('NOT_FOUND', t(calendarMessages).regionNotFound(regionId));
  if (!keepsCalendar(user, regionId)) throw forbidden('role', 'calendar.manage');
  return region;
}

/** Puts a region's calendar record if it still has the revision the administrator saw (0: none yet). */
export const putCalendarRecord = (item: TItemKeys, revision: number): Promise<void> =>
  commitChange({
    writes: [{ item, expectedRevision: revision === 0 ? 'new' : revision }],
    audit: [],
  }).catch(conflictToAppError);
