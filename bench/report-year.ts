import { latestNarratives } from '../functions/reports/lkj/lkj-programs.js';
import { buildQuarterTables } from '../functions/reports/quarter-tables.js';
import type { TReportContext } from '../functions/reports/report-context.js';
import type { TReportFile } from '../functions/reports/report-files.js';
import {
  agreementReportFiles,
  quarterReportFiles,
  yearEndReportFiles,
} from '../functions/reports/report-sets.js';
import type { TAgreementVersion } from '../shared/model/agreement.js';
import type { TQuarterPartContent } from '../shared/model/realisation.js';
import { agreement2019Perubahan, parts2019 } from '../shared/seed/hss-2019.js';
import { seedAgency, seedRegion, seedUnits } from '../shared/seed/organisation.js';

const units = Object.values(seedUnits);
const context: TReportContext = {
  agency: seedAgency,
  region: seedRegion,
  units,
  year: 2019,
  quarter: null,
  version: 1,
  generatedAt: '2020-01-15T09:00:00+08:00',
  locale: 'id',
  timeZone: seedAgency.timeZone,
};

/** Every file of a year, made as the outbox makes them: four quarter sets, the year-end files and the agreement's. */
export async function* yearFiles(
  agreement: TAgreementVersion,
  parts: TQuarterPartContent[],
): AsyncGenerator<TReportFile> {
  const unitIds = units.map((unit) => unit.id);
  for (const quarter of [1, 2, 3, 4] as const) {
    const tables = buildQuarterTables({ agreement, parts, quarter, unitIds });
    yield* quarterReportFiles(tables, { ...context, quarter });
    if (quarter === 4) {
      const yearEnd = {
        agreement,
        performance: tables.performance,
        budget: tables.budget,
        narratives: latestNarratives(parts),
      };
      yield* yearEndReportFiles(yearEnd, context);
    }
  }
  yield* agreementReportFiles({ agreement }, context);
}

/** The seed agreement with every activity repeated `times` (new codes and indicator ids), and its parts to match. */
export function scaled(times: number): { agreement: TAgreementVersion; parts: TQuarterPartContent[] } {
  const copy = (i: number) => (id: string) => `${id}-x${i}`;
  const activities = Array.from({ length: times }, (_, i) =>
    agreement2019Perubahan.activities.map((a) => ({
      ...a,
      code: i === 0 ? a.code : `${a.code}.${i}`,
      indicators: a.indicators.map((indicator) => ({
        ...indicator,
        id: i === 0 ? indicator.id : copy(i)(indicator.id),
      })),
    })),
  ).flat();
  const parts = parts2019.map((part) => ({
    ...part,
    realisations: Array.from({ length: times }, (_, i) =>
      part.realisations.map((r) => ({ ...r, indicatorId: i === 0 ? r.indicatorId : copy(i)(r.indicatorId) })),
    ).flat(),
  }));
  return { agreement: { ...agreement2019Perubahan, activities }, parts };
}
