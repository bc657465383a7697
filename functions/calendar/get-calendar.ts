import { quarterDeadline } from '../../shared/calendar/quarter-deadline.js';
import type { TRegionDeadlineRule, TRegionHolidays } from '../../shared/model/calendar.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { loadAgency } from '../agency/load-agency.js';
import { getDeadlineRule, getRegionHolidays } from '../db/calendar.js';
import { readYear } from '../db/year.js';

/** A quarter's deadline as the region's rule gives it, beside its due moment (later when extended). */
type TQuarterDeadline = Pick<TQuarterRecord, 'quarter' | 'state' | 'revision' | 'dueAt' | 'extension'> & {
  /** The region's deadline day, local. */
  deadline: string;
};

export type TAgencyCalendar = {
  regionId: string;
  rule: TRegionDeadlineRule;
  /** The year's days off, and the next year's (where the fourth quarter's count runs). */
  holidays: TRegionHolidays;
  nextHolidays: TRegionHolidays;
  quarters: TQuarterDeadline[];
};

/** An agency's year as its region's calendar sets it: the rule, the days off, each quarter's deadline. */
export async function getAgencyCalendar(options: {
  user: TUser;
  agencyId: string;
  year: number;
}): Promise<TAgencyCalendar> {
  const { user, agencyId, year } = options;
  const { agency } = await loadAgency(user, agencyId, 'agency.read');
  const [rule, holidays, nextHolidays, stored] = await Promise.all([
    getDeadlineRule(agency.regionId),
    getRegionHolidays(agency.regionId, year),
    getRegionHolidays(agency.regionId, year + 1),
    readYear(agencyId, year),
  ]);
  const calendar = { rule, holidays: [...holidays.holidays, ...nextHolidays.holidays] };
  const quarters = stored.quarters.map(({ quarter, state, revision, dueAt, extension }) => ({
    quarter,
    state,
    revision,
    dueAt,
    extension,
    deadline: quarterDeadline(year, quarter, calendar),
  }));
  return { regionId: agency.regionId, rule, holidays, nextHolidays, quarters };
}
