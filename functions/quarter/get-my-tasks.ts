import type { TActor } from '../../shared/access/policy.js';
import { buildMyTasks, type TMyTask, workingYears } from '../../shared/workflow/my-tasks.js';
import { loadAgency } from '../agency/load-agency.js';
import { systemClock, type TClock } from '../clock.js';
import { readYearsStanding } from '../db/year.js';

export type GetMyTasksOptions = {
  user: TActor;
  agencyId: string;
  /** What "now" is for the working years and the days left; the system's by default. */
  clock?: TClock;
};

/**
 * What waits on the user in the agency, most urgent first: last year's and this one's in one read,
 * without the agreements' contents.
 */
export async function getMyTasks(options: GetMyTasksOptions): Promise<{ now: string; tasks: TMyTask[] }> {
  const { agency } = await loadAgency(options.user, options.agencyId, 'agency.read');
  const now = (options.clock ?? systemClock).now();
  const [last, current] = workingYears(now, agency.timeZone);
  const found = await readYearsStanding(options.agencyId, last, current);
  const years = [...found].map(([year, standing]) => ({ year, ...standing }));
  return { now, tasks: buildMyTasks({ now, user: options.user, agency, years }) };
}
