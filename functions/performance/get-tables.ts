import { AppError } from '../../shared/app-error.js';
import { buildBudgetTable, type TBudgetTable } from '../../shared/calc/budget-table.js';
import type { TPerformanceTable } from '../../shared/calc/performance-table.js';
import { t } from '../../shared/i18n.js';
import { apiMessages } from '../../shared/messages/api.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TUser } from '../../shared/model/organisation.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { loadAgency } from '../agency/load-agency.js';
import { versionInForce } from '../agreement/agreement-in-force.js';
import { readYearInForce } from '../db/year.js';
import { keptPerformanceTable } from './kept-figures.js';

export type GetTableOptions = {
  user: TUser;
  agencyId: string;
  year: number;
  /** Figures up to and including this quarter; the whole year when absent. */
  quarter?: TQuarter;
  /** One unit's rows; agency-wide when absent. */
  unitId?: string;
};

/** The year's agreement in force and every part's content, after checking the user may read them. */
async function loadTableInputs({ user, agencyId, year, unitId }: GetTableOptions) {
  const { units, settings } = await loadAgency(user, agencyId, 'agency.read');
  if (unitId && !units.some((unit) => unit.id === unitId)) {
    throw new AppError('NOT_FOUND', t(apiMessages).unitNotFound(unitId));
  }
  const { inForce, parts } = await readYearInForce(agencyId, year, ({ agreements }) =>
    versionInForce(agreements),
  );
  if (!inForce) {
    throw new AppError('NOT_FOUND', t(cycleMessages).noSignedAgreement(year));
  }
  return {
    agreement: inForce.agreement,
    parts: parts.map((part) => part.content),
    bands: settings.statusBands,
  };
}

/** The computed performance table (achievement and status band per indicator). */
export async function getPerformanceTable(options: GetTableOptions): Promise<TPerformanceTable> {
  const inputs = await loadTableInputs(options);
  return keptPerformanceTable({ ...inputs, asOfQuarter: options.quarter, unitId: options.unitId });
}

/** The computed budget table (allocation, realised, absorption, remainder, totals). */
export async function getBudgetTable(options: GetTableOptions): Promise<TBudgetTable> {
  const inputs = await loadTableInputs(options);
  return buildBudgetTable({ ...inputs, asOfQuarter: options.quarter, unitId: options.unitId });
}
