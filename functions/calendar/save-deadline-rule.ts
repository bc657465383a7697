import { localYear } from '../../shared/calendar/due-date.js';
import { diffValues } from '../../shared/diff.js';
import { calendarMessages } from '../../shared/messages/calendar.js';
import type { TDeadlineRule, TRegionDeadlineRule } from '../../shared/model/calendar.js';
import type { TUser } from '../../shared/model/organisation.js';
import { systemClock, type TClock } from '../clock.js';
import { getDeadlineRule } from '../db/calendar.js';
import { deadlineRuleEntity } from '../db/entities.js';
import { assertRevision } from '../workflow-guards.js';
import { followCalendar } from './follow-calendar.js';
import { putCalendarRecord, regionKeptBy } from './region-calendar-access.js';

export type SaveDeadlineRuleOptions = {
  user: TUser;
  regionId: string;
  revision: number;
  rule: TDeadlineRule;
  clock?: TClock;
};

/** The region's administrator sets its rule (its Perbup); the open quarters of `years` follow it. */
export async function saveDeadlineRule(
  options: SaveDeadlineRuleOptions,
): Promise<{ rule: TRegionDeadlineRule; moved: number }> {
  const { user, regionId, revision, clock = systemClock } = options;
  const region = await regionKeptBy(user, regionId);
  const current = await getDeadlineRule(regionId);
  assertRevision(current, revision);
  const thisYear = localYear(new Date(clock.now()), region.timeZone);
  const rule: TRegionDeadlineRule = {
    regionId,
    ...options.rule,
    revision: revision + 1,
    updatedAt: clock.now(),
    updatedBy: user.id,
  };
  await putCalendarRecord({
    user,
    regionId,
    year: thisYear,
    action: 'saveDeadlineRule',
    item: deadlineRuleEntity.item(rule),
    revision,
    changes: diffValues(
      { workingDays: current.workingDays, decree: current.decree },
      { workingDays: rule.workingDays, decree: rule.decree },
    ),
    clock,
  });
  const { moved } = await followCalendar({
    user,
    regionId,
    // The years still being reported: last year's fourth quarter, this year's, any opened early.
    years: [thisYear - 1, thisYear, thisYear + 1],
    reason: calendarMessages.id.ruleChanged(rule.workingDays),
    clock,
  });
  return { rule, moved };
}
