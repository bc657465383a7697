import type { TActor } from '../../shared/access/policy.js';
import type { TBoardRow } from '../../shared/model/agency-summary.js';
import { regionBoard } from '../../shared/region/region-board.js';
import { authorize } from '../auth/authorize.js';
import { systemClock, type TClock } from '../clock.js';
import { listAgencySummaries } from '../db/agency-summaries.js';

export type GetRegionBoardOptions = {
  user: TActor;
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
  // A region-wide read concerns no one agency.
  authorize(options.user, 'region.read', { regionId: options.regionId, agencyId: '' });
  const summaries = await listAgencySummaries(options.regionId, options.year);
  return regionBoard(summaries, (options.clock ?? systemClock).now());
}
