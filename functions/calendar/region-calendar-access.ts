import { keepsCalendar } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { calendarMessages } from '../../shared/messages/calendar.js';
import type { TValueChange } from '../../shared/model/audit.js';
import type { TRegion, TUser } from '../../shared/model/organisation.js';
import { forbidden } from '../auth/authorize.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import type { TItemKeys } from '../db/entity.js';
import { getRegion } from '../db/organisation.js';

/** The region whose calendar the user keeps: 404 when there is none, 403 unless they administer it. */
export async function regionKeptBy(user: TUser, regionId: string): Promise<TRegion> {
  const region = await getRegion(regionId);
  if (!region) throw new AppError('NOT_FOUND', t(calendarMessages).regionNotFound(regionId));
  if (!keepsCalendar(user, regionId)) throw forbidden('role', 'calendar.manage');
  return region;
}

export type PutCalendarRecordOptions = {
  user: TUser;
  regionId: string;
  /** The year whose record tells it: the holidays' own, the rule's at the moment it is set. */
  year: number;
  action: 'saveHolidays' | 'saveDeadlineRule';
  item: TItemKeys;
  /** The revision the administrator saw (0: none yet). */
  revision: number;
  changes: TValueChange[];
  clock?: TClock;
};

/**
 * Puts a region's calendar record if it still has the revision the administrator saw, with its
 * event on the region's record: the deadlines of every agency follow from it.
 */
export function putCalendarRecord(options: PutCalendarRecordOptions): Promise<void> {
  const { user, regionId, year, action, item, revision, changes, clock } = options;
  const change = beginChange({ user, clock, regionId, year });
  return change.commit({
    writes: [{ item, expectedRevision: revision === 0 ? 'new' : revision }],
    audit: [change.audit({ subject: { kind: 'calendar' }, action, changes })],
  });
}
