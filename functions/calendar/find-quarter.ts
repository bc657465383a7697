import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { readYear } from '../db/year.js';

/** An agency's quarter record, or 404: a deadline is kept whether or not the agreement is signed yet. */
export async function findQuarter(
  agencyId: string,
  year: number,
  quarter: TQuarter,
): Promise<TQuarterRecord> {
  const found = (await readYear(agencyId, year)).quarters.find((q) => q.quarter === quarter);
  if (!found) throw new AppError('NOT_FOUND', t(cycleMessages).quarterNotOpen(quarter, year));
  return found;
}
