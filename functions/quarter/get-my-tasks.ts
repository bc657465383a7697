import type { TActor } from '../../shared/access/policy.js';
import { buildMyTasks, type TMyTask, workingYears } from '../../shared/workflow/my-tasks.js';
import { loadAgency } from '../agency/load-agency.js';
import { systemClock, type TClock } from '../clock.js';
import { readYearStanding } from '../db/year.js';

export type GetMyTasksOptions = {
  user: TActor;
  agencyId: string;
  /** What "now" is for the working years and the days left; the system's by default. */
  clock?: TClock;
};

/**
 * What waits on the user in the agency, most urgent first: two reads, last year's and this one's,
 * without the agreements' contents.
 */
export async function getMyTasks(options: GetMyTasksOptions): Promise<{ now: string; tasks: TMyTask[] }> {
  const { agency } = await loadAgency(options.user, options.agencyId, 'agency.read');
  const now = (options.clock ?? systemClock).now();
  const years = await Promise.all(
    workingYears(now, agency.timeZone).map(async (year) => ({
      year,
      ...(await readYearStanding(options.agencyId, year)),
    })),
  );
  return { now, tasks: buildMyTasks({ now, user: options.user, agency, years }) };
}
