import type { TActor } from '../../shared/access/policy.js';
import type { TPackedBoard } from '../../shared/model/packed-board.js';
import { packBoard } from '../../shared/region/packed-board.js';
import { regionBoard } from '../../shared/region/region-board.js';
import { authorize } from '../auth/authorize.js';
import { systemClock, type TClock } from '../clock.js';
import { listBoardSummaries } from '../db/agency-summaries.js';

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
 * of the region's partition whatever the number of agencies; late and at-risk agencies first,
 * packed as the API sends it.
 */
export async function getRegionBoard(options: GetRegionBoardOptions): Promise<TPackedBoard> {
  // Both reads at once (the region page's p99, issue 18): reading the summaries changes nothing,
  // and none of them is answered before the user is known and allowed.
  const [user, summaries] = await Promise.all([
    options.user,
    listBoardSummaries(options.regionId, options.year),
  ]);
  // A region-wide read concerns no one agency.
  authorize(user, 'region.read', { regionId: options.regionId, agencyId: '' });
  const rows = regionBoard(summaries, (options.clock ?? systemClock).now());
  return packBoard(options.regionId, options.year, rows);
}
