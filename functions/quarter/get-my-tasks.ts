import type { TActor } from '../../shared/access/policy.js';
import type { THomeActingNotice } from '../../shared/model/acting.js';
import { buildMyTasks, type TMyTask, workingYears } from '../../shared/workflow/my-tasks.js';
import { homeActingNotices } from '../agency/acting-notices.js';
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
 * without the agreements' contents. With it, what their home tells of acting officials.
 */
export async function getMyTasks(
  options: GetMyTasksOptions,
): Promise<{ now: string; tasks: TMyTask[]; acting: THomeActingNotice[] }> {
  const { agency } = await loadAgency(options.user, options.agencyId, 'agency.read');
  const now = (options.clock ?? systemClock).now();
  const [last, current] = workingYears(now, agency.timeZone);
  const [found, acting] = await Promise.all([
    readYearsStanding(options.agencyId, last, current),
    homeActingNotices(options.user, now),
  ]);
  const years = [...found].map(([year, standing]) => ({ year, ...standing }));
  return { now, tasks: buildMyTasks({ now, user: options.user, agency, years }), acting };
}
