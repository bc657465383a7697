import { buildBudgetTable } from '../../shared/calc/budget-table.js';
import { buildE81Table } from '../../shared/calc/e81-table.js';
import { buildPerformanceTable } from '../../shared/calc/performance-table.js';
import type { TAgreementVersion } from '../../shared/model/agreement.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import type { TQuarterPartContent } from '../../shared/model/realisation.js';
import type { TStatusBands } from '../../shared/model/status-band.js';
import type { QuarterReportSetOptions } from './report-sets.js';

export type QuarterTablesOptions = {
  agreement: TAgreementVersion;
  parts: readonly TQuarterPartContent[];
  quarter: TQuarter;
  unitIds: readonly string[];
  bands?: TStatusBands;
};

/** The computed tables a quarter's files show: agency-wide, each unit that has rows, the budget and E.81. */
export function buildQuarterTables(options: QuarterTablesOptions): QuarterReportSetOptions {
  const { agreement, parts, quarter, unitIds, bands } = options;
  const base = { agreement, parts, asOfQuarter: quarter, bands };
  return {
    performance: buildPerformanceTable(base),
    unitPerformance: unitIds
      .map((unitId) => buildPerformanceTable({ ...base, unitId }))
      .filter((table) => table.rows.length > 0),
    budget: buildBudgetTable({ agreement, parts, asOfQuarter: quarter }),
    e81: buildE81Table({ agreement, parts, asOfQuarter: quarter, bands }),
  };
}
