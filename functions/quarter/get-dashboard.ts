import type { TActor } from '../../shared/access/policy.js';
import { AppError } from '../../shared/app-error.js';
import { t } from '../../shared/i18n.js';
import { cycleMessages } from '../../shared/messages/cycle.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterRecord } from '../../shared/model/records.js';
import { buildDashboard, type TDashboard } from '../../shared/workflow/dashboard.js';
import { loadAgency } from '../agency/load-agency.js';
import { versionForQuarter } from '../agreement/agreement-in-force.js';
import { systemClock, type TClock } from '../clock.js';
import { readYearInForce } from '../db/year.js';
import { keptPerformanceTable } from '../performance/kept-figures.js';

export type GetDashboardOptions = {
  user: TActor;
  agencyId: string;
  year: number;
  quarter?: TQuarter;
  /** What "now" is for due and overdue; the system's by default. */
  clock?: TClock;
};

/** The dashboard of a quarter: the earliest open one unless asked for another. One read of the year. */
export async function getDashboard(options: GetDashboardOptions): Promise<TDashboard> {
  const { agency, settings } = await loadAgency(options.user, options.agencyId, 'agency.read');
  const shown = (quarters: readonly TQuarterRecord[]) => {
    const sorted = [...quarters].sort((a, b) => a.quarter - b.quarter);
    return options.quarter
      ? sorted.find((q) => q.quarter === options.quarter)
      : (sorted.find((q) => q.state === 'open') ?? sorted.at(-1));
  };
  const year = await readYearInForce(options.agencyId, options.year, ({ quarters, agreements }) => {
    const quarter = shown(quarters);
    return quarter && versionForQuarter(agreements, quarter.quarter);
  });
  const quarter = shown(year.quarters);
  const agreement = year.inForce;
  if (!quarter || !agreement) {
    throw new AppError('NOT_FOUND', t(cycleMessages).noOpenQuarter(options.year));
  }
  const parts = year.parts.filter((part) => part.content.quarter === quarter.quarter);
  const performance = keptPerformanceTable({
    agreement: agreement.agreement,
    parts: year.parts.map((part) => part.content),
    asOfQuarter: quarter.quarter,
    bands: settings.statusBands,
  });
  return buildDashboard({
    now: (options.clock ?? systemClock).now(),
    user: options.user,
    agency,
    quarter,
    parts,
    agreements: year.agreements,
    performance,
  });
}
