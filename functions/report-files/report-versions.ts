import type { TItemWrite } from '../db/commit.js';
import { reportVersionEntity } from '../db/entities.js';
import { keys } from '../db/keys.js';
import { getItem } from '../db/query.js';
import { listReportFiles } from '../db/report-files.js';

export type TReservedVersion = {
  version: number;
  /** Put in the change's transaction: it takes the number, and a concurrent reservation loses (409). */
  write: TItemWrite;
};

/**
 * The next version of a period's report files (0: the year's own), for a run that will make
 * them: a sign-off, an agreement's signing or a planner's regeneration. Every such change takes
 * its number from one counter in its own transaction, so no two runs — however long the earlier
 * ones wait in the outbox — ever write the same version. Years from before the counter start
 * after their newest file.
 */
export async function reserveReportVersion(
  agencyId: string,
  year: number,
  period: number,
): Promise<TReservedVersion> {
  const counter = await getItem(reportVersionEntity, keys.reportVersion(agencyId, year, period), {
    consistent: true,
  });
  const last = counter
    ? counter.lastVersion
    : Math.max(0, ...(await listReportFiles(agencyId, year, period)).map((file) => file.version));
  const version = last + 1;
  const revision = (counter?.revision ?? 0) + 1;
  return {
    version,
    write: {
      item: reportVersionEntity.item({ agencyId, year, period, lastVersion: version, revision }),
      expectedRevision: counter ? counter.revision : 'new',
    },
  };
}
