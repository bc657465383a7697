import { nationalHolidaysOf } from '../../shared/calendar/national-holidays.js';
import type { TDeadlineCalendar } from '../../shared/calendar/quarter-deadline.js';
import {
  defaultDeadlineRule,
  type TRegionDeadlineRule,
  type TRegionHolidays,
} from '../../shared/model/calendar.js';
import { deadlineRuleEntity, holidaysEntity } from './entities.js';
import { keys } from './keys.js';
import { getItem } from './query.js';

/** A region's days off of a year: as its admin saved them, else the national list (revision 0). */
export async function getRegionHolidays(regionId: string, year: number): Promise<TRegionHolidays> {
  const stored = await getItem(holidaysEntity, keys.holidays(regionId, year), { consistent: true });
  return stored ?? { regionId, revision: 0, ...nationalHolidaysOf(year) };
}

/** A region's deadline rule: as its admin saved it, else five working days (revision 0). */
export async function getDeadlineRule(regionId: string): Promise<TRegionDeadlineRule> {
  const stored = await getItem(deadlineRuleEntity, keys.deadlineRule(regionId), { consistent: true });
  return stored ?? { regionId, revision: 0, ...defaultDeadlineRule };
}

/** What a year's deadlines are counted with: the rule and the days off of that year and the next. */
export async function readDeadlineCalendar(regionId: string, year: number): Promise<TDeadlineCalendar> {
  const [rule, days, next] = await Promise.all([
    getDeadlineRule(regionId),
    getRegionHolidays(regionId, year),
    getRegionHolidays(regionId, year + 1),
  ]);
  return { rule, holidays: [...days.holidays, ...next.holidays] };
}
