import { AppError } from '../../shared/app-error.js';
import { quarterDueAt } from '../../shared/calendar/quarter-deadline.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { beginChange } from '../change.js';
import type { TClock } from '../clock.js';
import { readDeadlineCalendar } from '../db/calendar.js';
import { quarterEntity } from '../db/entities.js';
import { listRegionAgencies } from '../db/organisation.js';
import { readYear } from '../db/year.js';
import { log } from '../log.js';

export type FollowCalendarOptions = {
  user: TUser;
  regionId: string;
  /** The years whose quarters' deadlines the change may move. */
  years: readonly number[];
  /** What changed, for each agency's record ("hari libur 2026"). */
  reason: string;
  clock?: TClock;
};

/** Quarters moved to the calendar's new deadline. */
export type TFollowResult = { moved: number };

const attempts = 3;

/**
 * After the region's days off or rule change, every open quarter of its agencies in `years` moves
 * to the deadline they now give (an extended one keeps its extension), each move on that agency's
 * record. One transaction per agency and year: a region's agencies do not fit in one, and a move
 * that loses a race to someone's edit of the quarter reads it again and retries.
 */
export async function followCalendar(options: FollowCalendarOptions): Promise<TFollowResult> {
  const { regionId, years } = options;
  const agencies = await listRegionAgencies(regionId);
  const calendars = new Map(
    await Promise.all(years.map(async (year) => [year, await readDeadlineCalendar(regionId, year)] as const)),
  );
  let moved = 0;
  for (const agency of agencies) {
    for (const year of years) {
      const calendar = calendars.get(year);
      if (!calendar) continue;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          moved += await moveQuarters(options, agency.id, year, (quarter) =>
            quarterDueAt(year, quarter.quarter, agency.timeZone, calendar, quarter.extension),
          );
          break;
        } catch (error) {
          // 409: someone edited a quarter meanwhile; 423: it was signed off (and is left out next time).
          const lostRace =
            error instanceof AppError && (error.code === 'CONFLICT' || error.code === 'LOCKED');
          if (!lostRace || attempt === attempts) throw error;
          log.warn('a deadline move lost a race; reading the quarters again', { agencyId: agency.id, year });
        }
      }
    }
  }
  return { moved };
}

async function moveQuarters(
  options: FollowCalendarOptions,
  agencyId: string,
  year: number,
  dueAtOf: (quarter: TQuarterRecord) => string,
): Promise<number> {
  const quarters = (await readYear(agencyId, year)).quarters.filter(
    (quarter) => quarter.state === 'open' && quarter.dueAt !== dueAtOf(quarter),
  );
  if (quarters.length === 0) return 0;
  const change = beginChange({ user: options.user, clock: options.clock, agencyId, year });
  await change.commit({
    writes: quarters.map((quarter) => ({
      item: quarterEntity.item({ ...quarter, dueAt: dueAtOf(quarter), ...change.nextRevision(quarter) }),
      expectedRevision: quarter.revision,
    })),
    audit: quarters.map((quarter) =>
      change.audit({
        subject: { kind: 'quarter', quarter: quarter.quarter },
        action: 'followCalendar',
        reason: options.reason,
        changes: [{ path: 'dueAt', before: quarter.dueAt, after: dueAtOf(quarter) }],
      }),
    ),
  });
  return quarters.length;
}
