import { diffValues } from '../../shared/diff.js';
import { calendarMessages } from '../../shared/messages/calendar.js';
import type { THolidayYear, TRegionHolidays } from '../../shared/model/calendar.js';
import type { TUser } from '../../shared/model/organisation.js';
import { systemClock, type TClock } from '../clock.js';
import { getRegionHolidays } from '../db/calendar.js';
import { holidaysEntity } from '../db/entities.js';
import { assertRevision } from '../workflow-guards.js';
import { followCalendar } from './follow-calendar.js';
import { putCalendarRecord, regionKeptBy } from './region-calendar-access.js';

export type SaveHolidaysOptions = {
  user: TUser;
  regionId: string;
  revision: number;
  entry: THolidayYear;
  clock?: TClock;
};

/** What the record compares: the decree and each day off by its date ("holidays.2026-12-24.name"). */
const holidayFields = (record: Pick<TRegionHolidays, 'decree' | 'holidays'>) => ({
  decree: record.decree,
  holidays: Object.fromEntries(record.holidays.map(({ date, ...day }) => [date, day])),
});

/**
 * The region's administrator replaces a year's days off (from the revision they saw), then every
 * open quarter whose count runs through that year (its own, and the previous year's fourth) moves
 * to its new deadline, on each agency's record.
 */
export async function saveHolidays(
  options: SaveHolidaysOptions,
): Promise<{ holidays: TRegionHolidays; moved: number }> {
  const { user, regionId, revision, entry, clock = systemClock } = options;
  await regionKeptBy(user, regionId);
  const current = await getRegionHolidays(regionId, entry.year);
  assertRevision(current, revision);
  const holidays: TRegionHolidays = {
    regionId,
    ...entry,
    holidays: [...entry.holidays].sort((a, b) => a.date.localeCompare(b.date)),
    revision: revision + 1,
    updatedAt: clock.now(),
    updatedBy: user.id,
  };
  await putCalendarRecord({
    user,
    regionId,
    year: entry.year,
    action: 'saveHolidays',
    item: holidaysEntity.item(holidays),
    revision,
    changes: diffValues(holidayFields(current), holidayFields(holidays)),
    clock,
  });
  const { moved } = await followCalendar({
    user,
    regionId,
    years: [entry.year - 1, entry.year],
    reason: calendarMessages.id.holidaysChanged(entry.year),
    clock,
  });
  return { holidays, moved };
}
