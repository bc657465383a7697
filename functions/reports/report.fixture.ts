import { buildBudgetTable } from '../../shared/calc/budget-table.js';
import { buildE81Table } from '../../shared/calc/e81-table.js';
import { buildPerformanceTable } from '../../shared/calc/performance-table.js';
import type { TQuarter } from '../../shared/model/quarter.js';
import { agreement2019Perubahan, parts2019 } from '../../shared/seed/hss-2019.js';
import { seedAgency, seedRegion, seedUnits } from '../../shared/seed/organisation.js';
import type { TReportContext } from './report-context.js';

/** The 2019 demo agency's context for a quarter's files, generated at a fixed time. */
export function seedContext(
  quarter: TQuarter | null,
  overrides: Partial<TReportContext> = {},
): TReportContext {
  return {
    agency: seedAgency,
    region: seedRegion,
    units: Object.values(seedUnits),
    year: 2019,
    quarter,
    version: 1,
    generatedAt: '2019-07-12T02:30:00.000Z',
    locale: 'id',
    timeZone: seedAgency.timeZone,
    ...overrides,
  };
}

/** The computed 2019 tables up to a quarter, from the seed's agreement and parts. */
export function seedTables(asOfQuarter: TQuarter, unitId?: string) {
  const inputs = { agreement: agreement2019Perubahan, parts: parts2019, asOfQuarter, unitId };
  return {
    performance: buildPerformanceTable(inputs),
    budget: buildBudgetTable(inputs),
    e81: buildE81Table(inputs),
  };
}

/** Every file a report set yields, in order. */
export async function allFiles<T>(files: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const file of files) all.push(file);
  return all;
}
