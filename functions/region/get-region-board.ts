import type { TActor } from '../../shared/access/policy.js';
import type { TBoardRow } from '../../shared/model/agency-summary.js';
import { regionBoard } from '../../shared/region/region-board.js';
import { authorize } from '../auth/authorize.js';
import { systemClock, type TClock } from '../clock.js';
import { listAgencySummaries } from '../db/agency-summaries.js';

export type GetRegionBoardOptions = {
  /** The signed-in user, or their record still being read: the summaries are read meanwhile. */
  user: TActor | Promise<TActor>;
  regionId: string;
  year: number;
  /** What "now" is for overdue; the system's by default. */
  clock?: TClock;
};

/**
 * The region's dashboard: every agency's year from the summaries the outbox keeps, in one query
 * of the region's partition whatever the number of agencies; late and at-risk agencies first.
 */
export async function getRegionBoard(options: GetRegionBoardOptions): Promise<TBoardRow[]> {
  // Both reads at once (the region page's p99, issue 18): reading the summaries changes nothing,
  // and none of them is answered before the user is known and allowed.
  const [user, summaries] = await Promise.all([
    options.user,
    listAgencySummaries(options.regionId, options.year),
  ]);
  // A region-wide read concerns no one agency.
  authorize(user, 'region.read', { regionId: options.regionId, agencyId: '' });
  return regionBoard(summaries, (options.clock ?? systemClock).now());
}
